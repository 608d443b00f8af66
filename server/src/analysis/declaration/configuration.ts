import type { Declared, DeclaredEndpointConfiguration } from '../../../../shared/protocol';
import type { Block } from '../../hcl/ast';
import type { ResourceBlock } from '../parsedFile';
import { attribute } from '../tree/blocks';
import { generatedBlocks, singleBlock } from './generatedBlocks';
import { instanceSuffix, type Instance } from './instances';
import { expressionText, Reader, unknown } from './reader';
import { declaredVariant } from './variant';

// One instance of an `aws_sagemaker_endpoint_configuration` as declared: its name, variants, data capture, async
// inference output, KMS key and tags.

/** A name the provider generates (from `name_prefix`, or from nothing) is only known at apply: shown as what is written. */
export function generatedName(reader: Reader, block: Block): Declared<string> {
  const prefix = attribute(block, 'name_prefix');
  return unknown(prefix ? `name_prefix = ${expressionText(reader.file, prefix.value)}` : '');
}

export function declaredConfiguration(resource: ResourceBlock, instance: Instance): DeclaredEndpointConfiguration {
  const r = new Reader(resource.file, instance.scope);
  const block = resource.block;
  const prefix = r.string(block, 'name_prefix');
  const declaration: DeclaredEndpointConfiguration = {
    address: `${resource.type}.${resource.name}${instanceSuffix(instance.key)}`,
    uri: resource.file.uri,
    line: r.line(block),
    name: r.string(block, 'name') ?? generatedName(r, block),
    namePrefix: prefix?.known ? prefix.value : undefined,
    productionVariants: [],
    shadowVariants: [],
    dataCapture: dataCapture(block, r),
    asyncInference: asyncInference(block, r),
    kmsKeyArn: r.string(block, 'kms_key_arn'),
    tags: r.stringMap(block, 'tags'),
  };
  for (const [type, list] of [['production_variants', declaration.productionVariants], ['shadow_production_variants', declaration.shadowVariants]] as const) {
    for (const variant of generatedBlocks(block, type, r)) {
      // A dynamic block over a collection not known before plan: how many variants, and which, is for the plan.
      if (variant.reader.maybe) declaration.variantsIncomplete = true;
      else list.push(declaredVariant(variant));
    }
  }
  return declaration;
}

function dataCapture(block: Block, reader: Reader): DeclaredEndpointConfiguration['dataCapture'] {
  const capture = singleBlock(block, 'data_capture_config', reader);
  if (!capture) return undefined;
  const { body, reader: r } = capture;
  const captureModes: Declared<string>[] = [];
  for (const option of generatedBlocks(body, 'capture_options', r)) {
    const mode = option.reader.string(option.body, 'capture_mode');
    if (mode) captureModes.push(mode);
  }
  return {
    enableCapture: r.bool(body, 'enable_capture'),
    initialSamplingPercentage: r.number(body, 'initial_sampling_percentage'),
    destinationS3Uri: r.string(body, 'destination_s3_uri'),
    captureModes,
  };
}

function asyncInference(block: Block, reader: Reader): DeclaredEndpointConfiguration['asyncInference'] {
  const config = singleBlock(block, 'async_inference_config', reader);
  if (!config) return undefined;
  const output = singleBlock(config.body, 'output_config', config.reader);
  if (!output) return {};
  const { body, reader: r } = output;
  return { s3OutputPath: r.string(body, 's3_output_path'), s3FailurePath: r.string(body, 's3_failure_path'), kmsKeyId: r.string(body, 'kms_key_id') };
}
