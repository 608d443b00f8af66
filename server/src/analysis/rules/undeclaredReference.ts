import type { Attribute } from '../../hcl/ast';
import { Codes } from '../diagnosticCodes';
import type { ParsedFile } from '../parsedFile';
import { attribute, CONFIG, ENDPOINT, endpointDocs, plainReference, variants } from './helpers';
import type { ModuleRule, RuleReport } from './types';

// A plain reference `aws_sagemaker_endpoint_configuration.X.name` (or `aws_sagemaker_model.X.name`, optionally
// indexed) to a resource the module does not declare. The module is every .tf file of the folder.
export const undeclaredReference: ModuleRule = {
  scope: 'module',
  code: Codes.undeclaredReference,
  severity: 'error',
  docs: endpointDocs('endpoint_config_name'),
  check({ files }) {
    // Names per type: a "type.name" string per declaration costs more than the rule.
    const declared = new Map<string, Set<string>>();
    for (const file of files) {
      for (const d of file.declarations.resources) {
        const names = declared.get(d.type);
        if (names) names.add(d.name);
        else declared.set(d.type, new Set([d.name]));
      }
    }
    const out: (RuleReport & { file: ParsedFile })[] = [];
    const judge = (file: ParsedFile, attr: Attribute | undefined, type: string) => {
      if (!attr) return;
      const ref = plainReference(attr.value);
      if (!ref || ref.type !== type || declared.get(ref.type)?.has(ref.name)) return;
      out.push({ file, span: { start: attr.value.start, end: attr.value.end }, message: `No resource "${ref.type}" "${ref.name}" is declared in this module.` });
    };
    for (const file of files) {
      for (const resource of file.resources) {
        if (resource.type === ENDPOINT) judge(file, attribute(resource.block, 'endpoint_config_name'), CONFIG);
        if (resource.type === CONFIG) {
          for (const variant of variants(resource.block)) judge(file, attribute(variant, 'model_name'), 'aws_sagemaker_model');
        }
      }
    }
    return out;
  },
};
