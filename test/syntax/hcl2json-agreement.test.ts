// Our parser against HashiCorp's (hclsyntax, compiled to WASM in @cdktf/hcl2json), on every .tf file under
// test/fixtures: where hcl2json accepts a file we must report no syntax error; where it rejects one we must report an
// error on the line it names. Fixtures under syntax/valid must be accepted by hcl2json and those under
// syntax/invalid rejected, so a fixture in the wrong folder fails here.
//
// How hcl2json's verdict is read (found by experiment, see the comments at each rule):
// - Syntax errors come as one Error whose message is `parse config: [<diag> <diag> …]`, each diagnostic being
//   `<file>:<line>,<col>-<line>,<col>: <Summary>; <Detail>` (the end may omit its line). Lexical diagnostics
//   ("Invalid character", "Invalid multi-line string", …) are listed before the parser's, which are in the order the
//   parser met them (nearly: a one-line block's own diagnostics precede those of its argument).
// - Messages that do not start with `parse config` ("convert to HCL: … Invalid operand") come from hcl2json
//   evaluating constant expressions such as `!1e10` after a successful parse: not syntax, so the file counts as
//   accepted.
// - "Attribute redefined" (an argument set twice in one body) is reported by hclsyntax's parser but is not a syntax
//   error of the text; the server reports it as sagemaker/duplicate-argument. For it we require no error of ours and
//   check instead that our tree holds the repeated argument on that line.
//
// Which line must match: the line of hcl2json's first parser diagnostic, or its smallest line. Both are needed. The
// first diagnostic is where HCL first went wrong, which is what we must find; but HCL's recovery skips to the end of
// the enclosing brackets, and a block whose `}` it swallowed is then reported as unclosed at its `{`, above the
// first problem (we stop skipping at the `}`, so our block is closed). Conversely the smallest line catches a nested
// one-line block reported before its argument's error.
//
// One exception: for "Missing close bracket on index" and "... on splat index" the position hclsyntax reports is not
// where the bracket is missing but where its error recovery stopped, often the end of the file (the diagnostic keeps
// a pointer to a variable that recovery then overwrites; hclsyntax/parser.go, parseExpressionTraversals). We report
// the token in place of the `]`, so there we require one of our errors on or before hcl2json's line.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import { parse as hcl2json } from '@cdktf/hcl2json';
import { forEachChild, parse, type Body, type Node } from '../../server/src/hcl/index';

const FIXTURES = join(__dirname, '..', 'fixtures');
const FILE_NAME = 'fixture.tf';
const DIAGNOSTIC = /(?:\[|\s)fixture\.tf:(\d+),\d+-(?:\d+,)?\d+: ([^;]+);/g;
const LEXICAL = new Set(['Invalid character', 'Invalid multi-line string', 'Unsupported operator', 'Invalid character encoding']);
const ALIASED = new Set(['Missing close bracket on index', 'Missing close bracket on splat index']);

interface Diagnostic {
  line: number;
  summary: string;
}

function tfFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tfFiles(path));
    else if (name.endsWith('.tf')) out.push(path);
  }
  return out;
}

/** hcl2json's syntax diagnostics, in its order; empty when it accepts the text. */
async function hclDiagnostics(text: string): Promise<Diagnostic[]> {
  try {
    await hcl2json(FILE_NAME, text);
    return [];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!message.startsWith('parse config')) return [];
    const found = [...message.matchAll(DIAGNOSTIC)].map((m) => ({ line: Number(m[1]), summary: m[2] }));
    assert.ok(found.length > 0, `could not read hcl2json's message: ${message}`);
    return found;
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Lines of every argument that repeats an earlier argument's name in the same body. */
function repeatedArgumentLines(text: string, body: Body): Set<number> {
  const lines = new Set<number>();
  const visit = (node: Node): void => {
    if ('kind' in node && node.kind === 'Body') {
      const seen = new Set<string>();
      for (const item of node.items) {
        if (item.kind !== 'Attribute') continue;
        if (seen.has(item.name.name)) lines.add(lineOf(text, item.name.start));
        seen.add(item.name.name);
      }
    }
    forEachChild(node, visit);
  };
  visit(body);
  return lines;
}

async function checkAgreement(text: string): Promise<void> {
  const all = await hclDiagnostics(text);
  const ours = parse(text).errors.map((e) => ({ line: lineOf(text, e.start), message: e.message }));
  const shown = (): string => `\n  hcl2json: ${JSON.stringify(all)}\n  ours: ${JSON.stringify(ours)}`;

  for (const d of all.filter((d) => d.summary === 'Attribute redefined')) {
    assert.ok(repeatedArgumentLines(text, parse(text).body).has(d.line), `the repeated argument on line ${d.line} is in our tree${shown()}`);
  }
  const syntax = all.filter((d) => d.summary !== 'Attribute redefined');
  if (syntax.length === 0) {
    assert.deepEqual(ours, [], `hcl2json accepts this file${shown()}`);
    return;
  }
  assert.ok(ours.length > 0, `hcl2json rejects this file${shown()}`);
  const first = syntax.find((d) => !LEXICAL.has(d.summary)) ?? syntax[0];
  const smallest = Math.min(...syntax.map((d) => d.line));
  if (ours.some((e) => e.line === first.line || e.line === smallest)) return;
  if (ALIASED.has(first.summary) && ours.some((e) => e.line <= first.line)) return;
  assert.fail(`no error of ours on line ${first.line} (or ${smallest})${shown()}`);
}

describe('agreement with hcl2json', () => {
  for (const path of tfFiles(FIXTURES)) {
    const name = relative(FIXTURES, path).split(sep).join('/');
    test(name, async () => {
      const text = readFileSync(path, 'utf8');
      if (name.startsWith('syntax/valid/')) assert.deepEqual(await hclDiagnostics(text), [], 'hcl2json accepts it');
      if (name.startsWith('syntax/invalid/')) assert.ok((await hclDiagnostics(text)).length > 0, 'hcl2json rejects it');
      await checkAgreement(text);
    });
  }
});

describe('the rules above, on inline examples', () => {
  const cases: Array<[string, string]> = [
    ['accepted', 'a = 1\n'],
    ['evaluation error only (counts as accepted)', 'a = !1\n'],
    ['repeated argument (left to the analysis)', 'a = 1\na = 2\n'],
    ['a one-line error', 'a = 1 b = 2\n'],
    ['unclosed block: reported at its brace', 'a {\n  b = 1\n'],
    ['a swallowed brace: HCL reports the block unclosed above its first error', 'x {\n  a = y ? {\n  b = y ? 1\n}\n'],
    ['aliased bracket diagnostic', 'x {\n  a = y[0\n}\n'],
  ];
  for (const [name, text] of cases) test(name, () => checkAgreement(text));
});
