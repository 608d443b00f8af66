// Shared assertions for the HCL parser tests.

import assert from 'node:assert/strict';
import { forEachChild, parse, type Attribute, type Block, type Body, type Expression, type Node, type ParseResult } from '../../../server/src/hcl/index';

/** Parses and asserts that there are no syntax errors. */
export function parseOk(text: string): ParseResult {
  const result = parse(text);
  assert.deepEqual(result.errors, [], `unexpected errors for ${JSON.stringify(text)}`);
  return result;
}

/** The value of the only attribute of a one-attribute file (`a = <expr>`). */
export function valueOf(text: string): Expression {
  const item = parseOk(text).body.items[0];
  assert.equal(item.kind, 'Attribute');
  return (item as Attribute).value;
}

export function attribute(body: Body, name: string): Attribute {
  const found = body.items.find((i): i is Attribute => i.kind === 'Attribute' && i.name.name === name);
  assert.ok(found, `no attribute ${name}`);
  return found;
}

export function block(body: Body, type: string, index = 0): Block {
  const found = body.items.filter((i): i is Block => i.kind === 'Block' && i.type.name === type)[index];
  assert.ok(found, `no block ${type}[${index}]`);
  return found;
}

/** The source text a node covers. */
export function textOf(text: string, node: { start: number; end: number }): string {
  return text.slice(node.start, node.end);
}

/** Error messages up to their first colon (the HCL "summary"). */
export function summaries(result: ParseResult): string[] {
  return result.errors.map((e) => e.message.slice(0, e.message.indexOf(':')));
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Every span is within the text, every child lies within its parent, errors are in order and within the text,
 * and no internal error was swallowed by the parser's safety net. Returns the number of nodes.
 */
export function assertWellFormed(text: string, result: ParseResult): number {
  const len = text.length;
  let count = 0;
  const check = (node: Node, parent: Node | undefined): void => {
    count++;
    const what = 'kind' in node ? node.kind : 'ObjectItem';
    assert.ok(0 <= node.start && node.start <= node.end && node.end <= len, `${what} span ${node.start}-${node.end} outside 0-${len}`);
    if (parent !== undefined) {
      assert.ok(parent.start <= node.start && node.end <= parent.end, `${what} ${node.start}-${node.end} outside its parent ${parent.start}-${parent.end}`);
    }
    forEachChild(node, (child) => check(child, node));
  };
  check(result.body, undefined);
  assert.equal(result.body.start, 0);
  assert.equal(result.body.end, len);
  let previous = 0;
  for (const e of result.errors) {
    assert.ok(0 <= e.start && e.start <= e.end && e.end <= len, `error span ${e.start}-${e.end} outside 0-${len}: ${e.message}`);
    assert.ok(e.start >= previous, 'errors are in document order');
    assert.ok(!e.message.startsWith('Internal parser error'), e.message);
    previous = e.start;
  }
  return count;
}
