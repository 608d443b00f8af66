import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { severityOf, type Severity } from '../../../../server/src/analysis/diagnosticCodes';
import { runFileRules, runModuleRules, type FileRule, type ModuleRule, type RuleOptions } from '../../../../server/src/analysis/rules';

export interface Case {
  name: string;
  /** Files of the module (one string: a single main.tf). */
  tf: string | Record<string, string>;
  /** 1-based lines where the rule reports, in order (per file for modules: `file:line`). */
  lines: (number | string)[];
  options?: RuleOptions;
  /** The findings' severity, when it is not the code's default (a value from a variable makes an error a warning). */
  severity?: Severity;
  /** The severity of each finding, in order, where they differ (a case with one of the code's exceptions). */
  severities?: Severity[];
  /** What every finding's message says. */
  message?: RegExp;
}

/** One node test per case: runs only `rule`, and compares the lines its findings start on. */
export function table(rule: FileRule | ModuleRule, cases: Case[]): void {
  for (const c of cases) {
    test(`${rule.code}: ${c.name}`, () => {
      const sources = typeof c.tf === 'string' ? { 'main.tf': c.tf } : c.tf;
      const files = Object.entries(sources).map(([name, text]) => new ParsedFile(`file:///m/${name}`, text, 1));
      const got: (number | string)[] = [];
      const severities: Severity[] = [];
      const many = files.length > 1;
      const scope = ModuleScope.of(files, [], true); // the whole module: names can be called undeclared
      const findingsByUri = rule.scope === 'file'
        ? new Map(files.map((f) => [f.uri, runFileRules(f, scope, c.options, [rule])]))
        : runModuleRules(files, scope, [rule]);
      for (const file of files) {
        for (const f of findingsByUri.get(file.uri) ?? []) {
          assert.equal(f.code, rule.code);
          severities.push(f.severity);
          assert.ok(f.docs.startsWith('https://registry.terraform.io/'), f.docs);
          assert.ok(f.message.length > 10);
          if (c.message) assert.match(f.message, c.message);
          const line = file.positionAt(f.span.start).line + 1;
          got.push(many ? `${file.uri.slice(10)}:${line}` : line);
        }
      }
      assert.deepEqual(got, c.lines);
      assert.deepEqual(severities, c.severities ?? severities.map(() => c.severity ?? severityOf(rule.code)));
    });
  }
}

/** An endpoint configuration with the given body lines (line 1 is the resource header). */
export const config = (body: string, name = 'c') => `resource "aws_sagemaker_endpoint_configuration" "${name}" {\n${body}\n}\n`;

/** A complete instance-based variant block (6 lines, more with `extra`). */
export const variant = (name: string, kind = 'production_variants', extra = '') =>
  `  ${kind} {\n    variant_name = "${name}"\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1${extra}\n  }`;
