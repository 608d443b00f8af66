import * as path from 'node:path';
import type * as Aws from './aws/index';
import type * as LanguageServerModule from './languageServer';

// Heavy parts are bundled apart and required when first needed, so activation stays cheap: the AWS SDK
// (client/out/aws.js) at the first status request, the language client (client/out/languageServer.js) right after
// activation returns. `require` of a computed path is left alone by the bundler.

const cache = new Map<string, unknown>();

function load<T>(name: string): T {
  let module = cache.get(name);
  if (module === undefined) {
    module = require(path.join(__dirname, `${name}.js`)) as T;
    cache.set(name, module);
  }
  return module as T;
}

export const loadAws = (): typeof Aws => load<typeof Aws>('aws');

export const loadLanguageServer = (): typeof LanguageServerModule => load<typeof LanguageServerModule>('languageServer');
