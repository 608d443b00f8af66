import type { Finding } from '../diagnostics/finding';
import { isJsonConfiguration } from '../jsonConfiguration';

/**
 * Fixes write HCL (`name = value`, blocks), which has no place in a `.tf.json` file: a finding there, or a fix that
 * would edit one (a variable's default written in JSON), is offered without those fixes.
 */
export function withoutJsonEdits(finding: Finding, uri: string): Finding {
  if (!finding.fixes?.length) return finding;
  if (isJsonConfiguration(uri)) return { ...finding, fixes: undefined };
  const fixes = finding.fixes.filter((fix) => fix.edits.every((edit) => !edit.file || !isJsonConfiguration(edit.file.uri)));
  return fixes.length === finding.fixes.length ? finding : { ...finding, fixes };
}
