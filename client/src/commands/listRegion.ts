import type { EndpointList, SageMakerGateway } from '../aws/index';
import { StatusProblemError, toProblem, type StatusProblem } from '../status/problems';
import { chooseRegion, type RegionListing } from './endpointChoices';

// One region's live endpoints, for the palette's pick and the endpoints view alike: a failure is kept as its problem,
// so the other regions still show. No `vscode` here.

export type ListedRegion = RegionListing & { truncated: boolean; problem?: StatusProblem };

/** Lists `region` (a Terraform literal, or undefined) as a panel would ask it: the setting first. */
export async function listRegion(setting: string | undefined, region: string | undefined, gatewayFor: (requested: string | undefined) => SageMakerGateway): Promise<ListedRegion> {
  const requested = chooseRegion(setting, region).region;
  let resolved: string | undefined;
  try {
    const gateway = gatewayFor(requested);
    resolved = await gateway.resolveRegion();
    const live: EndpointList = await gateway.listEndpoints();
    return { region, resolved, endpoints: live.endpoints, truncated: live.truncated };
  } catch (error) {
    const problem = error instanceof StatusProblemError ? error.problem : toProblem(error, { region: resolved ?? requested });
    return { region, resolved: undefined, endpoints: [], truncated: false, problem };
  }
}
