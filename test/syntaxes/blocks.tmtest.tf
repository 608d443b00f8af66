# SYNTAX TEST "source.terraform" "blocks: keywords, type and name labels, nested, dynamic and one-line blocks, SageMaker resources"
terraform {
# <- meta.block.terraform keyword.other.block.terraform
#^^^^^^^^ meta.block.terraform keyword.other.block.terraform - variable.language.terraform
#         ^ meta.block.terraform punctuation.section.block.begin.terraform
  required_providers {
# ^^^^^^^^^^^^^^^^^^ meta.block.terraform meta.block.terraform keyword.other.block.terraform
    aws = {
#   ^^^ variable.other.readwrite.terraform - keyword.other.block.terraform
#         ^ meta.braces.terraform punctuation.section.braces.begin.terraform - punctuation.section.block.begin.terraform
      source  = "hashicorp/aws"
#     ^^^^^^ meta.braces.terraform meta.mapping.key.terraform variable.other.readwrite.terraform
      version = ">= 5.0"
    }
#   ^ meta.braces.terraform punctuation.section.braces.end.terraform
  }
# ^ meta.block.terraform meta.block.terraform punctuation.section.block.end.terraform
}
# <- meta.block.terraform punctuation.section.block.end.terraform

provider "aws" {
# <- keyword.other.block.terraform
#        ^ meta.block.terraform string.quoted.double.terraform punctuation.definition.string.begin.terraform
#         ^^^ meta.block.terraform string.quoted.double.terraform entity.name.label.terraform
#            ^ meta.block.terraform string.quoted.double.terraform punctuation.definition.string.end.terraform
  region = "us-east-1"
# ^^^^^^ variable.other.readwrite.terraform
}

variable "variants" {
#        ^^^^^^^^^^ string.quoted.double.terraform - entity.name.type.terraform
#         ^^^^^^^^ entity.name.label.terraform
  type = map(object({
# ^^^^ variable.other.readwrite.terraform
    model_name     = string
#   ^^^^^^^^^^ meta.mapping.key.terraform variable.other.readwrite.terraform
#                    ^^^^^^ support.type.primitive.terraform
    instance_count = number
  }))
  default = {}
}

data "aws_iam_policy_document" "assume" {
# <- keyword.other.block.terraform
#     ^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.terraform entity.name.type.terraform
#                               ^^^^^^ string.quoted.double.terraform entity.name.label.terraform
  statement {
# ^^^^^^^^^ keyword.other.block.terraform
    actions = ["sts:AssumeRole"]
  }
}

resource "aws_sagemaker_endpoint_configuration" "ec" {
# <- meta.block.terraform keyword.other.block.terraform
#^^^^^^^ meta.block.terraform keyword.other.block.terraform
#        ^ string.quoted.double.terraform punctuation.definition.string.begin.terraform
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ meta.block.terraform string.quoted.double.terraform entity.name.type.terraform
#                                             ^ string.quoted.double.terraform punctuation.definition.string.end.terraform
#                                               ^ string.quoted.double.terraform punctuation.definition.string.begin.terraform
#                                                ^^ meta.block.terraform string.quoted.double.terraform entity.name.label.terraform - entity.name.type.terraform
#                                                  ^ string.quoted.double.terraform punctuation.definition.string.end.terraform
#                                                    ^ meta.block.terraform punctuation.section.block.begin.terraform
  name        = "support-sentiment-config"
# ^^^^ meta.block.terraform variable.other.readwrite.terraform
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.terraform
  kms_key_arn = var.kms_key_arn
# ^^^^^^^^^^^ variable.other.readwrite.terraform
#               ^^^ variable.language.terraform
#                   ^^^^^^^^^^^ variable.other.member.terraform

  production_variants {
# ^^^^^^^^^^^^^^^^^^^ meta.block.terraform meta.block.terraform keyword.other.block.terraform
#                     ^ meta.block.terraform meta.block.terraform punctuation.section.block.begin.terraform
    variant_name           = "AllTraffic"
#   ^^^^^^^^^^^^ meta.block.terraform meta.block.terraform variable.other.readwrite.terraform
    model_name             = aws_sagemaker_model.m.name
#                            ^^^^^^^^^^^^^^^^^^^ variable.other.object.terraform
#                                                ^ variable.other.member.terraform
    instance_type          = "ml.g5.xlarge"
#                            ^^^^^^^^^^^^^^ string.quoted.double.terraform - punctuation.accessor.terraform
    initial_instance_count = 2
#                            ^ constant.numeric.integer.terraform
    initial_variant_weight = 1.0
#                            ^^^ constant.numeric.float.terraform

    serverless_config {
#   ^^^^^^^^^^^^^^^^^ meta.block.terraform meta.block.terraform meta.block.terraform keyword.other.block.terraform
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
#   ^ meta.block.terraform meta.block.terraform meta.block.terraform punctuation.section.block.end.terraform
  }
# ^ meta.block.terraform meta.block.terraform punctuation.section.block.end.terraform

  data_capture_config {
# ^^^^^^^^^^^^^^^^^^^ keyword.other.block.terraform - variable.language.terraform
    enable_capture              = true
    initial_sampling_percentage = 100
    destination_s3_uri          = "s3://${var.bucket}/capture"
#                                       ^^ string.quoted.double.terraform meta.interpolation.terraform punctuation.section.interpolation.begin.terraform

    capture_options {
      capture_mode = "Input"
    }
    capture_options { capture_mode = "Output" }
#   ^^^^^^^^^^^^^^^ keyword.other.block.terraform
#                   ^ punctuation.section.block.begin.terraform
#                     ^^^^^^^^^^^^ variable.other.readwrite.terraform
#                                    ^^^^^^^^ string.quoted.double.terraform
#                                             ^ punctuation.section.block.end.terraform

    capture_content_type_header {
      csv_content_types  = ["text/csv"]
      json_content_types = ["application/json"]
    }
  }

  async_inference_config {
    output_config {
      s3_output_path = "s3://bucket/out"
    }
  }

  tags = {
# ^^^^ variable.other.readwrite.terraform - keyword.other.block.terraform
#        ^ meta.braces.terraform punctuation.section.braces.begin.terraform
    Name = "support-sentiment"
#   ^^^^ meta.mapping.key.terraform variable.other.readwrite.terraform
  }

  lifecycle {
# ^^^^^^^^^ keyword.other.block.terraform
    create_before_destroy = true
    ignore_changes        = [tags["CreatedBy"]]
#                            ^^^^ variable.other.terraform
#                                 ^^^^^^^^^^^ meta.brackets.terraform meta.brackets.terraform string.quoted.double.terraform
  }
}
# <- meta.block.terraform punctuation.section.block.end.terraform

resource "aws_sagemaker_endpoint" "e" {
#         ^^^^^^^^^^^^^^^^^^^^^^ entity.name.type.terraform
#                                  ^ entity.name.label.terraform
  count                = var.enabled ? 1 : 0
# ^^^^^ variable.other.readwrite.terraform - variable.language.terraform
  name                 = "support-sentiment-${count.index}"
#                                             ^^^^^ meta.interpolation.terraform variable.language.terraform
  endpoint_config_name = aws_sagemaker_endpoint_configuration.ec.name
#                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ variable.other.object.terraform
#                                                             ^^ variable.other.member.terraform
#                                                                ^^^^ variable.other.member.terraform

  deployment_config {
    blue_green_update_policy {
#   ^^^^^^^^^^^^^^^^^^^^^^^^ meta.block.terraform meta.block.terraform meta.block.terraform keyword.other.block.terraform
      traffic_routing_configuration {
        type                     = "CANARY"
        wait_interval_in_seconds = 600

        dynamic "canary_size" {
#       ^^^^^^^ keyword.other.block.terraform
#                ^^^^^^^^^^^ string.quoted.double.terraform entity.name.label.terraform
          for_each = var.prod ? [1] : []
#         ^^^^^^^^ variable.other.readwrite.terraform
#                               ^ meta.brackets.terraform punctuation.section.brackets.begin.terraform
#                                     ^ meta.brackets.terraform punctuation.section.brackets.begin.terraform
#                                      ^ meta.brackets.terraform punctuation.section.brackets.end.terraform

          content {
#         ^^^^^^^ keyword.other.block.terraform
            type  = "CAPACITY_PERCENT"
            value = 50
          }
        }
      }
    }
  }

  dynamic "production_variants" {
    for_each = { for k, v in var.variants : k => v if v.instance_count > 0 }
    iterator = variant
#   ^^^^^^^^ variable.other.readwrite.terraform
#              ^^^^^^^ variable.other.terraform

    content {
      variant_name = variant.key
#                    ^^^^^^^ variable.other.object.terraform
      model_name   = variant.value.model_name
    }
  }

  provisioner "local-exec" {
# ^^^^^^^^^^^ keyword.other.block.terraform
#              ^^^^^^^^^^ entity.name.label.terraform
    command = "echo ${self.name}"
  }
}

module "models" {
  source   = "./models"
  for_each = toset(["a", "b"])
}

output "endpoint_name" {
  value       = aws_sagemaker_endpoint.e[0].name
  description = "Endpoint name"
}

moved {
  from = aws_sagemaker_endpoint.old
  to   = aws_sagemaker_endpoint.e
}

locals { one_line = 1 }
# <- keyword.other.block.terraform
#      ^ punctuation.section.block.begin.terraform
#        ^^^^^^^^ variable.other.readwrite.terraform
#                     ^ punctuation.section.block.end.terraform

block_with_identifier_labels first second {
# <- keyword.other.block.terraform
#                            ^^^^^ entity.name.type.terraform - string.quoted.double.terraform
#                                  ^^^^^^ entity.name.label.terraform - string.quoted.double.terraform
}

mixed "type" "escaped \"name\"" {
#      ^^^^ entity.name.type.terraform
#             ^^^^^^^^^^^^^^^^ string.quoted.double.terraform entity.name.label.terraform
}

three "a" "b" "c" {}
#      ^ entity.name.type.terraform
#          ^ entity.name.type.terraform
#              ^ entity.name.label.terraform
#                  ^ punctuation.section.block.end.terraform
after_blocks = 1
# <- variable.other.readwrite.terraform - meta.block.terraform
