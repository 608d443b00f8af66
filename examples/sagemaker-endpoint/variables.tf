variable "environment" {
  type    = string
  default = "staging"
}

variable "model_name" {
  type        = string
  description = "The aws_sagemaker_model serving most of the traffic."
}

variable "candidate_model_name" {
  type        = string
  description = "The model under evaluation, given a tenth of the traffic."
}

variable "instance_type" {
  type    = string
  default = "ml.c5.xlarge"
}

variable "capture_bucket" {
  type = string
}
