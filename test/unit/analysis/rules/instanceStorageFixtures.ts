import { variant } from './harness';

/** A variant block (6 lines) on `type`: a quoted instance type, or an expression such as `var.type`. */
export const on = (type: string, name = 'a', kind = 'production_variants', extra = '') =>
  variant(name, kind, extra).replace('"ml.m5.large"', /^[a-z]+\./.test(type) && !type.startsWith('ml.') ? type : `"${type}"`);
