// The TextMate grammar (syntaxes/terraform.tmLanguage.json), two ways:
// - the scope assertions in test/syntaxes/*.tmtest.tf, run by the vscode-tmgrammar-test CLI (its unit-test format: a
//   `# SYNTAX TEST "source.terraform"` header, then `#   ^^^ scope - excluded.scope` lines under each source line, and
//   `# <- scope` for column 0);
// - vscode-textmate with vscode-oniguruma (the engine VS Code uses, both installed with vscode-tmgrammar-test and
//   loaded from there), so that a broken grammar fails here with a message that says where, before any assertion runs.
//
// Writing assertions: an assertion line accepts a single `-` (`^^^ a.scope - not.this not.that`); a second one makes
// the CLI's own assertion regex backtrack for minutes, which is why the CLI runs under a timeout here.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'terraform.tmLanguage.json');
const SCOPE = 'source.terraform';
const CASES = readdirSync(__dirname)
  .filter((name) => name.endsWith('.tmtest.tf'))
  .sort()
  .map((name) => join(__dirname, name));
const CLI_TIMEOUT_MS = 120_000;

// The parts of vscode-textmate and vscode-oniguruma used here (they are vscode-tmgrammar-test's dependencies, not
// ours, so their own type declarations are not imported).
interface Token {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown };
  tokenizeLine2(line: string, state: unknown): { tokens: Uint32Array; ruleStack: unknown };
}
interface Textmate {
  INITIAL: unknown;
  parseRawGrammar(content: string, filePath: string): unknown;
  Registry: new (options: {
    onigLib: Promise<{ createOnigScanner(patterns: string[]): unknown; createOnigString(text: string): unknown }>;
    loadGrammar(scopeName: string): Promise<unknown>;
  }) => { loadGrammar(scopeName: string): Promise<Grammar | null> };
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => { findNextMatchSync(text: string, start: number): unknown };
  OnigString: new (text: string) => unknown;
}

const fromTmgrammarTest = createRequire(require.resolve('vscode-tmgrammar-test/package.json'));
const textmate = fromTmgrammarTest('vscode-textmate') as Textmate;
const oniguruma = fromTmgrammarTest('vscode-oniguruma') as Oniguruma;
const onigLib = (async () => {
  const wasm = readFileSync(fromTmgrammarTest.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return {
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  };
})();

/**
 * Whether Oniguruma compiles `pattern`. vscode-oniguruma does not throw for a pattern it cannot compile; a scanner
 * holding one finds nothing at all, not even the `\A` placed beside it, which always matches at 0.
 */
function compiles(pattern: string): boolean {
  const scanner = new oniguruma.OnigScanner([pattern, '\\A']);
  return scanner.findNextMatchSync('any text', 0) !== null;
}

/** The grammar file as JSON; the message names the file and the JSON error. */
function rawGrammar(): Record<string, unknown> {
  const text = readFileSync(GRAMMAR_PATH, 'utf8');
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    assert.fail(`${relative(ROOT, GRAMMAR_PATH)} is not valid JSON: ${(error as Error).message}`);
  }
}

let loaded: Promise<Grammar> | undefined;
function grammar(): Promise<Grammar> {
  loaded ??= (async () => {
    const registry = new textmate.Registry({
      onigLib,
      loadGrammar: async (scopeName) => (scopeName === SCOPE ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
    });
    const loadedGrammar = await registry.loadGrammar(SCOPE);
    assert.ok(loadedGrammar, `vscode-textmate could not load ${SCOPE} from ${relative(ROOT, GRAMMAR_PATH)}`);
    return loadedGrammar;
  })();
  return loaded;
}

/** Tokens of each line, the lines tokenized in order as an editor does. */
async function tokenize(lines: string[]): Promise<Token[][]> {
  const g = await grammar();
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const result = g.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens;
  });
}

/** Scopes of the token at the `occurrence`-th (1-based) `needle` in `line`; the test fails if the text is missing. */
function scopesAt(line: string, tokens: Token[], needle: string, occurrence = 1): string[] {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = line.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) is not in: ${line}`);
  }
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(token, `no token at column ${at} of: ${line}`);
  return token.scopes;
}

function assertScope(line: string, tokens: Token[], needle: string, scope: string, occurrence = 1): void {
  const scopes = scopesAt(line, tokens, needle, occurrence);
  assert.ok(scopes.includes(scope), `"${needle}" in \`${line.trim()}\` should have ${scope}; it has: ${scopes.join(' ')}`);
}

/** What is left open at the end of `lines`: the scopes a probe attribute after them gets, beyond the attribute's own. */
async function openAtEnd(lines: string[]): Promise<string[]> {
  const probe = 'probe_after_the_text = 1';
  const tokens = await tokenize([...lines, probe]);
  return scopesAt(probe, tokens[tokens.length - 1], 'probe').filter((s) => s !== SCOPE && s !== 'variable.other.readwrite.terraform');
}

test('the grammar file is well-formed: JSON, scope name, includes that resolve, regexes Oniguruma compiles', async () => {
  const raw = rawGrammar();
  assert.equal(raw.scopeName, SCOPE, 'scopeName');
  const repository = (raw.repository ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  await onigLib;
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${where}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const rule = node as Record<string, unknown>;
    if (typeof rule.include === 'string' && rule.include.startsWith('#') && !(rule.include.slice(1) in repository)) {
      problems.push(`${where}: include "${rule.include}" names no repository entry`);
    }
    for (const key of ['match', 'begin', 'end', 'while'] as const) {
      const source = rule[key];
      if (typeof source !== 'string') continue;
      // An end may refer back to the begin's captures (\2), filled in before it is compiled.
      const compilable = key === 'end' || key === 'while' ? source.replace(/\\(\d)/g, 'X') : source;
      if (!compiles(compilable)) problems.push(`${where}.${key}: Oniguruma cannot compile ${source}`);
    }
    for (const [key, value] of Object.entries(rule)) if (typeof value === 'object') visit(value, `${where}.${key}`);
  };
  visit(raw.patterns, 'patterns');
  visit(repository, 'repository');
  for (const [name, rule] of Object.entries(repository)) {
    const r = rule as Record<string, unknown>;
    if (!('match' in r) && !('begin' in r) && !Array.isArray(r.patterns)) problems.push(`repository.${name}: neither match, begin nor patterns`);
  }
  assert.deepEqual(problems, [], `problems in ${relative(ROOT, GRAMMAR_PATH)}:\n${problems.join('\n')}`);
  await grammar();
});

test('vscode-tmgrammar-test: every scope assertion in test/syntaxes/*.tmtest.tf holds', () => {
  assert.ok(CASES.length > 0, `no *.tmtest.tf files in ${relative(ROOT, __dirname)}`);
  for (const file of CASES) {
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^# SYNTAX TEST "source\.terraform"/, `${relative(ROOT, file)}: first line must be the SYNTAX TEST header`);
    assert.match(text, /^#\s*(?:\^|<-)/m, `${relative(ROOT, file)}: has no assertion lines, so it would pass whatever the grammar does`);
  }
  // An empty configuration, so that the grammar under test is the one given with -g and nothing package.json names.
  const scratch = mkdtempSync(join(tmpdir(), 'tmgrammar-'));
  try {
    const config = join(scratch, 'package.json');
    writeFileSync(config, '{}\n');
    const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
    const args = [cli, '--compact', '-g', relative(ROOT, GRAMMAR_PATH), '--config', config, ...CASES.map((f) => relative(ROOT, f))];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    assert.ok(!run.error, `vscode-tmgrammar-test did not finish (${run.error?.message}); a malformed assertion line (two "-") can make it hang.\n${output}`);
    assert.equal(run.status, 0, `vscode-tmgrammar-test failed (exit ${run.status}):\n${output}`);
    for (const file of CASES) assert.ok(output.includes(relative(ROOT, file)), `vscode-tmgrammar-test did not report ${relative(ROOT, file)}:\n${output}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('tokens of a SageMaker endpoint configuration get the scopes themes rely on', async () => {
  const lines = [
    'resource "aws_sagemaker_endpoint_configuration" "ec" { # ${not.code}',
    '  name = "cfg-${var.env}-${lookup(var.names, "x#y", "")}"',
    '  production_variants {',
    '    instance_type          = "ml.g5.xlarge"',
    '    initial_variant_weight = 0.5',
    '  }',
    '  tags = { for k, v in var.tags : k => v if v != null }',
    '  policy = <<-EOT',
    '    ${aws_sagemaker_endpoint.e.name} %{ if true }on%{ endif }',
    '    EOT',
    '}',
  ];
  const t = await tokenize(lines);
  assertScope(lines[0], t[0], 'resource', 'keyword.other.block.terraform');
  assertScope(lines[0], t[0], 'aws_sagemaker_endpoint_configuration', 'entity.name.type.terraform');
  assertScope(lines[0], t[0], 'ec" {', 'entity.name.label.terraform');
  assertScope(lines[0], t[0], '{', 'punctuation.section.block.begin.terraform');
  assertScope(lines[0], t[0], '${not', 'comment.line.number-sign.terraform');
  assertScope(lines[1], t[1], 'name', 'variable.other.readwrite.terraform');
  assertScope(lines[1], t[1], 'var', 'variable.language.terraform');
  assertScope(lines[1], t[1], 'lookup', 'support.function.terraform');
  assertScope(lines[1], t[1], 'x#y', 'string.quoted.double.terraform');
  assert.ok(!scopesAt(lines[1], t[1], '#').some((s) => s.startsWith('comment')), '"#" inside a string is not a comment');
  assertScope(lines[2], t[2], 'production_variants', 'keyword.other.block.terraform');
  assertScope(lines[3], t[3], 'ml.g5.xlarge', 'string.quoted.double.terraform');
  assertScope(lines[4], t[4], '0.5', 'constant.numeric.float.terraform');
  assertScope(lines[6], t[6], 'for', 'keyword.control.for.terraform');
  assertScope(lines[6], t[6], 'in var', 'keyword.control.in.terraform');
  assertScope(lines[6], t[6], '=>', 'keyword.operator.arrow.terraform');
  assertScope(lines[6], t[6], 'if', 'keyword.control.if.terraform');
  assertScope(lines[7], t[7], 'EOT', 'keyword.control.heredoc.terraform');
  assertScope(lines[8], t[8], 'aws_sagemaker_endpoint', 'meta.interpolation.terraform');
  assertScope(lines[8], t[8], 'if', 'keyword.control.if.terraform');
  assertScope(lines[9], t[9], 'EOT', 'keyword.control.heredoc.terraform');
  assertScope(lines[10], t[10], '}', 'punctuation.section.block.end.terraform');
  assert.deepEqual(await openAtEnd(lines), [], 'everything opened in the resource is closed at its end');
});

test('standard token types: strings and comments are String and Comment, ${ } contents are code again', async () => {
  // VS Code's autoClosingPairs `notIn`, bracket matching and bracket pair colours go by these token types.
  const g = await grammar();
  const line = 'x = "a(${f("b", [1])})" # c(';
  const { tokens } = g.tokenizeLine2(line, textmate.INITIAL);
  const typeAt = (column: number): number => {
    let type = -1;
    for (let i = 0; i < tokens.length; i += 2) if (tokens[i] <= column) type = (tokens[i + 1] >>> 8) & 3;
    return type;
  };
  const [OTHER, COMMENT, STRING] = [0, 1, 2];
  assert.equal(typeAt(line.indexOf('a(')), STRING, 'string text');
  assert.equal(typeAt(line.indexOf('f(')), OTHER, 'inside ${ }');
  assert.equal(typeAt(line.indexOf('[1]')), OTHER, 'brackets inside ${ }');
  assert.equal(typeAt(line.indexOf('"b"') + 1), STRING, 'a string inside ${ }');
  assert.equal(typeAt(line.indexOf('c(')), COMMENT, 'comment');
});

test('CRLF line endings left on the lines: heredocs, comments and strings still close', async () => {
  const text = 'locals {\r\n  a = <<-EOT\r\n    x\r\n    EOT\r\n  b = "s" # c\r\n  d = <<EOT\r\ny\r\nEOT\r\n}\r\n';
  const lines = text.split('\n');
  const t = await tokenize(lines);
  assertScope(lines[3], t[3], 'EOT', 'keyword.control.heredoc.terraform');
  assertScope(lines[4], t[4], 'b', 'variable.other.readwrite.terraform');
  assertScope(lines[7], t[7], 'EOT', 'keyword.control.heredoc.terraform');
  assertScope(lines[8], t[8], '}', 'punctuation.section.block.end.terraform');
  assert.deepEqual(await openAtEnd(lines), []);
});

test('every valid fixture (test/fixtures/valid, test/fixtures/syntax/valid) leaves nothing open at its end', async () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.tf')) files.push(path);
    }
  };
  for (const dir of ['valid', join('syntax', 'valid')]) walk(join(ROOT, 'test', 'fixtures', dir));
  assert.ok(files.length > 0, 'no fixtures found');
  const leaks: string[] = [];
  for (const file of files) {
    const open = await openAtEnd(readFileSync(file, 'utf8').split('\n'));
    if (open.length) leaks.push(`${relative(ROOT, file)}: ${open.join(' ')}`);
  }
  assert.deepEqual(leaks, [], `the grammar leaves these open at the end of valid files:\n${leaks.join('\n')}`);
});
