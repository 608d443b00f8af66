// A realistic module as a newcomer writes it: a model, a configuration with three weighted variants (0.9, 0.1 and
// none, so 45%, 5% and 50%), an endpoint. Clean as it stands; tests break it one edit at a time.

export const MODULE = `resource "aws_sagemaker_model" "m" {
  name               = "m"
  execution_role_arn = "arn:aws:iam::123456789012:role/r"
}

resource "aws_sagemaker_endpoint_configuration" "c" {
  name_prefix = "c-"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"

  production_variants {
    variant_name           = "a"
    model_name             = aws_sagemaker_model.m.name
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
    initial_variant_weight = 0.9
  }

  production_variants {
    variant_name           = "b"
    model_name             = aws_sagemaker_model.m.name
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
    initial_variant_weight = 0.1
  }

  production_variants {
    variant_name           = "c"
    model_name             = aws_sagemaker_model.m.name
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "e" {
  name                 = "e"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name
}
`;
