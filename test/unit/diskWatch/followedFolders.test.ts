import assert from 'node:assert/strict';
import { test } from 'node:test';
import { followedFolders } from '../../../server/src/diskWatch/followedFolders';

test('module folders first, then the folders up to their workspace folder, and the workspace folders', () => {
  const folders = followedFolders(['/ws/envs/prod', '/ws/envs/dev', '/ws/modules/a/b', '/ws'], ['/ws', '/other']);
  assert.deepEqual(folders, ['/ws/envs/prod', '/ws/envs/dev', '/ws/modules/a/b', '/ws', '/ws/envs', '/ws/modules/a', '/ws/modules', '/other']);
});

test('a module outside every workspace folder has only its own folder', () => {
  assert.deepEqual(followedFolders(['/elsewhere/m'], ['/ws']), ['/elsewhere/m', '/ws']);
  assert.deepEqual(followedFolders(['/elsewhere/m'], []), ['/elsewhere/m']);
});
