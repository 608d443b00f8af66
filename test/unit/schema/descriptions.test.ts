// Every resource, attribute and block is described, in our own words: no run of 8 or more words may come from the
// registry docs (the seed pages, plus the newest-docs descriptions quoted in the provider reference JSON).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCE_SCHEMAS } from '../../../server/src/schema';
import * as enumModule from '../../../server/src/schema/enums';
import type { EnumValue } from '../../../server/src/schema/types';
import { flatten } from './walk';

const RUN = 8;
const FIXTURES = join(__dirname, '../../fixtures/reference');

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

const docTexts: string[] = [
  readFileSync(join(FIXTURES, 'aws_sagemaker_endpoint.md'), 'utf8'),
  readFileSync(join(FIXTURES, 'aws_sagemaker_endpoint_configuration.md'), 'utf8'),
];
const reference = JSON.parse(readFileSync(join(FIXTURES, 'provider-schema.json'), 'utf8')) as {
  resources: Record<string, { attributes: { description?: string }[] }>;
};
for (const r of Object.values(reference.resources)) {
  for (const a of r.attributes) if (a.description) docTexts.push(a.description);
}
const DOC_RUNS = new Set(docTexts.flatMap(runs));

/** Every piece of prose the schema shows to users, labelled by where it is. */
function allProse(): [string, string][] {
  const out: [string, string][] = [];
  for (const r of RESOURCE_SCHEMAS) {
    out.push([r.type, r.description]);
    for (const [name, text] of Object.entries(r.unsupportedBlocks ?? {})) out.push([`${r.type} unsupported ${name}`, text]);
    for (const e of flatten(r.body)) {
      out.push([`${r.type}.${e.path}`, e.schema.description]);
      if (e.kind === 'attribute' && e.schema.deprecated) out.push([`${r.type}.${e.path} (deprecated)`, e.schema.deprecated]);
    }
  }
  // Every exported list of enum values (the *_VALUES exports).
  const enums = Object.fromEntries(Object.entries(enumModule).filter(([name]) => name.endsWith('_VALUES'))) as Record<string, readonly EnumValue[]>;
  for (const [list, values] of Object.entries(enums)) {
    for (const v of values) {
      out.push([`${list} ${v.value}`, v.doc ?? '']);
      if (v.deprecated) out.push([`${list} ${v.value} (deprecated)`, v.deprecated]);
    }
  }
  return out;
}

test('the docs fixtures are present and long enough to mean something', () => {
  assert.ok(DOC_RUNS.size > 1500, `only ${DOC_RUNS.size} ${RUN}-word runs in the reference docs`);
});

test('every resource, attribute, block and enum value has a description', () => {
  const prose = allProse();
  assert.ok(prose.length > 400);
  for (const [where, text] of prose) {
    assert.ok(text.trim().length >= 10, `${where}: description missing or too short`);
  }
});

test(`no description repeats ${RUN} or more consecutive words of the registry docs`, () => {
  const copied: string[] = [];
  for (const [where, text] of allProse()) {
    for (const run of runs(text)) if (DOC_RUNS.has(run)) copied.push(`${where}: "${run}"`);
  }
  assert.deepEqual(copied, []);
});

test('the check itself catches a copied sentence', () => {
  const copied = 'Determines initial traffic distribution among all of the models that you specify in the endpoint configuration.';
  assert.ok(runs(copied).some((r) => DOC_RUNS.has(r)));
});

test('descriptions are at most three sentences', () => {
  for (const [where, text] of allProse()) {
    // Count sentence ends followed by a space or the end, ignoring "e.g." style abbreviations.
    const sentences = text.replace(/\b(e\.g|i\.e|etc)\./g, '$1').split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
    assert.ok(sentences <= 3, `${where}: ${sentences} sentences`);
  }
});
