// Bundles the language server (server/out/server.js), the command line (server/out/cli.js) and the client's three parts: the extension itself, the language
// client it loads just after activation, and the AWS SDK it loads at the first status request. Source maps stay
// beside the bundles (and out of the .vsix); `vscode` is provided by the extension host.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  // The command line (`sagemaker-terraform check`): the server's analysis without the LSP connection.
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The language client is most of the client's code; it is loaded just after activation returns.
  { entryPoints: ['client/src/languageServer.ts'], outfile: 'client/out/languageServer.js', external: ['vscode'] },
  // The AWS SDK lives in a bundle of its own, loaded at the first status request so activation stays cheap.
  { entryPoints: ['client/src/aws/index.ts'], outfile: 'client/out/aws.js' },
].filter((e) => existsSync(e.entryPoints[0]));

await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
