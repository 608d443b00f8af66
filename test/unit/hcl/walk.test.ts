import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { forEachChild, parse, walk, type Node } from '../../../server/src/hcl/index';

// `walk` replaced recursive walks (which overflowed the stack on deep trees); a recursive walk is the reference.
function recursive(node: Node, out: Node[]): Node[] {
  out.push(node);
  forEachChild(node, (child) => recursive(child, out));
  return out;
}

function iterative(root: Node): Node[] {
  const out: Node[] = [];
  walk(root, (node) => out.push(node));
  return out;
}

function fixtureTexts(): string[] {
  const texts: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.tf') || name.endsWith('.hcl')) texts.push(readFileSync(path, 'utf8'));
    }
  };
  visit(join(__dirname, '../../fixtures'));
  return texts;
}

test('walk visits the same nodes in the same order as a recursive walk, on every fixture', () => {
  const texts = fixtureTexts();
  assert.ok(texts.length > 50);
  for (const text of texts) {
    const { body } = parse(text);
    const expected = recursive(body, []);
    const actual = iterative(body);
    assert.equal(actual.length, expected.length);
    assert.ok(actual.every((node, i) => node === expected[i]));
  }
});

test('walk handles trees far deeper than the call stack', () => {
  const n = 200_000;
  const { body, errors } = parse(`a = ${'1 + '.repeat(n)}x.y\nb = z${'[*]'.repeat(n)}.w\n`);
  assert.deepEqual(errors, []);
  assert.throws(() => recursive(body, []), RangeError);
  const kinds = new Map<string, number>();
  walk(body, (node) => {
    const kind = 'kind' in node ? node.kind : 'ObjectItem';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  });
  assert.equal(kinds.get('Binary'), n);
  assert.equal(kinds.get('Splat'), n);
  assert.equal(kinds.get('Literal'), n);
});
