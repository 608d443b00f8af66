// The status panels as VS Code drives them in unit tests: the vscode stub, the real gateway (real SDK, real HTTP)
// against the fake SageMaker on 127.0.0.1, and the panel module loaded after the stub. Call inside a `describe`: it
// registers the hooks that start and stop the fake and empty it (and the created panels) before each test.
import { after, before, beforeEach } from 'node:test';
import { createGateway, type GatewayOptions, type SageMakerGateway } from '../../client/src/aws/index';
import { useAwsEnv, type AwsEnv } from './awsEnv';
import { FakeSageMaker } from './fakeSageMaker';
import { created, installVscodeStub } from './vscodeStub';

type StatusPanelsModule = typeof import('../../client/src/panel/statusPanels');

export interface PanelHarness {
  readonly fake: FakeSageMaker;
  readonly gateway: SageMakerGateway;
  readonly StatusPanels: StatusPanelsModule['StatusPanels'];
}

export function usePanelHarness(gatewayOptions: Partial<GatewayOptions> = {}): PanelHarness {
  installVscodeStub();
  let env: AwsEnv;
  const harness = {} as { fake: FakeSageMaker; gateway: SageMakerGateway; StatusPanels: StatusPanelsModule['StatusPanels'] };
  before(async () => {
    env = useAwsEnv({ region: 'us-east-1' });
    harness.fake = await FakeSageMaker.start();
    harness.gateway = createGateway({ region: 'us-east-1', endpointUrl: harness.fake.url, timeoutMs: 3000, ...gatewayOptions });
    // Loaded after the stub is installed, since the module imports `vscode`.
    ({ StatusPanels: harness.StatusPanels } = require('../../client/src/panel/statusPanels') as StatusPanelsModule);
  });
  after(async () => {
    harness.gateway.dispose();
    await harness.fake.close();
    env.restore();
  });
  beforeEach(() => {
    harness.fake.reset();
    created.length = 0;
  });
  return harness;
}
