// Facts about ML instance families that rules across arguments need, each with where it comes from.

/** `ml.g5.xlarge` → `g5`; undefined for anything not shaped `ml.<family>.<size>`. */
export function instanceFamily(instanceType: string): string | undefined {
  if (!instanceType.startsWith('ml.')) return undefined;
  const dot = instanceType.indexOf('.', 3);
  if (dot <= 3 || dot === instanceType.length - 1 || instanceType.includes('.', dot + 1)) return undefined;
  return instanceType.slice(3, dot);
}

// Instance families with local NVMe instance storage. SageMaker attaches no EBS volume to them, so it rejects a
// VolumeSizeInGB, and the configuration's KmsKeyId does not encrypt that storage (the instance encrypts it with a
// hardware key). Sources:
// - CreateEndpointConfigInput.KmsKeyId (@aws-sdk/client-sagemaker, dist-types/models/models_1.d.ts): "If any of the
//   models that you specify in the ProductionVariants parameter use nitro-based instances with local storage, the
//   KmsKeyId parameter does not encrypt instance local storage."
// - ResourceConfig.VolumeSizeInGB (same package): families "with the NVMe-type instance storage include ml.p4d,
//   ml.g4dn, and ml.g5"; no EBS gp2 storage is provisioned for them.
// - AWS's SageMaker Python SDK, sagemaker-core/src/sagemaker/core/common_utils.py `volume_size_supported` and
//   `instance_supports_kms` (aws/sagemaker-python-sdk a248126, 2026-08): no volume size and no KMS key for a family
//   with a "d" in its name (c5d, m5d, r5d, g4dn, p4d, …) or starting with g5, g6, p5 or trn1; its PR #4828 reports
//   the service exception trn1 gives for a volume size.
// Families not on that list (ml.trn2, ml.p6-b200, ml.g7e, …) are left alone: no fact, no finding.
const NVME_PREFIXES = ['g5', 'g6', 'p5', 'trn1'];

/** True when instances of this type have local NVMe storage and no EBS volume. */
export function hasInstanceStorage(instanceType: string): boolean {
  const family = instanceFamily(instanceType);
  return family !== undefined && (family.includes('d') || NVME_PREFIXES.some((p) => family.startsWith(p)));
}

// Inferentia 1 instances: deployment guardrails (canary, linear and rolling deployments) do not apply to them, and an
// update falls back to a blue/green deployment with all-at-once traffic shifting and no final baking period.
// Source: https://docs.aws.amazon.com/sagemaker/latest/dg/deployment-guardrails-exclusions.html
export function excludedFromGuardrails(instanceType: string): boolean {
  return instanceFamily(instanceType) === 'inf1';
}
