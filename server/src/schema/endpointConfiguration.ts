// aws_sagemaker_endpoint_configuration as the current AWS provider (v6, newest endpoint_configuration.go) defines it.
//
// The provider's Update only changes tags, so every other argument, nested ones included, is marked forceNew here,
// even where the provider's schema leaves ForceNew off a block (`production_variants`, `shadow_production_variants`)
// whose children all force replacement anyway.
// Not included: `vpc_config` and `explainer_config`, which appear in the newest docs but come from an unmerged PR.
//
// Provider versions (`since`), from the provider's CHANGELOG (CHANGELOG.md and CHANGELOG/v2..v5.md in
// hashicorp/terraform-provider-aws): the resource 2.4.0; `data_capture_config` 3.14.0 (#15887);
// `async_inference_config` 3.59.0; `shadow_production_variants` 4.47.0 (#28159); `name_prefix` 4.62.0;
// `output_config.s3_failure_path` and `notification_config.include_inference_response_in` 4.66.0;
// `execution_role_arn` 6.21.0 (#44977). Variant entries: productionVariant.ts.

import type { ResourceSchema } from './types';
import { CAPTURE_MODE_VALUES, NOTIFICATION_TOPIC_TYPE_VALUES } from './enums';
import {
  CONTENT_TYPE,
  IAM_ROLE_ARN,
  KMS_ARN,
  RESOURCE_NAME,
  RESOURCE_NAME_PREFIX,
  S3_URI,
  SNS_TOPIC_ARN,
  enumOf,
  intRange,
} from './constraints';
import { DOCS_BASE, arnAttribute, idAttribute, regionAttribute, tagsAllAttribute, tagsAttribute } from './common';
import { productionVariantBody } from './productionVariant';

const NO_TIMEOUTS_ENDPOINT_CONFIGURATION =
  'aws_sagemaker_endpoint_configuration has no `timeouts` block: the provider has no configurable waits for it, ' +
  'so `terraform validate` rejects the block.';

export const ENDPOINT_CONFIGURATION: ResourceSchema = {
  type: 'aws_sagemaker_endpoint_configuration',
  description:
    'The recipe a SageMaker endpoint is built from: which models run as which variants, on which instances or ' +
    'serverless capacity, plus data capture and asynchronous inference settings. Any change except to tags ' +
    'replaces it, so give it `name_prefix` and `create_before_destroy` to let the endpoint switch over cleanly.',
  docsUrl: `${DOCS_BASE}sagemaker_endpoint_configuration`,
  since: '2.4.0',
  unsupportedBlocks: { timeouts: NO_TIMEOUTS_ENDPOINT_CONFIGURATION },
  body: {
    attributes: {
      id: idAttribute('endpoint configuration'),
      arn: arnAttribute('endpoint configuration'),
      name: {
        type: 'string',
        required: false,
        computed: true,
        forceNew: true,
        constraint: RESOURCE_NAME,
        conflictsWith: ['name_prefix'],
        description:
          'The name of the configuration, which endpoints refer to. Without it (and without `name_prefix`) the ' +
          'provider generates `terraform-` plus 26 digits. Fixing a name blocks `create_before_destroy`, because the ' +
          'replacement would need the same name.',
      },
      name_prefix: {
        type: 'string',
        required: false,
        computed: true,
        forceNew: true,
        constraint: RESOURCE_NAME_PREFIX,
        conflictsWith: ['name'],
        since: '4.62.0',
        description:
          'Start of a generated name: the provider appends a 26-character unique suffix, hence the 37-character ' +
          'limit. The usual choice for configurations that get replaced while in use.',
      },
      kms_key_arn: {
        type: 'string',
        required: false,
        forceNew: true,
        constraint: KMS_ARN,
        references: { resourceType: 'aws_kms_key', attribute: 'arn' },
        description:
          'ARN of a KMS key SageMaker encrypts the ML storage volumes of the hosting instances with. Security ' +
          'scanners (checkov CKV_AWS_98) flag configurations without one.',
      },
      execution_role_arn: {
        type: 'string',
        required: false,
        forceNew: true,
        constraint: IAM_ROLE_ARN,
        references: { resourceType: 'aws_iam_role', attribute: 'arn' },
        since: '6.21.0',
        description:
          'ARN of the IAM role SageMaker assumes for this configuration. AWS needs it when variants have no ' +
          '`model_name` because inference components supply the models.',
      },
      tags: tagsAttribute(),
      tags_all: tagsAllAttribute(),
      region: regionAttribute(),
    },
    blocks: {
      production_variants: {
        minItems: 1,
        maxItems: 10,
        forceNew: true,
        description:
          'One block per variant that serves live traffic, 1 to 10 in all. Traffic is split between them by ' +
          '`initial_variant_weight`; with shadow variants, AWS allows exactly one.',
        body: productionVariantBody('production'),
      },
      shadow_production_variants: {
        minItems: 0,
        maxItems: 10,
        forceNew: true,
        since: '4.47.0',
        description:
          'Variants that receive a copy of the live requests for testing, while their answers are discarded. AWS ' +
          'accepts exactly one, next to exactly one production variant, although the provider lets up to 10 through.',
        body: productionVariantBody('shadow'),
      },
      data_capture_config: {
        minItems: 0,
        maxItems: 1,
        forceNew: true,
        since: '3.14.0',
        description:
          'Records a sample of the requests and/or responses of the endpoint to S3, for example for Model Monitor.',
        body: {
          attributes: {
            enable_capture: {
              type: 'bool',
              required: false,
              forceNew: true,
              description:
                'Turns capturing on. The provider always sends enable_capture, so leaving it out means false and ' +
                'nothing is recorded (although the API itself would default to on).',
            },
            initial_sampling_percentage: {
              type: 'number',
              integer: true,
              required: true,
              forceNew: true,
              constraint: intRange(0, 100),
              description: 'Percentage of requests to record, 0 to 100. Keep it low on busy endpoints.',
            },
            destination_s3_uri: {
              type: 'string',
              required: true,
              forceNew: true,
              constraint: S3_URI,
              description: 'The S3 location (`s3://…` or `https://…`) where captured records are written.',
            },
            kms_key_id: {
              type: 'string',
              required: false,
              forceNew: true,
              constraint: KMS_ARN,
              references: { resourceType: 'aws_kms_key', attribute: 'arn' },
              description:
                'ARN of the KMS key used to encrypt the captured records in S3. The provider insists on an ARN; a ' +
                'key ID or alias fails validation.',
            },
          },
          blocks: {
            capture_options: {
              minItems: 1,
              maxItems: 2,
              forceNew: true,
              description:
                'Which side of each call is recorded: one or two blocks (the provider stops at 2 although the API ' +
                'now allows more).',
              body: {
                attributes: {
                  capture_mode: {
                    type: 'string',
                    required: true,
                    forceNew: true,
                    constraint: enumOf(CAPTURE_MODE_VALUES),
                    description: 'Record requests, responses, or both.',
                  },
                },
                blocks: {},
              },
            },
            capture_content_type_header: {
              minItems: 0,
              maxItems: 1,
              forceNew: true,
              description:
                'Tells SageMaker which `Content-Type` values hold CSV or JSON, so those payloads are stored as text ' +
                'rather than base64. If present it needs at least one of the two lists.',
              body: {
                attributes: {
                  csv_content_types: {
                    type: 'set(string)',
                    required: false,
                    forceNew: true,
                    minItems: 1,
                    maxItems: 10,
                    constraint: CONTENT_TYPE,
                    description: 'Up to 10 MIME types (such as `text/csv`) whose payloads are treated as CSV.',
                  },
                  json_content_types: {
                    type: 'set(string)',
                    required: false,
                    forceNew: true,
                    minItems: 1,
                    maxItems: 10,
                    constraint: CONTENT_TYPE,
                    description: 'Up to 10 MIME types (such as `application/json`) whose payloads are treated as JSON.',
                  },
                },
                blocks: {},
                atLeastOneOf: [['csv_content_types', 'json_content_types']],
              },
            },
          },
        },
      },
      async_inference_config: {
        minItems: 0,
        maxItems: 1,
        forceNew: true,
        since: '3.59.0',
        description:
          'Makes the endpoint asynchronous: requests are queued, answered into S3 and optionally announced through ' +
          'SNS. Required to call it with `InvokeEndpointAsync`.',
        body: {
          attributes: {},
          blocks: {
            output_config: {
              minItems: 1,
              maxItems: 1,
              forceNew: true,
              description: 'Where asynchronous results and failures go, and who is notified.',
              body: {
                attributes: {
                  s3_output_path: {
                    type: 'string',
                    required: true,
                    forceNew: true,
                    constraint: S3_URI,
                    description:
                      'S3 location (`s3://…` or `https://…`) for successful responses. Optional in the API but ' +
                      'required by the provider.',
                  },
                  s3_failure_path: {
                    type: 'string',
                    required: false,
                    forceNew: true,
                    since: '4.66.0',
                    constraint: S3_URI,
                    description: 'S3 location (`s3://…` or `https://…`) for the output of failed requests.',
                  },
                  kms_key_id: {
                    type: 'string',
                    required: false,
                    forceNew: true,
                    constraint: KMS_ARN,
                    references: { resourceType: 'aws_kms_key', attribute: 'arn' },
                    description:
                      'ARN of the KMS key used to encrypt the results in S3. Only an ARN passes the provider, not ' +
                      'a key ID or alias.',
                  },
                },
                blocks: {
                  notification_config: {
                    minItems: 0,
                    maxItems: 1,
                    forceNew: true,
                    description: 'SNS topics to tell when an asynchronous request finishes or fails.',
                    body: {
                      attributes: {
                        success_topic: {
                          type: 'string',
                          required: false,
                          forceNew: true,
                          constraint: SNS_TOPIC_ARN,
                          references: { resourceType: 'aws_sns_topic', attribute: 'arn' },
                          description: 'ARN of the SNS topic notified after each successful request; none if unset.',
                        },
                        error_topic: {
                          type: 'string',
                          required: false,
                          forceNew: true,
                          constraint: SNS_TOPIC_ARN,
                          references: { resourceType: 'aws_sns_topic', attribute: 'arn' },
                          description: 'ARN of the SNS topic notified after each failed request; none if unset.',
                        },
                        include_inference_response_in: {
                          type: 'set(string)',
                          required: false,
                          forceNew: true,
                          since: '4.66.0',
                          constraint: enumOf(NOTIFICATION_TOPIC_TYPE_VALUES),
                          description:
                            'Which notifications carry the inference result itself (only results of 128 KB or less).',
                        },
                      },
                      blocks: {},
                    },
                  },
                },
              },
            },
            client_config: {
              minItems: 0,
              maxItems: 1,
              forceNew: true,
              description:
                'How SageMaker\'s internal client feeds the model container. If the block is present, set ' +
                '`max_concurrent_invocations_per_instance`: an empty block sends 0, which AWS rejects.',
              body: {
                attributes: {
                  max_concurrent_invocations_per_instance: {
                    type: 'number',
                    integer: true,
                    required: false,
                    forceNew: true,
                    constraint: intRange(1, 1000),
                    description:
                      'How many requests (1 to 1000) each instance\'s container receives at once. Without the block ' +
                      'SageMaker picks a value itself.',
                  },
                },
                blocks: {},
              },
            },
          },
        },
      },
    },
  },
};
