import type { DeclaredVariant } from '../../../../shared/protocol';
import { singleBlock, type GeneratedBlock } from './generatedBlocks';

// One `production_variants` or `shadow_production_variants` block as declared.

export function declaredVariant({ body, reader: r, at }: GeneratedBlock): DeclaredVariant {
  const serverless = singleBlock(body, 'serverless_config', r);
  const scaling = singleBlock(body, 'managed_instance_scaling', r);
  const routing = singleBlock(body, 'routing_config', r);
  return {
    variantName: r.string(body, 'variant_name'),
    modelName: r.string(body, 'model_name'),
    instanceType: r.string(body, 'instance_type'),
    initialInstanceCount: r.number(body, 'initial_instance_count'),
    // The provider's default is 1, but it sends no weight at all for a variant without a model (inference components).
    initialVariantWeight: r.number(body, 'initial_variant_weight') ?? (r.isUnset(body, 'model_name') ? undefined : r.defaulted(1)),
    acceleratorType: r.string(body, 'accelerator_type'),
    volumeSizeInGb: r.number(body, 'volume_size_in_gb'),
    inferenceAmiVersion: r.string(body, 'inference_ami_version'),
    serverless: serverless && {
      memorySizeInMb: serverless.reader.number(serverless.body, 'memory_size_in_mb'),
      maxConcurrency: serverless.reader.number(serverless.body, 'max_concurrency'),
      provisionedConcurrency: serverless.reader.number(serverless.body, 'provisioned_concurrency'),
    },
    managedInstanceScaling: scaling && {
      status: scaling.reader.string(scaling.body, 'status'),
      minInstanceCount: scaling.reader.number(scaling.body, 'min_instance_count'),
      maxInstanceCount: scaling.reader.number(scaling.body, 'max_instance_count'),
    },
    routingStrategy: routing && routing.reader.string(routing.body, 'routing_strategy'),
    uri: r.file.uri,
    line: r.line(at),
  };
}
