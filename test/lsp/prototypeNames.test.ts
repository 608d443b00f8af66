import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-types';
import { fuzzParameters } from '../support/fuzz';
import { LspClient } from './lspClient';

// Names from a document are matched against the schema's tables. A name that is also a member of Object.prototype
// (`constructor`, `__proto__`, `toString`, …) must be just another name: the same diagnostics and the same answers
// as an ordinary unknown name of the same length, no server error, and the rest of the folder still diagnosed.

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
/** An ordinary stand-in per name: same length (ranges line up), distinct per name (duplicates stay duplicates). */
const PLAIN = new Map(NAMES.map((name, i) => [name, `zz${String.fromCharCode(97 + i)}`.padEnd(name.length, 'z')]));

// Every place a document gives a name; «slot» marks where each goes.
const TEMPLATE = `resource "aws_sagemaker_endpoint_configuration" "«resourceName»" {
  «argument» = 1
  «block» {
  }
  tags = {
    «mapKey» = "v"
  }
  production_variants {
    model_name             = aws_sagemaker_model.«modelReference».name
    instance_type          = "«instanceType»"
    initial_instance_count = "two"
    «variantArgument» = 1
    «variantBlock» {
      x = 1
    }
    core_dump_config {
      destination_s3_uri = "s3://bucket/dumps"
      «nestedArgument» = 1
      «nestedBlock» {}
    }
    routing_config {
      routing_strategy = "«routingStrategy»"
    }
  }
  dynamic "«dynamicLabel»" {
    for_each = []
    content {}
  }
  dynamic "production_variants" {
    for_each = var.«variableReference»
    iterator = «iterator»
    «dynamicArgument» = 1
    «dynamicBlock» {}
    content {
      model_name = «iterator».value
      «dynamicContentArgument» = 1
      «dynamicContentBlock» {}
    }
  }
  lifecycle {
    «lifecycleArgument» = true
    ignore_changes = [«ignoreChanges»]
  }
}

resource "aws_sagemaker_endpoint" "e" {
  endpoint_config_name = aws_sagemaker_endpoint_configuration.«configReference».name
  name = local.«localReference»
  tags = { for «forVariable» in ["a"] : «forVariable» => «forVariable» }
  «endpointArgument» = "x"
  deployment_config {
    blue_green_update_policy {
      traffic_routing_configuration {
        type                     = "«routingType»"
        wait_interval_in_seconds = 60
      }
    }
  }
}

resource "«resourceType»" "x" {
  «foreignArgument» = 1
}

variable "«variable»" {}

locals {
  «local» = "x"
}

«topLevelBlock» "a" {}

provider "«providerLabel»" {}
`;

type Slot = string;
const SLOTS: Slot[] = [...new Set([...TEMPLATE.matchAll(/«(\w+)»/g)].map((m) => m[1]))];

/** The document with each slot filled, and where every filled-in name starts. */
function render(fill: (slot: Slot) => string): { text: string; at: { slot: Slot; offset: number }[] } {
  const at: { slot: Slot; offset: number }[] = [];
  let text = '';
  let last = 0;
  for (const m of TEMPLATE.matchAll(/«(\w+)»/g)) {
    text += TEMPLATE.slice(last, m.index);
    at.push({ slot: m[1], offset: text.length });
    text += fill(m[1]);
    last = m.index! + m[0].length;
  }
  return { text: text + TEMPLATE.slice(last), at };
}

// The known error elsewhere in the folder, which must keep being reported.
const OTHER = `resource "aws_sagemaker_endpoint" "other" {
  endpoint_config_name = "cfg"
  name                 = "-bad"
}
`;

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

const byPlace = (a: Diagnostic, b: Diagnostic) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code)) || String(a.message).localeCompare(String(b.message));

/** What an ordinary name would get: "did you mean" depends on the spelling, so it is left out of the comparison. */
const comparable = (d: Diagnostic[]) => [...d].sort(byPlace).map((x) => ({ ...x, message: String(x.message).replace(/ Did you mean "[^"]*"\?/, '') }));

/** The names replaced by their ordinary stand-ins, longest first. */
function toPlain(json: string): string {
  for (const name of [...NAMES].sort((a, b) => b.length - a.length)) json = json.replaceAll(name, PLAIN.get(name)!);
  return json;
}

function rangeText(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

describe('names from the document that are Object.prototype members', () => {
  let client: LspClient;
  const folder = (kind: string) => `file:///prototype-names/${kind}`;
  before(async () => {
    client = await LspClient.start();
    for (const kind of ['proto', 'plain']) {
      await client.open(`${folder(kind)}/main.tf`, '');
      await client.open(`${folder(kind)}/other.tf`, OTHER);
    }
  });
  after(async () => {
    assert.equal(client.process.exitCode, null, `the server exited: ${client.stderr.join('')}`);
    await client.stop();
  });

  /** Every request a client may send at the document's names, answered: `what` → the answer as JSON. */
  async function answers(uri: string, text: string, at: { slot: Slot; offset: number }[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const textDocument = { uri };
    const ask = async (what: string, method: string, params: object) =>
      out.set(what, JSON.stringify(await client.connection.sendRequest(method, { textDocument, ...params })).replaceAll(uri.slice(0, uri.lastIndexOf('/')), 'FOLDER'));
    for (const [i, { slot, offset }] of at.entries()) {
      const position = positionAt(text, offset + 1);
      await ask(`completion at ${slot} #${i}`, 'textDocument/completion', { position });
      await ask(`hover at ${slot} #${i}`, 'textDocument/hover', { position });
      await ask(`definition at ${slot} #${i}`, 'textDocument/definition', { position });
      await ask(`references at ${slot} #${i}`, 'textDocument/references', { position, context: { includeDeclaration: true } });
    }
    await ask('symbols', 'textDocument/documentSymbol', {});
    await ask('folding', 'textDocument/foldingRange', {});
    return out;
  }

  async function check(fill: (slot: Slot) => string) {
    const proto = render(fill);
    const plain = render((slot) => PLAIN.get(fill(slot))!);
    const results: Record<string, { diagnostics: Diagnostic[]; other: Diagnostic[]; answers: Map<string, string> }> = {};
    for (const [kind, doc] of [['proto', proto], ['plain', plain]] as const) {
      const main = `${folder(kind)}/main.tf`;
      const other = `${folder(kind)}/other.tf`;
      await client.change(main, doc.text);
      await client.change(other, OTHER + `# ${kind} ${doc.text.length}\n`);
      const [diagnostics, otherDiagnostics] = await Promise.all([client.freshDiagnostics(main), client.freshDiagnostics(other)]).catch((error: Error) => {
        throw new Error(`${error.message}; server errors: ${JSON.stringify(client.logs.filter((l) => l.type === 1))}`);
      });
      results[kind] = { diagnostics, other: otherDiagnostics, answers: await answers(main, doc.text, doc.at) };
    }
    const errors = client.logs.filter((l) => l.type === 1);
    assert.deepEqual(errors, [], 'the server logged an error');

    const { diagnostics, other } = results.proto;
    assert.ok(other.some((d) => d.code === 'sagemaker/invalid-name'), `the other file's error is reported: ${JSON.stringify(other)}`);
    assert.ok(diagnostics.some((d) => d.code === 'sagemaker/type-mismatch'), 'the document\'s own known error is reported');
    const unknownAt = (slot: Slot, code: string) =>
      assert.ok(
        diagnostics.some((d) => d.code === code && rangeText(proto.text, d) === fill(slot)),
        `${slot} "${fill(slot)}" is reported as ${code}: ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`,
      );
    unknownAt('argument', 'sagemaker/unknown-argument');
    unknownAt('block', 'sagemaker/unknown-block');
    unknownAt('variantArgument', 'sagemaker/unknown-argument');
    unknownAt('nestedBlock', 'sagemaker/unknown-block');
    unknownAt('dynamicArgument', 'sagemaker/unknown-argument');
    unknownAt('dynamicBlock', 'sagemaker/unknown-block');
    unknownAt('dynamicContentArgument', 'sagemaker/unknown-argument');
    unknownAt('endpointArgument', 'sagemaker/unknown-argument');

    const asPlain = (d: Diagnostic[]) => JSON.parse(toPlain(JSON.stringify(comparable(d)))) as Diagnostic[];
    assert.deepEqual(asPlain(diagnostics), comparable(results.plain.diagnostics), 'the same diagnostics as ordinary unknown names');
    assert.deepEqual(comparable(other), comparable(results.plain.other));
    const endpoints = await client.connection.sendRequest<{ address: string; uri: string }[]>('sagemaker/declaredEndpoints');
    for (const kind of ['proto', 'plain']) {
      assert.ok(endpoints.some((e) => e.uri === `${folder(kind)}/main.tf` && e.address === 'aws_sagemaker_endpoint.e'), `declared endpoints of ${kind}`);
    }
    // The same completion, hover, definition, references, symbols and folding.
    for (const [what, answer] of results.proto.answers) assert.equal(toPlain(answer), results.plain.answers.get(what), what);
  }

  for (const name of NAMES) {
    test(`"${name}" in every position`, () => check(() => name));
  }

  test('any mix of them, one per position', async () => {
    const fills = fc.record(Object.fromEntries(SLOTS.map((slot) => [slot, fc.constantFrom(...NAMES)])) as Record<Slot, fc.Arbitrary<string>>);
    await fc.assert(
      fc.asyncProperty(fills, (picked) => check((slot) => picked[slot])),
      fuzzParameters(20261201, 12),
    );
  });
});
