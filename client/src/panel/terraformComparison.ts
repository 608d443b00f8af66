// What a status panel needs for its "Terraform vs live" section: the declaration from the language server, the live
// configuration (and a pending deployment's) from DescribeEndpointConfig, and the comparison of the two. A failure
// here never fails the panel: it becomes the section's own problem or note.
import type { DriftSummary } from '../status/lastKnown';
import type { EndpointDeclarationParams, EndpointDeclarationResult } from '../../../shared/protocol';
import type { EndpointConfigView, SageMakerGateway } from '../aws/index';
import type { EndpointView } from '../status/model';
import type { DriftSection } from '../status/driftHtml';
import { compareWithLive, driftSummary } from '../status/drift';
import { readDeclaration } from '../status/declarationShape';
import { StatusProblemError, toProblem, type StatusProblem } from '../status/problems';

/** Where the endpoint is declared: the resource the CodeLens, the cursor or the palette's declared entry named. */
export interface DeclaredAt {
  uri: string;
  address: string;
}

export interface ComparisonDependencies {
  /** The server's answer to EndpointDeclarationRequest; undefined when the language server is not running. */
  declaration(params: EndpointDeclarationParams): Promise<EndpointDeclarationResult | undefined>;
}

export class TerraformComparison {
  /** Live configurations by name: every argument of one forces a new one, so an answer stays true. */
  private readonly configs = new Map<string, EndpointConfigView>();

  constructor(
    public declaredAt: DeclaredAt | undefined,
    private readonly deps: ComparisonDependencies | undefined,
  ) {}

  /** Forgets the configurations fetched (a manual refresh asks again: one may have been deleted and re-created). */
  forget(): void {
    this.configs.clear();
  }

  async section(name: string, view: EndpointView, gateway: SageMakerGateway): Promise<DriftSection> {
    const at = this.declaredAt;
    if (!at) return { state: 'notDeclared' };
    let declaration: EndpointDeclarationResult | undefined;
    try {
      declaration = await this.deps?.declaration({ uri: at.uri, address: at.address, endpointName: name });
    } catch {
      return { state: 'unavailable', reason: 'The language server did not answer, so the Terraform declaration is not known. Refresh to try again.' };
    }
    if (declaration === undefined) return { state: 'unavailable', reason: 'The language server is not running, so the Terraform declaration is not known.' };
    if (declaration === null) return { state: 'unavailable', reason: `Terraform no longer declares ${at.address} in this module, so there is nothing to compare.` };
    const checked = readDeclaration(declaration);
    if (!checked) return { state: 'unavailable', reason: 'The language server sent a declaration that could not be read.' };
    const problems: StatusProblem[] = [];
    const fetch = (configName: string | undefined) => (configName ? this.config(configName, gateway).catch((error: unknown) => void problems.push(problemOf(error))) : undefined);
    const [live, pending] = await Promise.all([fetch(view.configName), fetch(view.pendingDeployment?.configName)]);
    try {
      const report = compareWithLive(checked, view, live ?? undefined, pending ?? undefined);
      const section: DriftSection = { state: 'compared', report, address: checked.address };
      if (problems[0]) section.problem = problems[0];
      return section;
    } catch {
      // Belt and braces after readDeclaration: whatever the comparison trips over is not a crash.
      return { state: 'unavailable', reason: 'The language server sent a declaration that could not be read.' };
    }
  }

  private async config(name: string, gateway: SageMakerGateway): Promise<EndpointConfigView> {
    const cached = this.configs.get(name);
    if (cached) return cached;
    const view = await gateway.describeEndpointConfig(name);
    this.configs.set(name, view);
    return view;
  }
}

function problemOf(error: unknown): StatusProblem {
  return error instanceof StatusProblemError ? error.problem : toProblem(error, { operation: 'DescribeEndpointConfig' });
}

/** The Terraform-vs-live summary the CodeLens and the endpoints view show; undefined when there was nothing to compare. */
export function comparedSummary(section: DriftSection | undefined): DriftSummary | undefined {
  return section?.state === 'compared' ? driftSummary(section.report) : undefined;
}

/** The words after the status: "in sync", "2 differences"; undefined when there was nothing to compare. */
export function lensSummary(section: DriftSection | undefined): string | undefined {
  return comparedSummary(section)?.text;
}
