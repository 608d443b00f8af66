# SYNTAX TEST "source.terraform-vars" "a .tfvars file: arguments only, highlighted by the Terraform grammar it includes"
instance_type = "ml.g5.xlarge"
#^^^^^^^^^^^^ variable.other.readwrite.terraform
#                ^^^^^^^^^^^^ string.quoted.double.terraform
instance_count = 2 # two variants
#                ^ constant.numeric.integer.terraform
#                  ^^^^^^^^^^^^^^^ comment.line.number-sign.terraform
tags = { team = "ml" }
#        ^^^^ meta.braces.terraform
