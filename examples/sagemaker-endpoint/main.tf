# A small real-time endpoint with two variants and data capture. It holds a few deliberate mistakes, so that
# `npm start` (which runs `sagemaker-terraform check` on this folder) has something to show:
#   - instance_type "ml.m5.lrage" is misspelt,
#   - "initial_instance_cont" is not an argument (the fix renames it),
#   - capture mode "Inputs" is not a valid value,
#   - a fixed name without create_before_destroy (a change would leave the endpoint on the old configuration),
#   - no kms_key_arn (an information note, as checkov's CKV_AWS_98).

resource "aws_sagemaker_endpoint_configuration" "churn" {
  name = "churn-${var.environment}"

  production_variants {
    variant_name           = "current"
    model_name             = var.model_name
    instance_type          = "ml.m5.lrage"
    initial_instance_count = 2
    initial_variant_weight = 0.9
  }

  production_variants {
    variant_name           = "candidate"
    model_name             = var.candidate_model_name
    instance_type          = var.instance_type
    initial_instance_cont  = 1
    initial_variant_weight = 0.1
  }

  data_capture_config {
    enable_capture              = true
    initial_sampling_percentage = 20
    destination_s3_uri          = "s3://${var.capture_bucket}/churn/"

    capture_options {
      capture_mode = "Inputs"
    }
  }

  tags = {
    team = "ml-platform"
  }
}

resource "aws_sagemaker_endpoint" "churn" {
  name                 = "churn-${var.environment}"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.churn.name
}
