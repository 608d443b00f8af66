import * as path from 'node:path';
import type * as Aws from './aws/index';

// The AWS SDK is bundled apart (client/out/aws.js) and required on the first status request, so activating the
// extension never loads it. `require` of a computed path is left alone by the bundler.

let loaded: typeof Aws | undefined;

export function loadAws(): typeof Aws {
  if (!loaded) {
    const file = path.join(__dirname, 'aws.js');
    loaded = require(file) as typeof Aws;
  }
  return loaded;
}
