// The provider-version status item: what it says for each answer of the server, and that text from documents (a
// version or constraint, a file name) reaches it only through the display gate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { providerVersionLabel } from '../../../client/src/providerVersionLabel';

const HOSTILE = '$(alert) [x](command:workbench.action.terminal.new)';

test('a locked version names the lock file; a constraint names its file; neither says the newest schema is used', () => {
  assert.deepEqual(providerVersionLabel({ source: 'lock', version: '5.100.0', uri: 'file:///m/.terraform.lock.hcl' }), {
    text: 'AWS provider 5.100.0',
    detail: '.terraform.lock.hcl',
  });
  assert.deepEqual(providerVersionLabel({ source: 'constraint', version: '>= 5.0, < 6.0', uri: 'file:///m/versions.tf' }), {
    text: 'AWS provider >= 5.0, < 6.0',
    detail: 'required_providers in versions.tf',
  });
  assert.deepEqual(providerVersionLabel({ source: 'current' }), { text: 'AWS provider: newest', detail: 'No lock file or version constraint' });
  assert.deepEqual(providerVersionLabel(null), providerVersionLabel({ source: 'current' }));
});

test('a version or file name that could render as a link or icon is not shown', () => {
  assert.deepEqual(providerVersionLabel({ source: 'constraint', version: HOSTILE, uri: 'file:///m/versions.tf' }), providerVersionLabel({ source: 'current' }));
  const label = providerVersionLabel({ source: 'lock', version: '5.100.0', uri: `file:///m/${encodeURIComponent(HOSTILE)}` });
  assert.deepEqual(label, { text: 'AWS provider 5.100.0', detail: 'lock file' });
  assert.equal(providerVersionLabel({ source: 'lock', version: 7 as never }).text, 'AWS provider: newest');
});
