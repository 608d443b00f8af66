import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { isIgnoredPath, PROJECT_FILE_NAME, projectSettingsFor, readProjectSettings, type ProjectSettings } from '../../../../server/src/analysis/settings/projectSettings';

/** An in-memory file system that counts reads. */
function memory(files: Record<string, string | { tooLarge: number }>) {
  const reads: string[] = [];
  return {
    reads,
    readFile(path: string) {
      reads.push(path);
      return files[path];
    },
  };
}

const ROOT = join('/', 'repo');

test('the nearest file up the tree wins; the walk stops at the filesystem root', () => {
  const fs = memory({
    [join(ROOT, PROJECT_FILE_NAME)]: '{ "severity": { "missing-kms-key": "off" } }',
    [join(ROOT, 'a', PROJECT_FILE_NAME)]: '{ "severity": { "duplicate-name": "error" } }',
  });
  assert.deepEqual([...projectSettingsFor(join(ROOT, 'a', 'b'), fs).severity], [['sagemaker/duplicate-name', 'error']]);
  assert.deepEqual([...projectSettingsFor(join(ROOT, 'c'), fs).severity], [['sagemaker/missing-kms-key', 'off']]);
  const none = memory({});
  assert.equal(projectSettingsFor(join(ROOT, 'x', 'y'), none).path, undefined);
  assert.deepEqual(none.reads, [join(ROOT, 'x', 'y'), join(ROOT, 'x'), ROOT, '/'].map((d) => join(d, PROJECT_FILE_NAME)));
});

test('a cache spares the reads for sibling modules', () => {
  const fs = memory({ [join(ROOT, PROJECT_FILE_NAME)]: '{}' });
  const cache = new Map<string, ProjectSettings>();
  const first = projectSettingsFor(join(ROOT, 'a'), fs, cache);
  const reads = fs.reads.length;
  assert.equal(projectSettingsFor(join(ROOT, 'a'), fs, cache), first);
  projectSettingsFor(join(ROOT, 'b'), fs, cache);
  assert.equal(fs.reads.length, reads + 1, 'only b itself is read: the root is cached');
});

test('wrong shapes are problems on their spans and are left out; the rest is read', () => {
  const text = '{ "$schema": "x", "severity": { "sagemaker/missing-kms-key": "off", "nope": "off", "duplicate-name": 3 }, "ignorePaths": ["a/**", "", 2], "other": 1 }';
  const settings = readProjectSettings('/p/.sagemaker-terraform.json', text);
  assert.deepEqual([...settings.severity], [['sagemaker/missing-kms-key', 'off']]);
  assert.deepEqual(settings.ignorePaths, ['a/**']);
  assert.deepEqual(settings.problems.map((p) => text.slice(p.span.start, p.span.end)), ['"nope"', '3', '""', '2', '"other"']);
  assert.ok(settings.problems.every((p) => p.code === 'sagemaker/invalid-project-settings'));
});

test('bad JSON, a non-object, an empty file and a file too large are one problem each, with no settings', () => {
  for (const text of ['{ "severity": ', '[]', '', '{ severity: {} }']) {
    const settings = readProjectSettings('/p/f.json', text);
    assert.equal(settings.problems.length, 1, text);
    assert.equal(settings.severity.size, 0);
  }
  const big = projectSettingsFor(ROOT, memory({ [join(ROOT, PROJECT_FILE_NAME)]: { tooLarge: 20_000_000 } }));
  assert.equal(big.problems.length, 1);
});

test('ignorePaths match paths relative to the file, never outside its folder', () => {
  const settings = readProjectSettings(join(ROOT, PROJECT_FILE_NAME), '{ "ignorePaths": ["legacy/**", "*.tf"] }');
  assert.ok(isIgnoredPath(settings, join(ROOT, 'legacy', 'x', 'main.tf')));
  assert.ok(isIgnoredPath(settings, join(ROOT, 'top.tf')));
  assert.ok(!isIgnoredPath(settings, join(ROOT, 'mod', 'main.tf')));
  assert.ok(!isIgnoredPath(settings, join('/', 'elsewhere', 'top.tf')));
});
