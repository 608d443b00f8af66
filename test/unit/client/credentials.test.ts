import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { credentialChain } from '../../../client/src/aws/credentials';
import { FAKE_ACCESS_KEY_ID, guardNetwork, useAwsEnv, type AwsEnv, type NetworkGuard } from '../../support/awsEnv';

let env: AwsEnv | undefined;
let guard: NetworkGuard | undefined;
afterEach(() => {
  guard?.uninstall();
  env?.restore();
  guard = env = undefined;
});

test('static keys in the environment are found', async () => {
  env = useAwsEnv();
  assert.equal((await credentialChain(undefined, false)()).accessKeyId, FAKE_ACCESS_KEY_ID);
});

test('a named profile wins over environment keys', async () => {
  env = useAwsEnv({ credentialsFile: '[dev]\naws_access_key_id = AKIAPROFILE000000001\naws_secret_access_key = s\n' });
  assert.equal((await credentialChain('dev', false)()).accessKeyId, 'AKIAPROFILE000000001');
});

test('credential_process profiles run their command', async () => {
  const output = JSON.stringify({ Version: 1, AccessKeyId: 'AKIAPROCESS000000001', SecretAccessKey: 's' });
  env = useAwsEnv({ envKeys: false, configFile: `[profile tool]\ncredential_process = ${process.execPath} -e "process.stdout.write('${output.replace(/"/g, '\\"')}')"\n` });
  assert.equal((await credentialChain('tool', false)()).accessKeyId, 'AKIAPROCESS000000001');
});

test('without credentials our chain ends with its own message and never opens a socket', async () => {
  env = useAwsEnv({ envKeys: false });
  delete process.env.AWS_EC2_METADATA_DISABLED;
  guard = guardNetwork();
  await assert.rejects(credentialChain(undefined, false)(), /No AWS credentials found in the environment/);
  assert.deepEqual(guard.blocked, []);
});

test('useInstanceMetadata hands over to the SDK default chain (metadata disabled here, so it fails its own way)', async () => {
  env = useAwsEnv({ envKeys: false });
  guard = guardNetwork();
  await assert.rejects(credentialChain(undefined, true)(), (error: Error) => !/No AWS credentials found in the environment/.test(error.message));
  assert.deepEqual(guard.blocked, []);
});
