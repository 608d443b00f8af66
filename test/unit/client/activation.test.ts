import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

// Activation stays cheap: the extension bundle holds neither the AWS SDK (client/out/aws.js, required at the first
// status request) nor the language client (client/out/languageServer.js, required just after activation returns).
function build(entry: string) {
  return esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}

test('the extension bundle carries no AWS SDK and no language client module', async () => {
  const result = await build('client/src/extension.ts');
  const inputs = Object.keys(result.metafile.inputs);
  assert.deepEqual(inputs.filter((i) => /node_modules\/(@aws-sdk|@smithy|@aws-crypto|vscode-languageclient|vscode-jsonrpc)\//.test(i)), []);
  const text = result.outputFiles[0].text;
  assert.match(text, /"aws"/, 'the SDK bundle is loaded by name at run time');
  assert.match(text, /"languageServer"/, 'the language client bundle is loaded by name at run time');
});

test('the language client bundle holds the language client and no AWS SDK', async () => {
  const inputs = Object.keys((await build('client/src/languageServer.ts')).metafile.inputs);
  assert.ok(inputs.some((i) => i.includes('vscode-languageclient')));
  assert.deepEqual(inputs.filter((i) => /node_modules\/@(aws-sdk|smithy|aws-crypto)\//.test(i)), []);
});
