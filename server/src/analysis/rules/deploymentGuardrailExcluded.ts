import { Codes } from '../diagnosticCodes';
import { knownString } from '../evaluation/readers';
import type { ModuleScope } from '../evaluation/scope';
import type { ResourceBlock } from '../parsedFile';
import { attribute, blocks, headerSpan } from '../tree/blocks';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE, excludedFromGuardrails } from '../../schema';
import { BlockFact } from './blockFact';
import { configurationFacts, targetFact } from './configurationTargets';
import { trafficRoutings } from './deploymentConfig';
import type { ModuleRule, RuleReport } from './types';

// Deployment guardrails, Exclusions (https://docs.aws.amazon.com/sagemaker/latest/dg/deployment-guardrails-exclusions.html):
// - an endpoint on Inf1 (Inferentia) instances cannot use deployment guardrails (nor one with Marketplace containers,
//   which the configuration does not show; older versions of the page also listed the retired Elastic Inference):
//   an update falls back to a blue/green deployment with all-at-once traffic shifting and no final baking period,
//   so canary and linear traffic shifting, and rolling deployments, do not happen;
// - rolling deployments are further excluded for serverless endpoints and for multi-variant endpoints.
// Judged against the configuration the endpoint deploys (endpoint_config_name = aws_sagemaker_endpoint_configuration.X.name
// or .id, X declared once in the module), from its production variants written out; an unknown value says nothing.

interface Exclusions {
  /** Why guardrails do not apply at all (Inf1), if they do not. */
  noGuardrails?: string;
  /** Why a rolling deployment is excluded (serverless, several variants), if it is. */
  noRolling?: string;
}

const exclusions = new BlockFact(({ block }, scope): Exclusions => {
  const variants = blocks(block, 'production_variants');
  const out: Exclusions = {};
  for (const v of variants) {
    const type = knownString(attribute(v, 'instance_type'), scope);
    if (type !== undefined && excludedFromGuardrails(type)) out.noGuardrails ??= `runs on Inf1 instances (${type})`;
  }
  if (variants.some((v) => blocks(v, 'serverless_config').length > 0)) out.noRolling = 'is serverless';
  else if (variants.length > 1) out.noRolling = `has ${variants.length} production variants`;
  return out;
});

function check(endpoint: ResourceBlock, config: { name: string; fact: Exclusions }, scope: ModuleScope): RuleReport[] {
  const { noGuardrails, noRolling } = config.fact;
  const target = `aws_sagemaker_endpoint_configuration.${config.name}`;
  const out: RuleReport[] = [];
  if (noGuardrails) {
    for (const routing of trafficRoutings(endpoint.block)) {
      const typeAttr = attribute(routing, 'type');
      const type = knownString(typeAttr, scope);
      if (type !== 'CANARY' && type !== 'LINEAR') continue;
      out.push({
        span: typeAttr!.name,
        message: `${target} ${noGuardrails}, which deployment guardrails exclude: SageMaker shifts all traffic at once instead of this ${type} shifting, with no final baking period.`,
      });
    }
  }
  for (const deployment of blocks(endpoint.block, 'deployment_config')) {
    for (const policy of blocks(deployment, 'rolling_update_policy')) {
      const why = noGuardrails ?? noRolling;
      if (!why) continue;
      const consequence = noGuardrails
        ? 'SageMaker updates it with an all-at-once blue/green deployment instead of rolling batches.'
        : 'rolling deployments are not available for it.';
      out.push({ span: headerSpan(policy), message: `${target} ${why}, which deployment guardrails exclude from rolling deployments: ${consequence}` });
    }
  }
  return out;
}

/** The exclusions of each configuration, by resource name. */
type ExclusionsByName = Map<string, Exclusions[]>;

/** The name and exclusions of the configuration an endpoint with a deployment_config deploys, when the module declares it. */
function deployedConfiguration(endpoint: ResourceBlock, index: () => ExclusionsByName): { name: string; fact: Exclusions } | undefined {
  return blocks(endpoint.block, 'deployment_config').length === 0 ? undefined : targetFact(index(), endpoint.block);
}

export const deploymentGuardrailExcluded: ModuleRule<ExclusionsByName> = {
  scope: 'module',
  code: Codes.deploymentGuardrailExcluded,
  resourceTypes: [ENDPOINT_TYPE],
  index: ({ files, scope }) => configurationFacts(files, (config) => exclusions.of(config, scope)),
  contribution(d, file, scope) {
    if (d.type !== CONFIGURATION_TYPE) return '';
    const { noGuardrails, noRolling } = exclusions.of({ ...d, file }, scope);
    return JSON.stringify([d.name, noGuardrails ?? null, noRolling ?? null]);
  },
  // Of the other blocks, check reads the name and the exclusions of the configuration the endpoint deploys.
  inputs(endpoint, index) {
    const config = deployedConfiguration(endpoint, index);
    if (!config) return '';
    const { noGuardrails, noRolling } = config.fact;
    return `${config.name}\u0000${noGuardrails ?? ''}\u0000${noRolling ?? ''}`;
  },
  check(endpoint, index, scope) {
    const config = deployedConfiguration(endpoint, index);
    return config ? check(endpoint, config, scope) : [];
  },
};
