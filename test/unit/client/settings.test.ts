// Settings come from JSON files anyone can edit (a repository's .vscode/settings.json among them): every value is
// checked for its type, finiteness and range, and anything else falls back to the default.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { installVscodeStub, settings } from '../../support/vscodeStub';

installVscodeStub();
const { awsSettings, refreshIntervalSeconds } = require('../../../client/src/settings') as typeof import('../../../client/src/settings');

beforeEach(() => settings.reset());

const INTERVAL = 'sagemakerTerraform.status.refreshIntervalSeconds';

test('refreshIntervalSeconds: numbers are kept within 2–300; anything that is not a finite number is the default 10', () => {
  const cases: [unknown, number][] = [
    [undefined, 10],
    [10, 10],
    [2, 2],
    [2.5, 2.5],
    [300, 300],
    [1, 2],
    [0, 2],
    [-5, 2],
    [301, 300],
    [1e12, 300],
    [Number.NaN, 10],
    [Number.POSITIVE_INFINITY, 10],
    [Number.NEGATIVE_INFINITY, 10],
    ['5', 10],
    ['fast', 10],
    ['', 10],
    [{}, 10],
    [{ valueOf: () => 1 }, 10],
    [[], 10],
    [[5], 10],
    [null, 10],
    [true, 10],
  ];
  for (const [value, expected] of cases) {
    settings.merged.set(INTERVAL, value);
    const seconds = refreshIntervalSeconds();
    assert.equal(seconds, expected, `${String(JSON.stringify(value))} → ${seconds}`);
    assert.ok(seconds >= 2 && seconds <= 300);
  }
});

test('AWS settings: strings are trimmed, other types are ignored; the metadata opt-in is true only for a literal true in user settings', () => {
  settings.merged.set('sagemakerTerraform.aws.region', '  eu-west-1 ');
  settings.merged.set('sagemakerTerraform.aws.profile', 'dev');
  settings.user.set('sagemakerTerraform.aws.endpointUrl', 'http://127.0.0.1:4566');
  settings.user.set('sagemakerTerraform.aws.cloudWatchEndpointUrl', ' http://127.0.0.1:4567 ');
  settings.user.set('sagemakerTerraform.aws.useInstanceMetadata', true);
  assert.deepEqual(awsSettings(), {
    region: 'eu-west-1',
    profile: 'dev',
    endpointUrl: 'http://127.0.0.1:4566',
    cloudWatchEndpointUrl: 'http://127.0.0.1:4567',
    useInstanceMetadata: true,
  });

  for (const odd of [42, {}, ['us-east-1'], true, null, '   ']) {
    settings.reset();
    settings.merged.set('sagemakerTerraform.aws.region', odd);
    settings.merged.set('sagemakerTerraform.aws.profile', odd);
    settings.user.set('sagemakerTerraform.aws.endpointUrl', odd);
    settings.user.set('sagemakerTerraform.aws.cloudWatchEndpointUrl', odd);
    settings.user.set('sagemakerTerraform.aws.useInstanceMetadata', odd === true ? 'true' : odd);
    assert.deepEqual(
      awsSettings(),
      { region: undefined, profile: undefined, endpointUrl: undefined, cloudWatchEndpointUrl: undefined, useInstanceMetadata: false },
      JSON.stringify(odd),
    );
  }
});

test('the CloudWatch endpoint URL, like the SageMaker one, is read from user settings only: a workspace cannot redirect metrics', () => {
  settings.merged.set('sagemakerTerraform.aws.cloudWatchEndpointUrl', 'http://attacker.example:4566');
  assert.equal(awsSettings().cloudWatchEndpointUrl, undefined);
  settings.user.set('sagemakerTerraform.aws.cloudWatchEndpointUrl', 'http://127.0.0.1:4566');
  assert.equal(awsSettings().cloudWatchEndpointUrl, 'http://127.0.0.1:4566');
});
