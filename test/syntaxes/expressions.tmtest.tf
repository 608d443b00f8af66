# SYNTAX TEST "source.terraform" "expressions: literals, operators, calls, references, splats, collections, for expressions"
locals {
  integer  = 42
# ^^^^^^^ variable.other.readwrite.terraform
#          ^ keyword.operator.assignment.terraform
#            ^^ constant.numeric.integer.terraform
  float    = 0.95
#            ^^^^ constant.numeric.float.terraform
  exponent = 1e10
#            ^^^^ constant.numeric.float.terraform
  both     = 6.02E+23
#            ^^^^^^^^ constant.numeric.float.terraform
  negative = -1.5e-3
#            ^ keyword.operator.arithmetic.terraform
#             ^^^^^^ constant.numeric.float.terraform
  yes      = true
#            ^^^^ constant.language.boolean.terraform
  no       = false
#            ^^^^^ constant.language.boolean.terraform
  nothing  = null
#            ^^^^ constant.language.null.terraform
  not_kw   = true_ish != null_value
#            ^^^^^^^^ variable.other.terraform - constant.language.boolean.terraform
#                     ^^ keyword.operator.comparison.terraform
#                        ^^^^^^^^^^ variable.other.terraform - constant.language.null.terraform
  dashed   = my-name
#            ^^^^^^^ variable.other.terraform - keyword.operator.arithmetic.terraform

  arithmetic = (var.a + 2) * 3 / 4 % 5 - local.b
#              ^ meta.parens.terraform punctuation.section.parens.begin.terraform
#                     ^ meta.parens.terraform keyword.operator.arithmetic.terraform
#                        ^ meta.parens.terraform punctuation.section.parens.end.terraform
#                          ^ keyword.operator.arithmetic.terraform - meta.parens.terraform
#                              ^ keyword.operator.arithmetic.terraform
#                                  ^ keyword.operator.arithmetic.terraform
#                                      ^ keyword.operator.arithmetic.terraform
#                                        ^^^^^ variable.language.terraform
  compare    = var.a == 1 && var.b != 2 || !(var.c < 3) && var.d <= 4 && var.e > 5 && var.f >= 6
#                    ^^ keyword.operator.comparison.terraform
#                         ^^ keyword.operator.logical.terraform
#                                  ^^ keyword.operator.comparison.terraform
#                                       ^^ keyword.operator.logical.terraform
#                                          ^ keyword.operator.logical.terraform
#                                                  ^ keyword.operator.comparison.terraform
#                                                                ^^ keyword.operator.comparison.terraform
#                                                                              ^ keyword.operator.comparison.terraform
#                                                                                           ^^ keyword.operator.comparison.terraform
  ternary    = var.prod ? "primary" : "candidate"
#                       ^ keyword.operator.ternary.terraform
#                                   ^ keyword.operator.ternary.terraform

  references = aws_sagemaker_endpoint_configuration.ec.name
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ variable.other.object.terraform
#                                                  ^ punctuation.accessor.terraform
#                                                   ^^ variable.other.member.terraform
#                                                      ^^^^ variable.other.member.terraform
  roots      = [var.x, local.y, module.m.out, data.aws_region.current.name, each.key, count.index, self.id, path.module, terraform.workspace]
#               ^^^ variable.language.terraform
#                   ^ variable.other.member.terraform
#                    ^ punctuation.separator.comma.terraform
#                      ^^^^^ variable.language.terraform
#                               ^^^^^^ variable.language.terraform
#                                             ^^^^ variable.language.terraform
#                                                                           ^^^^ variable.language.terraform
#                                                                                     ^^^^^ variable.language.terraform
#                                                                                                  ^^^^ variable.language.terraform
#                                                                                                           ^^^^ variable.language.terraform
#                                                                                                                        ^^^^^^^^^ variable.language.terraform
  bare       = some_name
#              ^^^^^^^^^ variable.other.terraform
  index      = var.list[0].name
#                      ^ meta.brackets.terraform punctuation.section.brackets.begin.terraform
#                       ^ meta.brackets.terraform constant.numeric.integer.terraform
#                        ^ meta.brackets.terraform punctuation.section.brackets.end.terraform
#                          ^^^^ variable.other.member.terraform - meta.brackets.terraform
  legacy     = var.list.0.name
#                      ^ punctuation.accessor.terraform - constant.numeric.integer.terraform
#                       ^ constant.numeric.integer.terraform - variable.other.member.terraform
  splats     = [aws_sagemaker_endpoint.e[*].name, var.objects.*.id]
#                                       ^ meta.brackets.terraform punctuation.section.brackets.begin.terraform
#                                        ^ keyword.operator.splat.terraform
#                                         ^ punctuation.section.brackets.end.terraform
#                                                             ^ keyword.operator.splat.terraform
#                                                            ^ punctuation.accessor.terraform

  calls      = merge(local.tags, { Name = format("%s-%d", var.name, 3) })
#              ^^^^^ meta.function-call.terraform support.function.terraform
#                   ^ meta.function-call.terraform punctuation.section.parens.begin.terraform
#                                ^ meta.function-call.terraform meta.braces.terraform punctuation.section.braces.begin.terraform
#                                  ^^^^ meta.braces.terraform meta.mapping.key.terraform variable.other.readwrite.terraform
#                                         ^^^^^^ meta.braces.terraform meta.function-call.terraform support.function.terraform
#                                                ^^^^^^^ string.quoted.double.terraform - keyword.operator.arithmetic.terraform
#                                                                      ^ meta.braces.terraform punctuation.section.braces.end.terraform
#                                                                       ^ meta.function-call.terraform punctuation.section.parens.end.terraform
  spaced     = length (var.list)
#              ^^^^^^ meta.function-call.terraform support.function.terraform
  expanded   = min(var.numbers...)
#                             ^^^ meta.function-call.terraform keyword.operator.ellipsis.terraform
  provider   = provider::aws::arn_parse(var.arn).region
#              ^^^^^^^^^^^^^^^^^^^^^^^^ meta.function-call.terraform support.function.terraform
#                                                ^^^^^^ variable.other.member.terraform - meta.function-call.terraform
  types      = map(object({ name = string, size = optional(number, 1), tags = list(any), on = bool }))
#              ^^^ support.function.terraform
#                  ^^^^^^ support.function.terraform
#                           ^^^^ meta.mapping.key.terraform variable.other.readwrite.terraform - support.type.primitive.terraform
#                                  ^^^^^^ support.type.primitive.terraform
#                                                 ^^^^^^^^ support.function.terraform
#                                                          ^^^^^^ support.type.primitive.terraform
#                                                                                  ^^^ support.type.primitive.terraform
#                                                                                             ^^^^ support.type.primitive.terraform
  not_types  = var.string.number
#                  ^^^^^^ variable.other.member.terraform - support.type.primitive.terraform
#                         ^^^^^^ variable.other.member.terraform - support.type.primitive.terraform

  tuple  = ["a", 1, true, null]
#          ^ meta.brackets.terraform punctuation.section.brackets.begin.terraform
#           ^^^ meta.brackets.terraform string.quoted.double.terraform
#              ^ meta.brackets.terraform punctuation.separator.comma.terraform
#                             ^ meta.brackets.terraform punctuation.section.brackets.end.terraform
  object = {
#          ^ meta.braces.terraform punctuation.section.braces.begin.terraform
    key_one       = "v"
#   ^^^^^^^ meta.braces.terraform meta.mapping.key.terraform variable.other.readwrite.terraform
#                 ^ meta.braces.terraform keyword.operator.assignment.terraform
    "quoted-key"  = 1
#   ^^^^^^^^^^^^ meta.braces.terraform meta.mapping.key.terraform string.quoted.double.terraform
#   ^ punctuation.definition.string.begin.terraform
#                 ^ keyword.operator.assignment.terraform
    colon_key     : 2
#   ^^^^^^^^^ meta.mapping.key.terraform variable.other.readwrite.terraform
#                 ^ keyword.operator.assignment.terraform - keyword.operator.ternary.terraform
    (var.dynamic) = 3
#   ^ meta.braces.terraform meta.parens.terraform punctuation.section.parens.begin.terraform
#                 ^ meta.braces.terraform keyword.operator.assignment.terraform
    cond          = var.x ? "a" : "b"
#                         ^ keyword.operator.ternary.terraform
#                           ^^^ string.quoted.double.terraform - meta.mapping.key.terraform
#                               ^ keyword.operator.ternary.terraform
  }
# ^ meta.braces.terraform punctuation.section.braces.end.terraform

  list_for = [for s in var.list : upper(s) if s != ""]
#            ^ meta.brackets.terraform punctuation.section.brackets.begin.terraform
#             ^^^ meta.brackets.terraform meta.for-expression.terraform keyword.control.for.terraform
#                 ^ meta.for-expression.terraform variable.parameter.terraform
#                   ^^ meta.for-expression.terraform keyword.control.in.terraform
#                      ^^^ meta.for-expression.terraform variable.language.terraform
#                               ^ meta.for-expression.terraform punctuation.separator.for.terraform - keyword.operator.ternary.terraform
#                                 ^^^^^ meta.for-expression.terraform support.function.terraform
#                                          ^^ meta.for-expression.terraform keyword.control.if.terraform
#                                               ^^ meta.for-expression.terraform keyword.operator.comparison.terraform
#                                                    ^ meta.brackets.terraform punctuation.section.brackets.end.terraform - meta.for-expression.terraform
  map_for = { for k, v in var.map : lower(k) => v... if v != null }
#           ^ meta.braces.terraform punctuation.section.braces.begin.terraform
#             ^^^ meta.braces.terraform meta.for-expression.terraform keyword.control.for.terraform
#                 ^ meta.for-expression.terraform variable.parameter.terraform
#                  ^ meta.for-expression.terraform punctuation.separator.comma.terraform
#                    ^ meta.for-expression.terraform variable.parameter.terraform
#                      ^^ keyword.control.in.terraform
#                                 ^ meta.for-expression.terraform punctuation.separator.for.terraform
#                                            ^^ meta.for-expression.terraform keyword.operator.arrow.terraform
#                                               ^ meta.for-expression.terraform variable.other.terraform - variable.other.object.terraform
#                                                ^^^ meta.for-expression.terraform keyword.operator.ellipsis.terraform
#                                                    ^^ meta.for-expression.terraform keyword.control.if.terraform
#                                                                 ^ meta.braces.terraform punctuation.section.braces.end.terraform - meta.for-expression.terraform
  multiline_for = [
    for i, variant in var.variants : {
#   ^^^ meta.for-expression.terraform keyword.control.for.terraform
#          ^^^^^^^ meta.for-expression.terraform variable.parameter.terraform
#                                  ^ punctuation.separator.for.terraform
#                                    ^ meta.for-expression.terraform meta.braces.terraform punctuation.section.braces.begin.terraform
      name   = variant.name
#     ^^^^ meta.for-expression.terraform meta.braces.terraform meta.mapping.key.terraform variable.other.readwrite.terraform
      weight = i == 0 ? 1 : 0
#                     ^ keyword.operator.ternary.terraform
#                         ^ keyword.operator.ternary.terraform - punctuation.separator.for.terraform
    }
  ]
# ^ meta.brackets.terraform punctuation.section.brackets.end.terraform - meta.for-expression.terraform
  nested_for = [for x in [for y in var.ys : y * 2] : x if x > 2]
#                        ^ meta.for-expression.terraform meta.brackets.terraform punctuation.section.brackets.begin.terraform
#                                                ^ meta.for-expression.terraform meta.brackets.terraform punctuation.section.brackets.end.terraform
#                                                  ^ meta.for-expression.terraform punctuation.separator.for.terraform
#                                                      ^^ keyword.control.if.terraform
  for_name = var.for.in
#                ^^^ variable.other.member.terraform - keyword.control.for.terraform
#                    ^^ variable.other.member.terraform - keyword.control.in.terraform
  unicode_näme = ünïcode.attr
# ^^^^^^^^^^^^ variable.other.readwrite.terraform
#                ^^^^^^^ variable.other.object.terraform
}
