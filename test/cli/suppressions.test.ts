import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli, runJson, scratch, type JsonReport } from './runCli';

// What a team silences on purpose, as CI sees it: ignore comments (line, end of line, block; checkov's CKV_AWS_98 skip
// for the KMS hint), the stale ones reported, and the nearest `.sagemaker-terraform.json` up the tree (severities,
// ignored paths; bad JSON reported on the file while the defaults apply).

/** A configuration with an unknown argument, a misspelt instance type and no kms_key_arn, with `comments` spliced in. */
function configuration(comments: { block?: string; instanceType?: string; inVariant?: string } = {}): string {
  return [
    ...(comments.block ? [comments.block] : []),
    'resource "aws_sagemaker_endpoint_configuration" "main" {',
    '  name_prefix = "main-"',
    '',
    '  production_variants {',
    '    variant_name           = "primary"',
    '    model_name             = "model"',
    `    instance_type          = "ml.m5.lrage"${comments.instanceType ? ` ${comments.instanceType}` : ''}`,
    '    initial_instance_count = 1',
    ...(comments.inVariant ? [`    ${comments.inVariant}`] : []),
    '    volume_size_gb         = 4',
    '  }',
    '',
    '  lifecycle {',
    '    create_before_destroy = true',
    '  }',
    '}',
    '',
  ].join('\n');
}

const codesOf = (report: JsonReport, path?: string) =>
  report.findings
    .filter((f) => path === undefined || f.path === path)
    .map((f) => `${f.path}:${f.start.line} ${f.severity} ${f.code}`); // in the report's order: path, then line

describe('ignore comments on the command line', () => {
  const tmp = scratch();
  after(tmp.remove);
  const check = (name: string, text: string) => {
    const dir = join(tmp.dir, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.tf'), text);
    return runJson([name], tmp.dir);
  };

  test('without comments: the three findings the comments below silence', () => {
    assert.deepEqual(codesOf(check('plain', configuration()).report), [
      'plain/main.tf:1 information sagemaker/missing-kms-key',
      'plain/main.tf:7 warning sagemaker/invalid-enum-value',
      'plain/main.tf:9 error sagemaker/unknown-argument',
    ]);
  });

  test('the line above, the end of the line and the line above the block each silence their codes; the run is clean', () => {
    const r = check(
      'silenced',
      configuration({
        block: '# sagemaker-terraform:ignore sagemaker/missing-kms-key -- the account default key is policy',
        instanceType: '# sagemaker-terraform:ignore sagemaker/invalid-enum-value',
        inVariant: '# sagemaker-terraform:ignore sagemaker/unknown-argument -- removed in the next release',
      }),
    );
    assert.deepEqual(codesOf(r.report), []);
    assert.equal(r.status, 0);
    assert.deepEqual(runCli(['check', '--fail-on', 'information', 'silenced'], tmp.dir).status, 0);
  });

  test('a block-level ignore silences every finding of its codes inside the block', () => {
    const r = check('block', configuration({ block: '# sagemaker-terraform:ignore sagemaker/unknown-argument,sagemaker/invalid-enum-value' }));
    assert.deepEqual(codesOf(r.report), ['block/main.tf:2 information sagemaker/missing-kms-key']);
  });

  test("checkov's skip of CKV_AWS_98 silences the KMS hint, the same finding", () => {
    const r = check('checkov', configuration({ block: '#checkov:skip=CKV_AWS_98: keys are managed by the platform team' }));
    assert.ok(!codesOf(r.report).some((c) => c.endsWith('missing-kms-key')), codesOf(r.report).join('\n'));
  });

  test('an ignore that matches nothing is an information finding; an unknown code says so', () => {
    const r = check('stale', configuration({ inVariant: '# sagemaker-terraform:ignore sagemaker/invalid-name,sagemaker/no-such-code' }));
    const stale = r.report.findings.filter((f) => f.code === 'sagemaker/unused-ignore' || f.code === 'sagemaker/unknown-ignore-code');
    assert.deepEqual(stale.map((f) => `${f.start.line} ${f.severity} ${f.code}`).sort(), ['9 information sagemaker/unused-ignore', '9 warning sagemaker/unknown-ignore-code']);
    assert.ok(codesOf(r.report).some((c) => c.endsWith('error sagemaker/unknown-argument')), 'the finding on the next line is not silenced');
    assert.equal(runCli(['check', '--fail-on', 'information', 'stale'], tmp.dir).status, 1);
  });
});

describe('the project file on the command line', () => {
  const tmp = scratch();
  before(() => {
    // repo/.sagemaker-terraform.json: the KMS hint off, the unknown instance type an error, legacy/ not checked.
    // repo/team/ has its own file (nearest wins): there the instance type is only information.
    for (const dir of ['app', 'legacy', 'team', 'broken']) mkdirSync(join(tmp.dir, dir), { recursive: true });
    writeFileSync(join(tmp.dir, '.sagemaker-terraform.json'), JSON.stringify({ severity: { 'sagemaker/missing-kms-key': 'off', 'sagemaker/invalid-enum-value': 'error' }, ignorePaths: ['legacy/**'] }));
    writeFileSync(join(tmp.dir, 'team', '.sagemaker-terraform.json'), JSON.stringify({ severity: { 'sagemaker/invalid-enum-value': 'information' } }));
    writeFileSync(join(tmp.dir, 'broken', '.sagemaker-terraform.json'), '{ "severity": { "sagemaker/missing-kms-key": "off" ');
    for (const dir of ['app', 'legacy', 'team', 'broken']) writeFileSync(join(tmp.dir, dir, 'main.tf'), configuration());
  });
  after(tmp.remove);

  test('severities and ignored paths from the nearest project file up the tree', () => {
    const r = runJson(['app', 'legacy', 'team'], tmp.dir);
    assert.deepEqual(codesOf(r.report), [
      'app/main.tf:7 error sagemaker/invalid-enum-value',
      'app/main.tf:9 error sagemaker/unknown-argument',
      'team/main.tf:1 information sagemaker/missing-kms-key',
      'team/main.tf:7 information sagemaker/invalid-enum-value',
      'team/main.tf:9 error sagemaker/unknown-argument',
    ]);
  });

  test('a raised severity decides the exit code as any error does', () => {
    const app = join(tmp.dir, 'app');
    const quiet = join(app, 'quiet');
    mkdirSync(quiet, { recursive: true });
    writeFileSync(join(quiet, 'main.tf'), configuration({ inVariant: '# sagemaker-terraform:ignore sagemaker/unknown-argument' }));
    assert.equal(runCli(['check', 'app/quiet'], tmp.dir).status, 1, 'the instance type, raised to error by the project file');
    assert.equal(runCli(['check', 'team'], tmp.dir).status, 1, 'the unknown argument is an error everywhere');
  });

  test('bad JSON is a finding on the project file, reported once, and the defaults apply meanwhile', () => {
    const r = runJson(['broken', 'broken'], tmp.dir);
    const onFile = r.report.findings.filter((f) => f.path === 'broken/.sagemaker-terraform.json');
    assert.equal(onFile.length, 1, JSON.stringify(r.report.findings));
    assert.equal(onFile[0]!.code, 'sagemaker/invalid-project-settings');
    assert.match(onFile[0]!.message, /Not valid JSON/);
    assert.deepEqual(codesOf(r.report, 'broken/main.tf'), [
      'broken/main.tf:1 information sagemaker/missing-kms-key',
      'broken/main.tf:7 warning sagemaker/invalid-enum-value',
      'broken/main.tf:9 error sagemaker/unknown-argument',
    ]);
    assert.equal(r.report.summary.files, 1, 'the project file is not counted as a Terraform file checked');
    const text = runCli(['check', 'broken'], tmp.dir).stdout;
    assert.match(text, /^broken\/\.sagemaker-terraform\.json:1:\d+ {2}\w+ {2}sagemaker\/invalid-project-settings {2}Not valid JSON/m);
  });
});
