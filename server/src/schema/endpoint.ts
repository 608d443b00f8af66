// aws_sagemaker_endpoint as the current AWS provider (v6, newest endpoint.go) defines it.
//
// Only `name` and everything under `deployment_config.auto_rollback_configuration` force replacement (plus `region`,
// through the provider's region CustomizeDiff; see common.ts). A new `endpoint_config_name` or `deployment_config`
// is applied in place with UpdateEndpoint.
//
// Provider versions (`since`), from the provider's CHANGELOG (CHANGELOG.md and CHANGELOG/v2..v5.md in
// hashicorp/terraform-provider-aws): the resource 2.5.0; `deployment_config` 3.66.0; `rolling_update_policy` 5.11.0
// (#32418), which also made `blue_green_update_policy` optional (required before).

import type { AttributeSchema, BlockSchema, ResourceSchema } from './types';
import { CAPACITY_SIZE_TYPE_VALUES, TRAFFIC_ROUTING_TYPE_VALUES } from './enums';
import { RESOURCE_NAME, enumOf, intRange } from './constraints';
import { DOCS_BASE, arnAttribute, idAttribute, regionAttribute, tagsAllAttribute, tagsAttribute } from './common';

const NO_TIMEOUTS_ENDPOINT =
  'aws_sagemaker_endpoint has no `timeouts` block, so `terraform validate` rejects it. The provider waits a fixed ' +
  '60 minutes for the endpoint to reach InService after a create or update, and 10 minutes for a delete.';

/** A CapacitySize block (`type` + `value`), used four times in the deployment configuration. */
function capacitySize(required: boolean, description: string): BlockSchema {
  return {
    minItems: required ? 1 : 0,
    maxItems: 1,
    forceNew: false,
    description,
    body: {
      attributes: {
        type: {
          type: 'string',
          required: true,
          forceNew: false,
          constraint: enumOf(CAPACITY_SIZE_TYPE_VALUES),
          description: 'Whether `value` counts instances or is a percentage of the fleet.',
        },
        value: {
          type: 'number',
          integer: true,
          required: true,
          forceNew: false,
          constraint: intRange(1),
          description: 'The size of the step: a number of instances or a percentage, depending on `type`; at least 1.',
        },
      },
      blocks: {},
    },
  };
}

const maximumExecutionTimeout = (what: string): AttributeSchema => ({
    type: 'number',
    integer: true,
    required: false,
    forceNew: false,
    constraint: intRange(600, 14400),
    description:
      `Upper bound, in seconds (600 to 14400), on how long the whole ${what} may run before it is treated as ` +
      'failed. Sent only if > 0. (AWS itself now accepts up to 28800; the provider is stricter.)',
});

const autoRollbackConfiguration: BlockSchema = {
  minItems: 0,
  maxItems: 1,
  forceNew: true,
  description:
    'CloudWatch alarms that make SageMaker roll a deployment back when they fire. Unlike the rest of ' +
    '`deployment_config`, any change here replaces the endpoint.',
  body: {
    attributes: {},
    blocks: {
      alarms: {
        minItems: 0,
        maxItems: 10,
        forceNew: true,
        description: 'One block per CloudWatch alarm to watch during a deployment, up to 10.',
        body: {
          attributes: {
            alarm_name: {
              type: 'string',
              required: true,
              forceNew: true,
              references: { resourceType: 'aws_cloudwatch_metric_alarm', attribute: 'alarm_name' },
              description:
                'Name (not ARN) of a CloudWatch alarm in the same account; if it goes into ALARM while a deployment ' +
                'runs, the deployment is undone.',
            },
          },
          blocks: {},
        },
      },
    },
  },
};

const blueGreenUpdatePolicy: BlockSchema = {
  minItems: 0,
  maxItems: 1,
  forceNew: false,
  requiredBefore: '5.11.0',
  description:
    'Deploy by standing up a complete new fleet next to the old one and shifting traffic across as set in ' +
    '`traffic_routing_configuration`. Exactly one of this and `rolling_update_policy` must be given.',
  body: {
    attributes: {
      maximum_execution_timeout_in_seconds: maximumExecutionTimeout('blue/green deployment'),
      termination_wait_in_seconds: {
        type: 'number',
        integer: true,
        required: false,
        forceNew: false,
        default: 0,
        constraint: intRange(0, 3600),
        description:
          'Seconds (0 to 3600, default 0) to keep the old fleet alive after all traffic has moved, so a rollback ' +
          'stays quick.',
      },
    },
    blocks: {
      traffic_routing_configuration: {
        minItems: 1,
        maxItems: 1,
        forceNew: false,
        description: 'The steps in which traffic moves from the old fleet to the new one.',
        body: {
          attributes: {
            type: {
              type: 'string',
              required: true,
              forceNew: false,
              constraint: enumOf(TRAFFIC_ROUTING_TYPE_VALUES),
              description:
                'The shifting pattern. `CANARY` needs `canary_size` and `LINEAR` needs `linear_step_size`; the ' +
                'provider does not check this, AWS does.',
            },
            wait_interval_in_seconds: {
              type: 'number',
              integer: true,
              required: true,
              forceNew: false,
              constraint: intRange(0, 3600),
              description: 'Seconds (0 to 3600) to pause between traffic steps while alarms are watched.',
            },
          },
          blocks: {
            canary_size: capacitySize(
              false,
              'How much traffic the first (canary) step moves; for `type = "CANARY"`. AWS caps it at half the ' +
                "variant's instances.",
            ),
            linear_step_size: capacitySize(
              false,
              'How much traffic each step moves; for `type = "LINEAR"`. AWS expects 10 to 50% of the variant\'s ' +
                'instances.',
            ),
          },
        },
      },
    },
  },
};

const rollingUpdatePolicy: BlockSchema = {
  minItems: 0,
  maxItems: 1,
  forceNew: false,
  since: '5.11.0',
  description:
    'Deploy by replacing instances batch by batch, without a full second fleet. Exactly one of this and ' +
    '`blue_green_update_policy` must be given.',
  body: {
    attributes: {
      maximum_execution_timeout_in_seconds: maximumExecutionTimeout('rolling deployment'),
      wait_interval_in_seconds: {
        type: 'number',
        integer: true,
        required: true,
        forceNew: false,
        constraint: intRange(0, 3600),
        description: 'Seconds (0 to 3600) each new batch is watched for alarms before the next one starts.',
      },
    },
    blocks: {
      maximum_batch_size: capacitySize(
        true,
        "How much capacity each rolling step swaps; AWS expects 5 to 50% of the variant's instances.",
      ),
      rollback_maximum_batch_size: capacitySize(
        false,
        'How much capacity each step of a rollback restores. When left out, the whole old fleet comes back in one go.',
      ),
    },
  },
};

export const ENDPOINT: ResourceSchema = {
  type: 'aws_sagemaker_endpoint',
  description:
    'A live SageMaker inference endpoint, built from an `aws_sagemaker_endpoint_configuration`. Pointing it at ' +
    'another configuration updates it in place, following `deployment_config`; changing its `name` replaces it.',
  docsUrl: `${DOCS_BASE}sagemaker_endpoint`,
  since: '2.5.0',
  unsupportedBlocks: { timeouts: NO_TIMEOUTS_ENDPOINT },
  body: {
    attributes: {
      id: idAttribute('endpoint'),
      arn: arnAttribute('endpoint'),
      name: {
        type: 'string',
        required: false,
        computed: true,
        forceNew: true,
        constraint: RESOURCE_NAME,
        description:
          'The endpoint name, which callers of `InvokeEndpoint` use. If left out the provider generates ' +
          '`terraform-` plus 26 digits. Changing it replaces the endpoint.',
      },
      endpoint_config_name: {
        type: 'string',
        required: true,
        forceNew: false,
        constraint: RESOURCE_NAME,
        references: { resourceType: 'aws_sagemaker_endpoint_configuration', attribute: 'name' },
        description:
          'Name of the endpoint configuration to serve. A new value is applied in place by UpdateEndpoint, and ' +
          'Terraform waits up to 60 minutes for InService. The endpoint only notices configuration changes through ' +
          'this name, so reference a configuration whose name changes on replacement.',
      },
      tags: tagsAttribute(),
      tags_all: tagsAllAttribute(),
      region: regionAttribute(),
    },
    blocks: {
      deployment_config: {
        minItems: 0,
        maxItems: 1,
        forceNew: false,
        since: '3.66.0',
        description:
          'How SageMaker moves the endpoint to a new configuration: blue/green or rolling, with optional automatic ' +
          'rollback. Terraform reads back the settings of the last deployment.',
        body: {
          attributes: {},
          blocks: {
            blue_green_update_policy: blueGreenUpdatePolicy,
            rolling_update_policy: rollingUpdatePolicy,
            auto_rollback_configuration: autoRollbackConfiguration,
          },
          exactlyOneOf: [['blue_green_update_policy', 'rolling_update_policy']],
        },
      },
    },
  },
};
