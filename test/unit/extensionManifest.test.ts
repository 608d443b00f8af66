// package.json's contributions as a user first meets them: the two Terraform languages, their grammars and
// Terraform's two-space style, the icon, and a package that holds everything the README shows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

test('.tf files are terraform and .tfvars files terraform-vars, with one language configuration and a grammar each', () => {
  const languages = new Map(contributes.languages.map((l: { id: string }) => [l.id, l]));
  assert.deepEqual((languages.get('terraform') as { extensions: string[] }).extensions, ['.tf']);
  assert.deepEqual((languages.get('terraform-vars') as { extensions: string[] }).extensions, ['.tfvars']);
  for (const language of languages.values()) assert.equal((language as { configuration: string }).configuration, './language-configuration.json');
  for (const id of ['terraform', 'terraform-vars']) {
    const grammar = contributes.grammars.find((g: { language: string }) => g.language === id);
    assert.ok(grammar && existsSync(join(ROOT, grammar.path)), `${id} has a grammar file`);
    assert.equal(JSON.parse(readFileSync(join(ROOT, grammar.path), 'utf8')).scopeName, grammar.scopeName);
  }
});

test("new Terraform files and inserted snippets get Terraform's two-space indentation", () => {
  for (const language of ['[terraform]', '[terraform-vars]']) {
    assert.deepEqual(contributes.configurationDefaults[language], { 'editor.tabSize': 2, 'editor.insertSpaces': true }, language);
  }
});

test('the icon is a 128×128 PNG, exactly what scripts/icon.mjs draws', async () => {
  const icon = readFileSync(join(ROOT, manifest.icon));
  assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  const { drawIcon } = (await import(pathToFileURL(join(ROOT, 'scripts/icon.mjs')).href)) as { drawIcon(): Buffer };
  assert.ok(drawIcon().equals(icon), 'images/icon.png is stale: run node scripts/icon.mjs');
});

test('the package holds the icon and every image the README shows (its details page resolves them there)', () => {
  const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
  const run = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  const files = new Set(run.stdout.split('\n').map((l) => l.trim()).filter(Boolean));
  const images = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(images.length >= 4, 'the README shows its screenshots');
  for (const path of [manifest.icon, ...images]) {
    assert.ok(!/^[a-z]+:/i.test(path), `${path}: a relative link (there is no repository to point an absolute one at)`);
    assert.ok(files.has(path), `${path} is not in the .vsix`);
  }
});
