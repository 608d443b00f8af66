# SYNTAX TEST "source.terraform" "comments: #, // and /* */; template syntax inside them stays comment"
# A hash comment with ${var.not_interpolated} and %{ if x } inside
# <- comment.line.number-sign.terraform punctuation.definition.comment.terraform
#^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.terraform
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ - meta.interpolation.terraform variable.language.terraform
#                                                      ^^^^^^^^^^ - meta.directive.terraform
// A double-slash comment with "quotes" and ${x}
# <- comment.line.double-slash.terraform punctuation.definition.comment.terraform
#^ comment.line.double-slash.terraform punctuation.definition.comment.terraform
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.terraform
#                                  ^^^^^^^ - string.quoted.double.terraform
#                                              ^^^^ - meta.interpolation.terraform
/* A block comment on one line */
# <- comment.block.terraform punctuation.definition.comment.begin.terraform
#^ comment.block.terraform punctuation.definition.comment.begin.terraform
#                              ^^ comment.block.terraform punctuation.definition.comment.end.terraform
/*
  resource "aws_sagemaker_endpoint" "commented_out" {
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.block.terraform
# ^^^^^^^^ - keyword.other.block.terraform
    name = "${var.env}" # still inside the block comment
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.block.terraform
#   ^^^^ - variable.other.readwrite.terraform
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ - meta.interpolation.terraform comment.line.number-sign.terraform
  }
*/
# <- comment.block.terraform punctuation.definition.comment.end.terraform
#^ comment.block.terraform punctuation.definition.comment.end.terraform

locals {
  enabled = true # trailing hash comment ${not.code}
# ^^^^^^^ variable.other.readwrite.terraform
#           ^^^^ constant.language.boolean.terraform
#                ^ comment.line.number-sign.terraform punctuation.definition.comment.terraform
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.terraform
#                                        ^^^^^^^^^^^ - meta.interpolation.terraform variable.other.member.terraform
  weight = 1 // trailing double-slash comment
#            ^^ comment.line.double-slash.terraform punctuation.definition.comment.terraform
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.terraform
  count_of = /* inline */ 3
#            ^^^^^^^^^^^^ comment.block.terraform
#                         ^ constant.numeric.integer.terraform
  url = "https://example.com/#anchor" // comment after a string with # and //
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.terraform - comment.line.number-sign.terraform comment.line.double-slash.terraform
#                                     ^^ comment.line.double-slash.terraform punctuation.definition.comment.terraform
  hash = "#" # a string that is only a hash
#        ^^^ string.quoted.double.terraform - comment.line.number-sign.terraform
#         ^ - punctuation.definition.comment.terraform
#            ^ comment.line.number-sign.terraform punctuation.definition.comment.terraform
  path = "s3://bucket/*/keys/*" /* a comment after a string with a slash-star */
#        ^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.terraform - comment.block.terraform
#                               ^^ comment.block.terraform punctuation.definition.comment.begin.terraform
}
# <- punctuation.section.block.end.terraform - comment.block.terraform
