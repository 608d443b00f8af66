// Run as `node --import tsx test/support/hostileText.ts <case>` by test/unit/client/hostileText.test.ts, which kills
// it at a deadline: each case feeds a few hundred KB of the worst input of the regexes that run on text we did not
// write (AWS answers, settings, documents) through the real code, and prints how long that took.
import { createGateway, redact } from '../../client/src/aws/index';
import { endpointNameProblem } from '../../client/src/commands/endpointChoices';
import { toProblem, type StatusProblem } from '../../client/src/status/problems';
import { shownAddress, shownFileName, shownName, shownRegion, shownStatus } from '../../client/src/uiText';
import { guardNetwork, useAwsEnv } from './awsEnv';
import { FakeSageMaker } from './fakeSageMaker';

const SIZE = 330_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));
const err = (name: string, message: string) => Object.assign(new Error(message), { name });

/** Messages that make a backtracking classifier work hardest: many partial matches, no full one. */
export const HOSTILE_MESSAGES: Record<string, string> = {
  regionNotSet: repeat('region not '),
  trailingDots: `x${repeat(' .')}y`,
  credentials: repeat('could not load credential'),
  expired: repeat('sso sessio'),
  notFound: repeat('could not find endpoin'),
  network: repeat('socket hang u'),
  endpointName: repeat('endpoint nam'),
  json: repeat('unexpected toke'),
  newlines: repeat('\r'),
};

const cases: Record<string, () => Promise<string>> = {
  // The region classifier took 132 s on a 44 KB AWS message in the extension host: here through real HTTP.
  async gatewayRegionMessage() {
    const guard = guardNetwork();
    const env = useAwsEnv();
    const fake = await FakeSageMaker.start();
    try {
      fake.setAlways('ep', { type: 'awsError', code: 'InvalidParameterValue', message: HOSTILE_MESSAGES.regionNotSet });
      const gateway = createGateway({ region: 'us-east-1', endpointUrl: fake.url, timeoutMs: 30_000, maxAttempts: 1, log: () => undefined });
      const problem = await gateway.describeEndpoint('ep').then(
        () => undefined,
        (error: { problem?: StatusProblem }) => error.problem,
      );
      gateway.dispose();
      return `problem ${problem?.kind}`;
    } finally {
      await fake.close();
      env.restore();
      guard.uninstall();
    }
  },
  async problemMessages() {
    const kinds: string[] = [];
    for (const name of ['Error', 'CredentialsProviderError', 'AccessDeniedException', 'ValidationException', 'InternalFailure', 'SyntaxError']) {
      for (const message of Object.values(HOSTILE_MESSAGES)) {
        const problem = toProblem(err(name, message), { endpointName: 'ep', region: 'us-east-1' });
        if (problem.title.length + problem.detail.length > 4000) throw new Error(`${name}: a ${problem.detail.length}-character detail`);
        kinds.push(problem.kind);
      }
    }
    return `${kinds.length} problems`;
  },
  async namesAndRegions() {
    const guard = guardNetwork();
    const env = useAwsEnv();
    try {
      const names = [`a${'-'.repeat(SIZE)}!`, `${'a-'.repeat(SIZE / 2)}-`, repeat('a'), `a${repeat('-a')}_`];
      const regions = [`us${'-a'.repeat(SIZE / 2)}!`, `${repeat('us-east-1')}x`, `us-${'east-'.repeat(SIZE / 5)}1x`];
      const kinds: string[] = [];
      for (const name of names) {
        if (!endpointNameProblem(name)) throw new Error('a hostile name passed');
        const gateway = createGateway({ region: 'us-east-1', endpointUrl: 'http://127.0.0.1:9', log: () => undefined });
        kinds.push(await gateway.describeEndpoint(name).then(() => 'answer', (e: { problem?: StatusProblem }) => String(e.problem?.kind)));
        gateway.dispose();
      }
      for (const region of regions) {
        const gateway = createGateway({ region, endpointUrl: 'http://127.0.0.1:9', log: () => undefined });
        kinds.push(await gateway.describeEndpoint('ep').then(() => 'answer', (e: { problem?: StatusProblem }) => String(e.problem?.kind)));
        gateway.dispose();
      }
      return kinds.join(' ');
    } finally {
      env.restore();
      guard.uninstall();
    }
  },
  // What the quick pick and the input box may show: every check on a few hundred KB of near-misses.
  async uiChecks() {
    const inputs = [repeat('a'), `${repeat('a-')}!`, `aws_sagemaker_endpoint.${repeat('a')}$`, `file:///w/${repeat('a ')}$.tf`, `file:///${repeat('%41')}`, `${repeat('us-east-')}1x`];
    let shown = 0;
    for (const text of inputs) {
      for (const value of [shownName(text), shownRegion(text), shownStatus(text), shownAddress({ address: text }), shownFileName(text)]) if (value !== undefined) shown++;
    }
    if (shown) throw new Error(`${shown} hostile inputs passed a check`);
    return `${inputs.length * 5} checks`;
  },
  async redactLines() {
    const lines = [
      `AKIA${repeat('A')}a`,
      repeat('AKIA '),
      `Signature=${repeat('a')}x`,
      `Credential=${repeat('x')}`,
      `SessionToken=${repeat(' ')}`,
      `Authorization:${repeat(' ')}`,
      repeat('X-Amz-Security-Token='),
    ];
    let total = 0;
    for (const line of lines) total += redact(line).length;
    return `${total} characters`;
  },
};

const name = process.argv[2] ?? '';
const run = cases[name];
if (!run) {
  console.error(`unknown case ${name}; cases: ${Object.keys(cases).join(', ')}`);
  process.exit(2);
}
const started = performance.now();
run().then(
  (what) => {
    console.log(JSON.stringify({ case: name, ms: Math.round(performance.now() - started), what }));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
