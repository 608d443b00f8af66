// The body of a `production_variants` or `shadow_production_variants` block of aws_sagemaker_endpoint_configuration.
// The provider builds both from one function with two differences, mirrored here:
// - `core_dump_config.kms_key_id` is Required under shadow variants and Optional under production variants;
// - `volume_size_in_gb` is Optional+Computed under production variants and only Optional under shadow variants.
// Every argument forces replacement: the endpoint configuration can only update its tags.
//
// Provider versions (`since`), from the provider's CHANGELOG (CHANGELOG.md and CHANGELOG/v4..v5.md in
// hashicorp/terraform-provider-aws): `serverless_config` 4.20.0 (#25218), which made `instance_type` and
// `initial_instance_count` optional (required before); `core_dump_config`, `volume_size_in_gb`,
// `container_startup_health_check_timeout_in_seconds`, `model_data_download_timeout_in_seconds` 4.47.0 (#28159);
// `enable_ssm_access` 4.61.0; `serverless_config.provisioned_concurrency` 5.1.0 (#31398); `routing_config` 5.37.0
// (#34777); `inference_ami_version` 5.56.0; `managed_instance_scaling` 5.67.0 (#35479); `capacity_reservation_config`
// 6.54.0; `model_name` optional from 6.21.0 (#44977; required before). Under `shadow_production_variants` (4.47.0)
// nothing is older than the block itself.

import type { BodySchema } from './types';
import {
  ACCELERATOR_TYPE_VALUES,
  CAPACITY_RESERVATION_PREFERENCE_VALUES,
  ELASTIC_INFERENCE_GONE,
  INFERENCE_AMI_VERSION_VALUES,
  INSTANCE_TYPE_VALUES,
  MANAGED_SCALING_STATUS_VALUES,
  ROUTING_STRATEGY_VALUES,
} from './enums';
import {
  KMS_ARN,
  MODEL_NAME_PATTERN,
  S3_URI,
  SAGEMAKER_ARN,
  SERVERLESS_MEMORY_SIZES,
  VARIANT_NAME_PATTERN,
  enumOf,
  intRange,
} from './constraints';

export type VariantKind = 'production' | 'shadow';

export function productionVariantBody(kind: VariantKind): BodySchema {
  const shadow = kind === 'shadow';
  return {
    attributes: {
      variant_name: {
        type: 'string',
        required: false,
        computed: true,
        forceNew: true,
        constraint: VARIANT_NAME_PATTERN,
        description:
          'Identifies this variant inside the endpoint (metrics, autoscaling targets and per-variant invocation use it). ' +
          'Left out, the provider makes one up (`terraform-` plus 26 digits). Not checked by the provider, so a bad ' +
          'name only fails when AWS receives it.',
      },
      model_name: {
        type: 'string',
        required: false,
        forceNew: true,
        constraint: MODEL_NAME_PATTERN,
        references: { resourceType: 'aws_sagemaker_model', attribute: 'name' },
        requiredBefore: '6.21.0',
        description:
          'Which SageMaker model (an `aws_sagemaker_model`) this variant serves. Optional since the provider added ' +
          'Inference Components support: leave it out when models are attached later as inference components, and ' +
          'set `execution_role_arn` on the configuration instead.',
      },
      instance_type: {
        type: 'string',
        required: false,
        forceNew: true,
        constraint: enumOf(INSTANCE_TYPE_VALUES, 'warning'),
        instanceCapacity: true,
        requiredBefore: '4.20.0',
        description:
          'The ML instance type (`ml.*`) that hosts this variant. Needed, together with `initial_instance_count`, for ' +
          'an instance-based variant; leave both out for a serverless variant (`serverless_config`).',
      },
      initial_instance_count: {
        type: 'number',
        integer: true,
        required: false,
        forceNew: true,
        constraint: intRange(1),
        instanceCapacity: true,
        requiredBefore: '4.20.0',
        description:
          'How many instances the variant starts with (autoscaling may change it later). The provider sends it only ' +
          'when it is greater than 0; leave it out for a serverless variant.',
      },
      initial_variant_weight: {
        type: 'number',
        required: false,
        forceNew: true,
        default: 1,
        constraint: { kind: 'floatRange', min: 0 },
        description:
          "This variant's share of traffic: its weight divided by the sum of all variants' weights. Defaults to `1`. " +
          'Sent only when `model_name` is set; without a model name the value is ignored and its diff suppressed.',
      },
      accelerator_type: {
        type: 'string',
        required: false,
        forceNew: true,
        constraint: enumOf(ACCELERATOR_TYPE_VALUES),
        deprecated: ELASTIC_INFERENCE_GONE,
        description:
          'An Elastic Inference accelerator to attach to each instance. The provider still accepts the `ml.eia*` ' +
          'sizes, but the service behind them has been retired.',
      },
      container_startup_health_check_timeout_in_seconds: {
        type: 'number',
        integer: true,
        required: false,
        forceNew: true,
        since: '4.47.0',
        constraint: intRange(60, 3600),
        description:
          'How long, in seconds (60 to 3600), the container may take to start answering `/ping` health checks before ' +
          'SageMaker gives up on it.',
      },
      model_data_download_timeout_in_seconds: {
        type: 'number',
        integer: true,
        required: false,
        forceNew: true,
        since: '4.47.0',
        constraint: intRange(60, 3600),
        description:
          'How long, in seconds (60 to 3600), each instance may spend fetching the model artifacts from S3 and ' +
          'unpacking them.',
      },
      volume_size_in_gb: {
        type: 'number',
        integer: true,
        required: false,
        ...(shadow ? {} : { computed: true }),
        forceNew: true,
        since: '4.47.0',
        constraint: intRange(1, 512),
        description: shadow
          ? 'Size in GB (1 to 512) of the storage volume given to each instance of this shadow variant.'
          : 'Size in GB (1 to 512) of the storage volume given to each instance of this variant. When left out, ' +
            'the value AWS picks is read back into state.',
      },
      enable_ssm_access: {
        type: 'bool',
        required: false,
        forceNew: true,
        since: '4.61.0',
        description:
          'Allow AWS Systems Manager sessions into the containers of this variant, for debugging. Off unless set; ' +
          'only sent when `model_name` is set.',
      },
      inference_ami_version: {
        type: 'string',
        required: false,
        forceNew: true,
        since: '5.56.0',
        constraint: enumOf(INFERENCE_AMI_VERSION_VALUES),
        description:
          'Pins the machine image SageMaker runs the instances on, and with it the GPU or Neuron driver and CUDA ' +
          'versions your container can rely on.',
      },
    },
    blocks: {
      core_dump_config: {
        minItems: 0,
        maxItems: 1,
        forceNew: true,
        since: '4.47.0',
        description: 'Where SageMaker writes a core dump when the model container crashes.',
        body: {
          attributes: {
            destination_s3_uri: {
              type: 'string',
              required: true,
              forceNew: true,
              constraint: S3_URI,
              description: 'The S3 location (`s3://…` or `https://…`) that receives the core dumps.',
            },
            kms_key_id: {
              type: 'string',
              required: shadow,
              forceNew: true,
              constraint: KMS_ARN,
              references: { resourceType: 'aws_kms_key', attribute: 'arn' },
              description: shadow
                ? 'ARN of the KMS key used to encrypt the core dumps in S3. Required under a shadow variant (the ' +
                  'provider demands it here though not under `production_variants`); a bare key ID or alias is rejected.'
                : 'ARN of the KMS key used to encrypt the core dumps in S3. Optional here (unlike under ' +
                  '`shadow_production_variants`); the provider accepts only an ARN, not a key ID or alias.',
            },
          },
          blocks: {},
        },
      },
      serverless_config: {
        minItems: 0,
        maxItems: 1,
        forceNew: true,
        since: '4.20.0',
        description:
          'Makes this a serverless variant: SageMaker runs it on demand instead of on instances you choose. Do not ' +
          'combine it with `instance_type` or `initial_instance_count`.',
        body: {
          attributes: {
            max_concurrency: {
              type: 'number',
              integer: true,
              required: true,
              forceNew: true,
              constraint: intRange(1, 200),
              description: 'The most invocations (1 to 200) the serverless variant handles at the same time.',
            },
            memory_size_in_mb: {
              type: 'number',
              integer: true,
              required: true,
              forceNew: true,
              constraint: { kind: 'intSet', values: SERVERLESS_MEMORY_SIZES },
              description: 'Memory for the serverless variant, in whole gigabytes written as MB: `1024` up to `6144`.',
            },
            provisioned_concurrency: {
              type: 'number',
              integer: true,
              required: false,
              forceNew: true,
              since: '5.1.0',
              constraint: intRange(1, 200),
              description:
                'How many invocations (1 to 200) to keep warm so they start without a cold start. Must not exceed ' +
                '`max_concurrency`; sent only when greater than 0.',
            },
          },
          blocks: {},
        },
      },
      routing_config: {
        minItems: 0,
        forceNew: true,
        since: '5.37.0',
        description:
          'How the endpoint spreads requests over the instances of this variant. The schema allows several blocks, ' +
          'but only the first routing_config is used; the rest are silently dropped.',
        body: {
          attributes: {
            routing_strategy: {
              type: 'string',
              required: true,
              forceNew: true,
              constraint: enumOf(ROUTING_STRATEGY_VALUES),
              description: 'The request routing algorithm for the instances of this variant.',
            },
          },
          blocks: {},
        },
      },
      managed_instance_scaling: {
        minItems: 0,
        maxItems: 1,
        forceNew: true,
        since: '5.67.0',
        description:
          'Lets SageMaker itself grow and shrink the number of instances behind this variant, within the bounds ' +
          'given here.',
        body: {
          attributes: {
            status: {
              type: 'string',
              required: false,
              forceNew: true,
              constraint: enumOf(MANAGED_SCALING_STATUS_VALUES),
              description: 'Switches managed instance scaling on (`ENABLED`) or off (`DISABLED`).',
            },
            min_instance_count: {
              type: 'number',
              integer: true,
              required: false,
              forceNew: true,
              constraint: intRange(0),
              description:
                'The fewest instances to keep when traffic drops (0 or more). The provider always sends it, so ' +
                'leaving it out means 0.',
            },
            max_instance_count: {
              type: 'number',
              integer: true,
              required: false,
              forceNew: true,
              constraint: intRange(1),
              description: 'The most instances SageMaker may add when traffic grows (1 or more); sent only if > 0.',
            },
          },
          blocks: {},
        },
      },
      capacity_reservation_config: {
        minItems: 0,
        maxItems: 1,
        forceNew: true,
        since: '6.54.0',
        description:
          'Runs the instances of this variant on SageMaker ML capacity you reserved in advance instead of on-demand ' +
          'capacity.',
        body: {
          attributes: {
            capacity_reservation_preference: {
              type: 'string',
              required: false,
              forceNew: true,
              constraint: enumOf(CAPACITY_RESERVATION_PREFERENCE_VALUES),
              description: 'Whether instances may launch only inside the reservation.',
            },
            ml_reservation_arn: {
              type: 'string',
              required: false,
              forceNew: true,
              constraint: SAGEMAKER_ARN,
              description:
                'ARN of the SageMaker ML reservation to use. The provider sends an empty string when it is left out, ' +
                'which AWS rejects, so set it whenever the block is present.',
            },
          },
          blocks: {},
        },
      },
    },
  };
}
