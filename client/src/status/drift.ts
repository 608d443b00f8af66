// Terraform vs live: the declaration the language server resolved for an endpoint, set against what DescribeEndpoint
// and DescribeEndpointConfig answer. One row per difference, with both values and what it means; values Terraform
// sets at plan are never a difference. Pure: no SDK, no `vscode`.
import type { EndpointDeclaration } from '../../../shared/protocol';
import type { EndpointConfigView } from './configModel';
import type { EndpointView } from './model';
import { compareVariants } from './driftVariants';
import { DriftCollector, type DriftRow } from './driftRows';

export type { DriftKind, DriftRow } from './driftRows';

export interface DriftReport {
  rows: DriftRow[];
  /** What was not compared because Terraform sets it at plan (or may add it through a dynamic block). */
  notCompared: string[];
  /** The live configuration the variants were compared with; undefined when they were not compared. */
  comparedWith?: string;
  /** Whether the configuration the endpoint runs is Terraform's: by name, by name_prefix, or unknown. */
  configuration: 'same' | 'different' | 'unknown';
}

/** What DescribeEndpoint said that the comparison reads. */
export type LiveEndpoint = Pick<EndpointView, 'configName' | 'variants'> & Partial<Pick<EndpointView, 'shadowVariants' | 'pendingDeployment'>>;

/** Whether live configuration `name` is the one Terraform declares. */
function sameConfiguration(declaration: EndpointDeclaration, name: string): 'same' | 'different' | 'unknown' {
  const declared = declaration.endpointConfigName.known ? declaration.endpointConfigName.value : undefined;
  const configuration = declaration.configuration;
  if (declared !== undefined) return declared === name ? 'same' : 'different';
  if (!configuration) return 'unknown';
  if (configuration.name.known) return configuration.name.value === name ? 'same' : 'different';
  // name_prefix: Terraform adds a generated suffix, and every replacement gets a new one.
  if (configuration.namePrefix) return name.startsWith(configuration.namePrefix) ? 'same' : 'different';
  return 'unknown';
}

/** The configuration name Terraform declares, as the Terraform column shows it. */
function declaredName(declaration: EndpointDeclaration): string {
  if (declaration.endpointConfigName.known) return declaration.endpointConfigName.value;
  const configuration = declaration.configuration;
  if (configuration?.name.known) return configuration.name.value;
  if (configuration?.namePrefix) return `${configuration.namePrefix}… (name_prefix)`;
  return 'set by Terraform at plan';
}

/**
 * The comparison. `live` is the configuration the endpoint runs (DescribeEndpointConfig of its EndpointConfigName),
 * `pending` the one a deployment under way switches to; either is undefined when it could not be fetched.
 */
export function compareWithLive(declaration: EndpointDeclaration, endpoint: LiveEndpoint, live?: EndpointConfigView, pending?: EndpointConfigView): DriftReport {
  const out = new DriftCollector();
  const runningName = endpoint.configName ?? live?.name;
  const pendingName = endpoint.pendingDeployment?.configName || undefined;
  let configuration: DriftReport['configuration'] = runningName ? sameConfiguration(declaration, runningName) : 'unknown';
  const deploying = pendingName !== undefined && sameConfiguration(declaration, pendingName) === 'same';
  // While Terraform's configuration is being deployed, its contents are judged against the pending one.
  let target = live;
  if (deploying) {
    target = pending;
    out.add(
      'deploying',
      'Endpoint configuration',
      declaredName(declaration),
      `${runningName ?? 'unknown'} → ${pendingName}`,
      `Terraform's configuration is being deployed now; the endpoint serves ${runningName ?? 'its previous configuration'} until the deployment finishes.`,
      true,
    );
    configuration = 'same';
  } else if (configuration === 'different') {
    const elsewhere = pendingName ? ` A deployment to ${pendingName}, which is not Terraform's either, is under way.` : '';
    out.add(
      'configuration',
      'Endpoint configuration',
      declaredName(declaration),
      runningName!,
      `The endpoint runs another configuration than Terraform declares: Terraform's is not applied yet (run terraform apply), or the endpoint was updated elsewhere (another workspace, the console, the API).${elsewhere}`,
    );
  } else if (configuration === 'unknown' && !declaration.configuration) {
    out.notCompared.push('Endpoint configuration (endpoint_config_name is set at plan)');
  }
  const declared = declaration.configuration;
  if (declared && target) {
    const running = deploying ? undefined : endpoint;
    compareVariants({ label: 'Variant', declared: declared.productionVariants, live: target.variants, running: running?.variants, incomplete: declared.variantsIncomplete === true }, out);
    compareVariants({ label: 'Shadow variant', declared: declared.shadowVariants, live: target.shadowVariants, running: running?.shadowVariants, incomplete: declared.variantsIncomplete === true }, out);
    compareConfigurationSettings(declared, target, out);
  }
  const report: DriftReport = { rows: out.rows, notCompared: out.notCompared, configuration };
  if (declared && target) report.comparedWith = target.name;
  return report;
}

type DeclaredConfiguration = NonNullable<EndpointDeclaration['configuration']>;

function compareConfigurationSettings(d: DeclaredConfiguration, l: EndpointConfigView, out: DriftCollector): void {
  const applied = 'Terraform would replace the configuration to change it.';
  compareDataCapture(d.dataCapture, l.dataCapture, out);
  out.compare('setting', 'KMS key', d.kmsKeyArn, l.kmsKeyId, `The instances' storage is encrypted with another key than Terraform declares. ${applied}`);
  if (d.asyncInference) {
    const la = l.asyncInference ?? {};
    const meaning = `Asynchronous results go elsewhere than Terraform declares. ${applied}`;
    out.compare('setting', 'Async inference output path', d.asyncInference.s3OutputPath, la.s3OutputPath, meaning, sameS3Uri);
    out.compare('setting', 'Async inference failure path', d.asyncInference.s3FailurePath, la.s3FailurePath, meaning, sameS3Uri);
  }
}

/** S3 URIs with or without a trailing slash name the same prefix. */
function sameS3Uri(a: string, b: string): boolean {
  const trim = (s: string) => (s.endsWith('/') ? s.slice(0, -1) : s);
  return trim(a) === trim(b);
}

function compareDataCapture(d: DeclaredConfiguration['dataCapture'], l: EndpointConfigView['dataCapture'], out: DriftCollector): void {
  const applied = 'Terraform would replace the configuration to change it.';
  if (!d) {
    if (l?.enableCapture) out.add('dataCapture', 'Data capture', 'not declared', 'capturing', `The live configuration captures requests or responses to S3, which Terraform does not declare. ${applied}`);
    return;
  }
  if (!l) {
    out.add('dataCapture', 'Data capture', 'declared', 'not set', `Terraform declares data capture; the configuration the endpoint runs has none. ${applied}`);
    return;
  }
  const meaning = `Data capture is set up otherwise than Terraform declares. ${applied}`;
  out.compare('dataCapture', 'Data capture: enabled', d.enableCapture, l.enableCapture, meaning);
  out.compare('dataCapture', 'Data capture: sampling %', d.initialSamplingPercentage, l.initialSamplingPercentage, meaning);
  out.compare('dataCapture', 'Data capture: destination', d.destinationS3Uri, l.destinationS3Uri, meaning, sameS3Uri);
  if (d.captureModes.length === 0) return;
  if (d.captureModes.some((m) => !m.known)) {
    out.notCompared.push('Data capture: modes');
    return;
  }
  const declared = [...new Set(d.captureModes.map((m) => (m.known ? m.value : '')))].sort();
  const live = [...new Set(l.captureModes)].sort();
  if (declared.join(',') !== live.join(',')) {
    out.add('dataCapture', 'Data capture: modes', declared.join(', '), live.join(', ') || 'none', `Other parts of the traffic are captured than Terraform declares. ${applied}`);
  }
}

/** The count of differences (expected rows left out) and the words the CodeLens and the section heading use. */
export function driftSummary(report: DriftReport): { differences: number; text: string } {
  const differences = report.rows.filter((r) => !r.expected).length;
  if (differences) return { differences, text: `${differences} ${differences === 1 ? 'difference' : 'differences'}` };
  if (report.rows.some((r) => r.kind === 'deploying')) return { differences, text: 'Terraform being deployed' };
  // Nothing compared is not "in sync", even when the names agree: a name_prefix match is only a likely one.
  if (report.comparedWith === undefined) return { differences, text: 'not compared' };
  return { differences, text: 'in sync' };
}
