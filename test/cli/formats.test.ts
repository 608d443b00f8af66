import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DIAGNOSTIC_CODES } from '../../server/src/analysis/diagnosticCodes';
import { FIXTURES, runCli, runJson } from './runCli';

// Each output format of the bundled command on the fixtures: the text lines, the JSON report's documented shape, and
// SARIF validated against the vendored SARIF 2.1.0 schema.

const MISTAKES = 'test/fixtures/cli/mistakes';
const INVALID = 'test/fixtures/invalid';

describe('--format text', () => {
  test('prints path:line:col  severity  code  message and a summary with counts and time', () => {
    const r = runCli(['check', MISTAKES]);
    const lines = r.stdout.trimEnd().split('\n');
    const json = runJson([MISTAKES]).report;
    assert.equal(lines.length, json.findings.length + 1);
    const escape = (m: string) => m.replace('\u001b', '\\u001b');
    json.findings.forEach((f, i) => assert.equal(lines[i], `${f.path}:${f.start.line}:${f.start.column}  ${f.severity}  ${f.code}  ${escape(f.message)}`));
    const { error, warning, information } = json.summary;
    assert.match(lines.at(-1)!, new RegExp(`^${error} errors?, ${warning} warnings?, ${information} information in 1 file of 1 module \\(\\d+\\.\\d\\d s\\)$`));
  });

  test('has no colour when stdout is not a terminal', () => {
    assert.doesNotMatch(runCli(['check', INVALID]).stdout, /\x1b\[/);
  });

  test('shows control characters from the checked files escaped', () => {
    // The endpoint's name holds "\u001b[2J" (clear screen), which the invalid-name message quotes.
    assert.ok(runJson([MISTAKES]).report.findings.some((f) => f.message.includes('\u001b[2J')));
    const text = runCli(['check', MISTAKES]).stdout;
    assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f]/);
    assert.ok(text.includes('"bad\\u001b[2Jname"'));
  });
});

describe('--format json', () => {
  test('has the documented shape: 1-based positions, code, severity, message, docs and fixes', () => {
    const { status, report } = runJson([MISTAKES]);
    assert.equal(status, 1);
    assert.equal(report.version, 1);
    assert.equal(report.tool.name, 'sagemaker-terraform');
    assert.deepEqual(report.errors, []);
    const text = readFileSync(join(FIXTURES, 'cli/mistakes/main.tf'), 'utf8').split('\n');
    const typo = report.findings.find((f) => f.code === 'sagemaker/invalid-enum-value' && f.severity === 'error');
    assert.ok(typo, 'the invalid capture mode is found');
    // 1-based: the line and column point at the quoted value itself.
    assert.equal(text[typo.start.line - 1][typo.start.column - 1], '"');
    assert.equal(typo.path, `${MISTAKES}/main.tf`);
    assert.match(typo.docs, /^https:\/\//);
    const preferred = typo.fixes.find((f) => f.preferred);
    assert.ok(preferred, 'a preferred fix is listed');
    assert.equal(preferred.edits[0].path, typo.path);
    assert.deepEqual(preferred.edits[0].start, typo.start);
    for (const f of report.findings) assert.ok(['error', 'warning', 'information'].includes(f.severity));
    assert.equal(report.summary.error + report.summary.warning + report.summary.information, report.findings.length);
  });
});

describe('--format sarif', () => {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'cli/sarif-schema-2.1.0.json'), 'utf8'));
  // The schema's language pattern has a stray `]`, which only non-unicode regular expressions accept.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const assertValid = (sarif: unknown) => assert.ok(validate(sarif), ajv.errorsText(validate.errors));

  test('is valid SARIF 2.1.0 with every registered code as a rule', () => {
    const r = runCli(['check', '--format', 'sarif', INVALID]);
    assert.equal(r.status, 1);
    const sarif = JSON.parse(r.stdout);
    assertValid(sarif);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'sagemaker-terraform');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(
      driver.rules.map((r: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }) => [r.id, r.shortDescription.text, r.helpUri, r.defaultConfiguration.level]),
      DIAGNOSTIC_CODES.map((c) => [c.code, c.title, c.docs, c.severity === 'information' ? 'note' : c.severity]),
    );
  });

  test('results point at the same places as the JSON report, relative to the working directory', () => {
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', INVALID]).stdout);
    const json = runJson([INVALID]).report;
    const results = sarif.runs[0].results;
    assert.equal(results.length, json.findings.length);
    results.forEach((r: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }, i: number) => {
      const f = json.findings[i];
      assert.equal(r.ruleId, f.code);
      assert.equal(sarif.runs[0].tool.driver.rules[r.ruleIndex].id, f.code);
      assert.equal(r.level, f.severity === 'information' ? 'note' : f.severity);
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, f.path);
      assert.ok(!artifactLocation.uri.startsWith('/'));
      assert.deepEqual(region, { startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line, endColumn: f.end.column });
    });
  });

  test('a run with I/O errors is still valid SARIF and says the execution failed', () => {
    const r = runCli(['check', '--format', 'sarif', MISTAKES, 'no/such/folder']);
    assert.equal(r.status, 2);
    const sarif = JSON.parse(r.stdout);
    assertValid(sarif);
    assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
    assert.match(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /no\/such\/folder: no such file or folder/);
  });
});
