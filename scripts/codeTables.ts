// Writes the README's tables of diagnostic codes from the registry (server/src/analysis/diagnosticCodes.ts), between
// the `<!-- codes:<group>:start -->` and `<!-- codes:<group>:end -->` markers. test/unit/scripts/codeTables.test.ts
// checks that the README matches. Run: npm run readme:codes
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES, type CodeInfo } from '../server/src/analysis/diagnosticCodes';

const GROUPS: readonly CodeInfo['group'][] = ['schema', 'rule', 'settings'];

function severityCell(info: CodeInfo): string {
  const exceptions = Object.entries(info.exceptions ?? {}).map(([severity, when]) => `${severity}: ${when}`);
  // Marked, and explained once under the table: a value from a variable makes such an error a warning.
  const mark = info.judgesValues && info.severity === 'error' ? '¹' : '';
  return exceptions.length ? `${info.severity}${mark}; ${exceptions.join('; ')}` : `${info.severity}${mark}`;
}

/** The markdown table of one group's codes, in registry order. */
export function codeTable(group: CodeInfo['group']): string {
  const rows = DIAGNOSTIC_CODES.filter((info) => info.group === group).map(
    (info) => `| \`${info.code}\` | ${severityCell(info)} | ${info.explanation.replace(/\|/g, '\\|')} |`,
  );
  return ['| code | severity | what |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with every group's table replaced by the registry's; throws when a group's markers are missing. */
export function withCodeTables(readme: string): string {
  let text = readme;
  for (const group of GROUPS) {
    const start = `<!-- codes:${group}:start -->`;
    const end = `<!-- codes:${group}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} markers`);
    text = `${text.slice(0, from + start.length)}\n${codeTable(group)}\n${text.slice(to)}`;
  }
  return text;
}

export const README = join(__dirname, '../README.md');

if (require.main === module) {
  const before = readFileSync(README, 'utf8');
  const after = withCodeTables(before);
  if (after === before) console.log('README.md code tables are up to date');
  else {
    writeFileSync(README, after);
    console.log('Updated the code tables in README.md');
  }
}
