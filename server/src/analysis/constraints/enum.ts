import { Codes } from '../diagnosticCodes';
import { closest } from '../suggest';
import { LIST_IN_FULL, type ConstraintBehaviour } from './behaviour';
import type { Constraint } from '../../schema/types';

type EnumConstraint = Extract<Constraint, { kind: 'enum' }>;

/** Value sets per constraint: instance types alone are 277 values, checked on every variant of every file. */
const valueSets = new WeakMap<EnumConstraint, Set<string>>();

function valueSet(c: EnumConstraint): Set<string> {
  let set = valueSets.get(c);
  if (!set) valueSets.set(c, (set = new Set(c.values.map((v) => v.value))));
  return set;
}

export const enumBehaviour: ConstraintBehaviour<EnumConstraint> = {
  check(c, value, subject) {
    const text = String(value);
    if (valueSet(c).has(text)) return undefined;
    const names = c.values.map((v) => v.value);
    const suggestion = closest(text, names);
    // One sentence of what is wrong, one of what to do: the suggestion when there is one, else where to look.
    const wrong =
      c.unknownSeverity === 'warning'
        ? `"${text}" is not among the ${subject} values this extension's AWS SDK knows.`
        : `"${text}" is not a valid ${subject}.`;
    let action: string;
    if (names.length <= LIST_IN_FULL) action = `${suggestion ? ` Did you mean "${suggestion}"?` : ''} Valid values: ${names.join(', ')}.`;
    else if (suggestion) action = ` Did you mean "${suggestion}"?`;
    else if (c.unknownSeverity === 'warning')
      action = ' Check the spelling (values are case-sensitive); AWS may have added it after that SDK was released.';
    else action = ` Use one of the ${names.length} values completion lists (values are case-sensitive).`;
    const message = wrong + action;
    return { code: Codes.invalidEnum, severity: c.unknownSeverity, message, replacement: suggestion };
  },
  describe(c) {
    if (c.values.length > LIST_IN_FULL) {
      const sample = c.values.slice(0, 4).map((v) => `\`${v.value}\``).join(', ');
      return `One of ${c.values.length} values (e.g. ${sample}, …); completion lists them all.`;
    }
    return 'Valid values: ' + c.values.map((v) => `\`${v.value}\``).join(', ') + '.';
  },
  example(c) {
    return c.values.find((v) => !v.deprecated)?.value ?? c.values[0]?.value ?? '';
  },
  candidates(c) {
    return c.values.map((v) => ({ value: v.value, quoted: true, doc: v.doc, deprecated: v.deprecated }));
  },
  describeValue(c, value) {
    const entry = c.values.find((v) => v.value === value);
    if (!entry) return undefined;
    let text = `\`${entry.value}\``;
    if (entry.doc) text += `: ${entry.doc}`;
    if (entry.deprecated) text += `\n\n**Deprecated:** ${entry.deprecated}`;
    return text;
  },
};
