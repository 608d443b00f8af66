# SYNTAX TEST "source.terraform" "heredocs: <<MARKER and <<-MARKER, any marker word, template sequences inside, closing rules"
resource "aws_iam_role" "sagemaker" {
  assume_role_policy = <<EOF
# ^^^^^^^^^^^^^^^^^^ variable.other.readwrite.terraform
#                      ^^ string.unquoted.heredoc.terraform keyword.operator.heredoc.terraform
#                        ^^^ string.unquoted.heredoc.terraform keyword.control.heredoc.terraform
{
# <- string.unquoted.heredoc.terraform - punctuation.section.braces.begin.terraform punctuation.section.block.begin.terraform
  "Version": "2012-10-17",
# ^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.heredoc.terraform - string.quoted.double.terraform meta.mapping.key.terraform
  "Principal": { "Service": "sagemaker.${var.dns_suffix}" },
#              ^ string.unquoted.heredoc.terraform - meta.braces.terraform
#                                      ^^ string.unquoted.heredoc.terraform meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#                                        ^^^ string.unquoted.heredoc.terraform meta.interpolation.terraform meta.embedded.line.terraform variable.language.terraform
#                                            ^^^^^^^^^^ meta.interpolation.terraform variable.other.member.terraform
#                                                      ^ meta.interpolation.terraform punctuation.section.interpolation.end.terraform
#                                                       ^^^^ string.unquoted.heredoc.terraform - meta.interpolation.terraform
  # not a comment, and EOF here does not close it
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.heredoc.terraform - comment.line.number-sign.terraform keyword.control.heredoc.terraform
}
EOF
# <- string.unquoted.heredoc.terraform keyword.control.heredoc.terraform
#^^ string.unquoted.heredoc.terraform keyword.control.heredoc.terraform
  description = "after the heredoc"
# ^^^^^^^^^^^ variable.other.readwrite.terraform - string.unquoted.heredoc.terraform
#               ^^^^^^^^^^^^^^^^^^^ string.quoted.double.terraform

  policy = <<-POLICY
#          ^^^ string.unquoted.heredoc.terraform keyword.operator.heredoc.terraform
#             ^^^^^^ string.unquoted.heredoc.terraform keyword.control.heredoc.terraform
    {
      "Resource": "arn:aws:s3:::${var.bucket}/*",
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.heredoc.terraform - string.quoted.double.terraform
#                               ^^ meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#                                     ^^^^^^ meta.interpolation.terraform variable.other.member.terraform
#                                            ^^^^ string.unquoted.heredoc.terraform - comment.block.terraform meta.interpolation.terraform
      "Literal": "$${not_interpolated} %%{not_a_directive}"
#                 ^^^ string.unquoted.heredoc.terraform constant.character.escape.template.terraform
#                    ^^^^^^^^^^^^^^^^^ string.unquoted.heredoc.terraform - meta.interpolation.terraform
#                                      ^^^ string.unquoted.heredoc.terraform constant.character.escape.template.terraform
      "NoEscapes": "a\nb \" c"
#                    ^^ string.unquoted.heredoc.terraform - constant.character.escape.terraform invalid.illegal.escape.terraform
#                        ^^ string.unquoted.heredoc.terraform - constant.character.escape.terraform invalid.illegal.escape.terraform
    }
    NOT POLICY
#   ^^^^^^^^^^ string.unquoted.heredoc.terraform - keyword.control.heredoc.terraform
    POLICY_NOT
#   ^^^^^^^^^^ string.unquoted.heredoc.terraform - keyword.control.heredoc.terraform
  POLICY
# ^^^^^^ string.unquoted.heredoc.terraform keyword.control.heredoc.terraform

  script = <<-SCRIPT_2
#             ^^^^^^^^ keyword.control.heredoc.terraform
    %{~ for name in var.names ~}
#   ^^ string.unquoted.heredoc.terraform meta.directive.terraform punctuation.section.directive.begin.terraform
#     ^ meta.directive.terraform keyword.operator.template.strip.terraform
#       ^^^ meta.directive.terraform keyword.control.for.terraform
#           ^^^^ meta.directive.terraform variable.parameter.terraform
#                ^^ meta.directive.terraform keyword.control.in.terraform
#                             ^ meta.directive.terraform keyword.operator.template.strip.terraform
#                              ^ meta.directive.terraform punctuation.section.directive.end.terraform
    echo "${upper(name)}" "${ name == "x" ? "quoted \"x\"" : name }"
#   ^^^^^^ string.unquoted.heredoc.terraform - string.quoted.double.terraform
#           ^^^^^ meta.interpolation.terraform meta.function-call.terraform support.function.terraform
#                         ^ string.unquoted.heredoc.terraform - string.quoted.double.terraform
#                                     ^^^ meta.interpolation.terraform string.quoted.double.terraform
#                                         ^ meta.interpolation.terraform keyword.operator.ternary.terraform
#                                           ^^^^^^^^^^^^^^ meta.interpolation.terraform string.quoted.double.terraform
#                                                   ^^ meta.interpolation.terraform string.quoted.double.terraform constant.character.escape.terraform
#                                                          ^ meta.interpolation.terraform keyword.operator.ternary.terraform
    %{~ endfor ~}
#       ^^^^^^ meta.directive.terraform keyword.control.endfor.terraform
    ${join(",", [
#   ^^ string.unquoted.heredoc.terraform meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#               ^ meta.interpolation.terraform meta.brackets.terraform punctuation.section.brackets.begin.terraform
      "an interpolation may span lines",
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.heredoc.terraform meta.interpolation.terraform meta.brackets.terraform string.quoted.double.terraform
      "SCRIPT_2",
    ])}
#   ^ meta.interpolation.terraform meta.brackets.terraform punctuation.section.brackets.end.terraform
#     ^ meta.interpolation.terraform punctuation.section.interpolation.end.terraform
    SCRIPT_2
#^^^ string.unquoted.heredoc.terraform - keyword.control.heredoc.terraform
#   ^^^^^^^^ string.unquoted.heredoc.terraform keyword.control.heredoc.terraform

  in_call = trimspace(<<-EOT
#           ^^^^^^^^^ meta.function-call.terraform support.function.terraform
#                     ^^ meta.function-call.terraform string.unquoted.heredoc.terraform keyword.operator.heredoc.terraform
    text
    EOT
#   ^^^ meta.function-call.terraform string.unquoted.heredoc.terraform keyword.control.heredoc.terraform
  )
# ^ meta.function-call.terraform punctuation.section.parens.end.terraform - string.unquoted.heredoc.terraform

  not_heredoc = a << b
#                 ^ keyword.operator.comparison.terraform - string.unquoted.heredoc.terraform
#                  ^ keyword.operator.comparison.terraform - string.unquoted.heredoc.terraform
#                    ^ variable.other.terraform - keyword.control.heredoc.terraform
  also_not = <<EOT trailing
#            ^^ keyword.operator.comparison.terraform - keyword.operator.heredoc.terraform
  after = 1
# ^^^^^ variable.other.readwrite.terraform - string.unquoted.heredoc.terraform
}
# <- punctuation.section.block.end.terraform - string.unquoted.heredoc.terraform
