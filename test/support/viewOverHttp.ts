import type { EndpointTarget } from '../../shared/protocol';
import { createGateway, type SageMakerGateway } from '../../client/src/aws/index';
import { LastKnownStatus } from '../../client/src/status/lastKnown';
import type { RefresherDependencies } from '../../client/src/views/endpointsRefresh';
import { FakeClock } from './fakeClock';

// What the endpoints view's refresher needs to ask the fake SageMaker through the real SDK over HTTP, in a trusted
// workspace of one folder, on a clock the test drives; `dispose` closes every gateway it made.

export function viewOverHttp(url: () => string, declared: () => readonly EndpointTarget[]): { deps: RefresherDependencies; clock: FakeClock; dispose(): void } {
  const gateways: SageMakerGateway[] = [];
  const clock = new FakeClock();
  const deps: RefresherDependencies = {
    declared: async () => declared(),
    gateway: (region) => {
      const g = createGateway({ endpointUrl: url(), region, timeoutMs: 5000, maxAttempts: 1, useInstanceMetadata: false });
      gateways.push(g);
      return g;
    },
    settingRegion: () => undefined,
    trusted: () => true,
    folders: () => ['file:///work'],
    lastKnown: new LastKnownStatus(() => clock.now),
    intervalMs: () => 10_000,
    clock: clock.api,
    log: () => undefined,
  };
  return { deps, clock, dispose: () => gateways.splice(0).forEach((g) => g.dispose()) };
}
