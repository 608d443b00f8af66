import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

// Activation stays cheap: the extension bundle holds no AWS SDK code; the SDK is only in client/out/aws.js,
// which the extension requires at the first status request.
test('the extension bundle carries no AWS SDK module', async () => {
  const result = await esbuild.build({
    entryPoints: ['client/src/extension.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.deepEqual(inputs.filter((i) => /node_modules\/@(aws-sdk|smithy|aws-crypto)\//.test(i)), []);
  assert.ok(inputs.some((i) => i.includes('vscode-languageclient')), 'the language client is bundled');
  assert.match(result.outputFiles[0].text, /"aws\.js"/, 'the SDK bundle is loaded by path at run time');
});
