import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acquireTokenList, releaseTokenList } from '../../../server/src/hcl/tokens';

// The lexer's token store is reused from parse to parse (server/src/hcl/tokens.ts), but the store of a very large
// file is not kept: it would hold its megabytes for as long as the server runs.

describe('token store reuse', () => {
  test('a store of ordinary size is reused; one of a very large file is not kept', () => {
    acquireTokenList(1); // whatever an earlier test left
    const small = acquireTokenList(1_000);
    releaseTokenList(small);
    assert.equal(acquireTokenList(500), small, 'reused, emptied');
    assert.equal(small.length, 0);
    releaseTokenList(small);
    const large = acquireTokenList(1 << 17);
    assert.notEqual(large, small, 'the kept store is too small for it');
    releaseTokenList(large);
    assert.equal(acquireTokenList(10), small, 'the large store was not kept in place of the small one');
  });
});
