import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { credentialChain, describeCredentialSource, describedCredentialChain, profileChoice } from '../../../client/src/aws/credentials';
import { FAKE_ACCESS_KEY_ID, FAKE_SECRET, guardNetwork, useAwsEnv, type AwsEnvOptions, type AwsEnv, type NetworkGuard } from '../../support/awsEnv';

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
  await assert.rejects(credentialChain(undefined, false)(), (error: Error) => {
    assert.equal(error.name, 'CredentialsProviderError');
    assert.match(error.message, /^No AWS credentials found in the environment, the shared config and credentials files/);
    assert.equal((error as { tryNextLink?: boolean }).tryNextLink, false, 'the end of our chain stops the search');
    return true;
  });
  assert.deepEqual(guard.blocked, []);
});

test('useInstanceMetadata hands over to the SDK default chain (metadata disabled here, so it fails its own way)', async () => {
  env = useAwsEnv({ envKeys: false });
  guard = guardNetwork();
  // The SDK's defaultProvider ends its own way: every link (the disabled metadata service included) passed.
  await assert.rejects(credentialChain(undefined, true)(), (error: Error) => {
    assert.equal(error.name, 'CredentialsProviderError');
    assert.equal(error.message, 'Could not load credentials from any providers');
    return true;
  });
  assert.deepEqual(guard.blocked, []);
});

// Which profile signs the requests, and what chose it, as the panel shows it: the real chain over real files and
// environment variables, one row per case.
const keys = (id: string) => `aws_access_key_id = ${id}\naws_secret_access_key = secretDoNotShow\n`;
const sources: { why: string; env: AwsEnvOptions; setting?: string; metadata?: boolean; shown: string; key: string }[] = [
  { why: 'the profile setting', env: { envKeys: false, credentialsFile: `[dev]\n${keys('AKIADEV0000000000001')}` }, setting: 'dev', shown: 'dev (setting sagemakerTerraform.aws.profile)', key: 'AKIADEV0000000000001' },
  { why: 'the setting wins over AWS_PROFILE and environment keys', env: { profile: 'other', credentialsFile: `[dev]\n${keys('AKIADEV0000000000001')}[other]\n${keys('AKIAOTHER00000000001')}` }, setting: 'dev', shown: 'dev (setting sagemakerTerraform.aws.profile)', key: 'AKIADEV0000000000001' },
  { why: 'AWS_PROFILE', env: { envKeys: false, profile: 'ml-prod', credentialsFile: `[ml-prod]\n${keys('AKIAMLPROD0000000001')}` }, shown: 'ml-prod (AWS_PROFILE)', key: 'AKIAMLPROD0000000001' },
  { why: 'AWS_PROFILE wins over environment keys', env: { profile: 'ml-prod', credentialsFile: `[ml-prod]\n${keys('AKIAMLPROD0000000001')}` }, shown: 'ml-prod (AWS_PROFILE)', key: 'AKIAMLPROD0000000001' },
  { why: 'environment keys', env: { credentialsFile: `[default]\n${keys('AKIADEFAULT000000001')}` }, shown: 'environment keys (AWS_ACCESS_KEY_ID)', key: FAKE_ACCESS_KEY_ID },
  { why: 'the default profile', env: { envKeys: false, credentialsFile: `[default]\n${keys('AKIADEFAULT000000001')}` }, shown: 'default (shared config files)', key: 'AKIADEFAULT000000001' },
  { why: 'a profile in the config file', env: { envKeys: false, configFile: `[profile cfg]\n${keys('AKIACONFIG0000000001')}` }, setting: 'cfg', shown: 'cfg (setting sagemakerTerraform.aws.profile)', key: 'AKIACONFIG0000000001' },
  { why: 'with the metadata opt-in (the SDK default chain), environment keys', env: {}, metadata: true, shown: 'environment keys (AWS_ACCESS_KEY_ID)', key: FAKE_ACCESS_KEY_ID },
  { why: 'with the metadata opt-in, the profile setting', env: { credentialsFile: `[dev]\n${keys('AKIADEV0000000000001')}` }, setting: 'dev', metadata: true, shown: 'dev (setting sagemakerTerraform.aws.profile)', key: 'AKIADEV0000000000001' },
  { why: 'a credential_process profile', env: { envKeys: false, configFile: `[profile tool]\ncredential_process = ${process.execPath} -e "process.stdout.write(JSON.stringify({Version:1,AccessKeyId:'AKIAPROCESS000000001',SecretAccessKey:'s'}))"\n` }, setting: 'tool', shown: 'tool (setting sagemakerTerraform.aws.profile)', key: 'AKIAPROCESS000000001' },
];
for (const row of sources) {
  test(`which profile signs: ${row.why} → ${row.shown}`, async () => {
    env = useAwsEnv(row.env);
    const chain = describedCredentialChain(row.setting, row.metadata === true);
    assert.equal(chain.source(), undefined, 'nothing is known before credentials are resolved');
    const warn = console.warn;
    console.warn = () => undefined; // the SDK warns once when a profile and environment keys are both set
    const credentials = await chain.provider().finally(() => (console.warn = warn));
    assert.equal(credentials.accessKeyId, row.key, 'the source shown is the one that really signed');
    assert.equal(chain.source(), row.shown);
    for (const secret of [row.key, FAKE_SECRET, 'secretDoNotShow']) assert.ok(!chain.source()!.includes(secret));
  });
}

test('describeCredentialSource: every mark the SDK sets, and long profile names capped', () => {
  const dev = profileChoice('dev', {});
  const table: [Record<string, string> | undefined, string][] = [
    [{ CREDENTIALS_ENV_VARS: 'g' }, 'environment keys (AWS_ACCESS_KEY_ID)'],
    [{ CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN: 'h' }, 'web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)'],
    [{ CREDENTIALS_PROFILE: 'n' }, 'dev (setting sagemakerTerraform.aws.profile)'],
    [{ CREDENTIALS_PROFILE_SSO: 'r', CREDENTIALS_SSO: 's' }, 'dev (setting sagemakerTerraform.aws.profile)'],
    [{ CREDENTIALS_PROFILE_SOURCE_PROFILE: 'o' }, 'dev (setting sagemakerTerraform.aws.profile)'],
    [{ CREDENTIALS_PROCESS: 'w' }, 'dev (setting sagemakerTerraform.aws.profile)'],
    [{ CREDENTIALS_HTTP: 'z' }, 'container credentials endpoint'],
    [undefined, "the AWS SDK's credential chain"],
  ];
  for (const [marks, shown] of table) assert.equal(describeCredentialSource(marks && { $source: marks }, dev, false), shown, JSON.stringify(marks));
  assert.equal(describeCredentialSource({}, dev, true), 'instance or container metadata service');
  assert.deepEqual(profileChoice(undefined, { AWS_PROFILE: 'ml-prod' }), { profile: 'ml-prod', from: 'AWS_PROFILE' });
  assert.deepEqual(profileChoice(undefined, { AWS_PROFILE: '' }), { profile: 'default', from: 'default' });
  const long = describeCredentialSource({ $source: { CREDENTIALS_PROFILE: 'n' } }, profileChoice('p'.repeat(5000), {}), false);
  assert.ok(long.length < 120 && long.includes('… (truncated)'), long);
});
