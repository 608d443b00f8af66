// A generated monorepo for the command-line bench: `modules` module folders (environments × services, two levels
// deep, as Terraform monorepos are laid out) of `filesPerModule` files each. Each module has an endpoint
// configuration and its endpoint, variables, outputs and other AWS resources; one module in ten has a deliberate
// mistake, so the run reports findings as a real one would. Also runnable alone: `node bench/monorepo.mjs <dir>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const KMS = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function endpointFile(m, broken) {
  return `resource "aws_sagemaker_endpoint_configuration" "main" {
  name_prefix = "svc-${m}-"
  kms_key_arn = "${KMS}"

  production_variants {
    variant_name           = "primary"
    model_name             = var.model_name
    instance_type          = ${broken ? '"ml.m5.lrage"' : 'var.instance_type'}
    initial_instance_count = var.instance_count
    initial_variant_weight = 1
  }

  data_capture_config {
    enable_capture              = true
    initial_sampling_percentage = 10
    destination_s3_uri          = "s3://\${aws_s3_bucket.capture.bucket}/capture/"

    capture_options {
      capture_mode = "${broken ? 'Inputs' : 'Input'}"
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "main" {
  name                 = "svc-${m}"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.main.name
}
`;
}

const VARIABLES = `variable "model_name" {
  type = string
}

variable "instance_type" {
  type    = string
  default = "ml.m5.large"
}

variable "instance_count" {
  type    = number
  default = 2
}
`;

function otherFile(m, f) {
  return `resource "aws_s3_bucket" "b${f}" {
  bucket = "svc-${m}-data-${f}"
  tags = {
    module = "${m}"
    file   = "${f}"
  }
}

resource "aws_iam_role" "r${f}" {
  name               = "svc-${m}-role-${f}"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

locals {
  prefix_${f} = "svc-${m}-${f}"
}

output "bucket_${f}" {
  value = aws_s3_bucket.b${f}.arn
}
`;
}

/** Writes the monorepo under `root`; returns the number of files and module folders written. */
export function writeMonorepo(root, modules = 300, filesPerModule = 15) {
  let files = 0;
  for (let m = 0; m < modules; m++) {
    const dir = join(root, `env-${m % 10}`, `service-${m}`);
    mkdirSync(dir, { recursive: true });
    const contents = [['endpoint.tf', endpointFile(m, m % 10 === 3)], ['variables.tf', VARIABLES], ['capture.tf', `resource "aws_s3_bucket" "capture" {\n  bucket = "svc-${m}-capture"\n}\n`]];
    for (let f = contents.length; f < filesPerModule; f++) contents.push([`resources-${f}.tf`, otherFile(m, f)]);
    for (const [name, text] of contents) writeFileSync(join(dir, name), text);
    files += contents.length;
  }
  return { files, modules };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2];
  if (!root) {
    console.error('usage: node bench/monorepo.mjs <dir>');
    process.exit(2);
  }
  console.log(writeMonorepo(root));
}
