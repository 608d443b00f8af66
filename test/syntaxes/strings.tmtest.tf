# SYNTAX TEST "source.terraform" "quoted strings: escapes, ${ } interpolation, %{ } directives, strip markers, $${ and %%{"
locals {
  plain = "ml.g5.xlarge"
#         ^ string.quoted.double.terraform punctuation.definition.string.begin.terraform
#          ^^^^^^^^^^^^ string.quoted.double.terraform
#                      ^ string.quoted.double.terraform punctuation.definition.string.end.terraform
  escapes = "say \"hi\" \\ \n \r \t \u00e9 \U0001F600 end"
#            ^^^^ string.quoted.double.terraform - constant.character.escape.terraform
#                ^^ string.quoted.double.terraform constant.character.escape.terraform
#                    ^^ constant.character.escape.terraform
#                       ^^ constant.character.escape.terraform
#                          ^^ constant.character.escape.terraform
#                             ^^ constant.character.escape.terraform
#                                ^^ constant.character.escape.terraform
#                                   ^^^^^^ constant.character.escape.terraform
#                                          ^^^^^^^^^^ constant.character.escape.terraform
#                                                    ^^^^ string.quoted.double.terraform - constant.character.escape.terraform
#                                                        ^ string.quoted.double.terraform punctuation.definition.string.end.terraform
  bad_escape = "a\qb"
#                ^^ string.quoted.double.terraform invalid.illegal.escape.terraform
  literal = "costs $${not_interpolated} and %%{not_a_directive} and $$ alone"
#                  ^^^ string.quoted.double.terraform constant.character.escape.template.terraform
#                     ^^^^^^^^^^^^^^^^^ string.quoted.double.terraform - meta.interpolation.terraform variable.other.terraform
#                                           ^^^ string.quoted.double.terraform constant.character.escape.template.terraform
#                                              ^^^^^^^^^^^^^^^^ string.quoted.double.terraform - meta.directive.terraform
#                                                                   ^^^^^^^^ string.quoted.double.terraform - constant.character.escape.template.terraform
  simple = "prefix-${var.env}-suffix"
#           ^^^^^^^ string.quoted.double.terraform - meta.interpolation.terraform
#                  ^^ string.quoted.double.terraform meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#                    ^^^ string.quoted.double.terraform meta.interpolation.terraform meta.embedded.line.terraform variable.language.terraform
#                       ^ meta.interpolation.terraform punctuation.accessor.terraform
#                        ^^^ meta.interpolation.terraform variable.other.member.terraform
#                           ^ string.quoted.double.terraform meta.interpolation.terraform punctuation.section.interpolation.end.terraform - meta.embedded.line.terraform
#                            ^^^^^^^ string.quoted.double.terraform - meta.interpolation.terraform
#                                   ^ punctuation.definition.string.end.terraform
  nested = "${lower("TPL")}-${join("-", ["cfg", "${var.env}"])}"
#           ^^ meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#             ^^^^^ meta.interpolation.terraform meta.function-call.terraform support.function.terraform
#                  ^ meta.function-call.terraform punctuation.section.parens.begin.terraform
#                   ^ meta.interpolation.terraform meta.function-call.terraform string.quoted.double.terraform punctuation.definition.string.begin.terraform
#                    ^^^ string.quoted.double.terraform meta.interpolation.terraform meta.embedded.line.terraform meta.function-call.terraform string.quoted.double.terraform
#                       ^ meta.function-call.terraform string.quoted.double.terraform punctuation.definition.string.end.terraform
#                        ^ meta.function-call.terraform punctuation.section.parens.end.terraform
#                         ^ meta.interpolation.terraform punctuation.section.interpolation.end.terraform
#                          ^^^ string.quoted.double.terraform
#                                  ^^^ meta.function-call.terraform string.quoted.double.terraform
#                                     ^ meta.function-call.terraform punctuation.separator.comma.terraform
#                                       ^ meta.brackets.terraform punctuation.section.brackets.begin.terraform
#                                        ^^^^^ meta.brackets.terraform string.quoted.double.terraform
#                                               ^^^^^^^^^^^^ meta.brackets.terraform string.quoted.double.terraform
#                                                ^^ meta.interpolation.terraform meta.embedded.line.terraform meta.brackets.terraform string.quoted.double.terraform meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#                                                  ^^^ meta.interpolation.terraform meta.interpolation.terraform variable.language.terraform
#                                                      ^^^ meta.interpolation.terraform meta.interpolation.terraform variable.other.member.terraform
#                                                           ^ meta.brackets.terraform punctuation.section.brackets.end.terraform
#                                                            ^ meta.function-call.terraform punctuation.section.parens.end.terraform
#                                                             ^^ string.quoted.double.terraform
#                                                              ^ string.quoted.double.terraform punctuation.definition.string.end.terraform - meta.interpolation.terraform
  braces_inside = "${ {a = "}"}.a }"
#                   ^ meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#                     ^ meta.interpolation.terraform meta.braces.terraform punctuation.section.braces.begin.terraform
#                      ^ meta.braces.terraform meta.mapping.key.terraform variable.other.readwrite.terraform
#                          ^^^ meta.braces.terraform string.quoted.double.terraform
#                             ^ meta.braces.terraform punctuation.section.braces.end.terraform
#                              ^^ meta.interpolation.terraform - meta.braces.terraform
#                                 ^ meta.interpolation.terraform punctuation.section.interpolation.end.terraform
#                                  ^ string.quoted.double.terraform punctuation.definition.string.end.terraform - meta.interpolation.terraform
  strip = "a ${~ var.x ~} b"
#            ^^ meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#              ^ meta.interpolation.terraform keyword.operator.template.strip.terraform
#                ^^^ variable.language.terraform
#                      ^ meta.interpolation.terraform keyword.operator.template.strip.terraform
#                       ^ meta.interpolation.terraform punctuation.section.interpolation.end.terraform
#                        ^^ string.quoted.double.terraform - meta.interpolation.terraform
  conditional = "%{if var.env == "qa"}quality%{else}other%{endif}"
#                ^^ string.quoted.double.terraform meta.directive.terraform punctuation.section.directive.begin.terraform
#                  ^^ meta.directive.terraform meta.embedded.line.terraform keyword.control.if.terraform
#                     ^^^ meta.directive.terraform variable.language.terraform
#                             ^^ meta.directive.terraform keyword.operator.comparison.terraform
#                                ^^^^ meta.directive.terraform string.quoted.double.terraform
#                                    ^ meta.directive.terraform punctuation.section.directive.end.terraform
#                                     ^^^^^^^ string.quoted.double.terraform - meta.directive.terraform
#                                            ^^ meta.directive.terraform punctuation.section.directive.begin.terraform
#                                              ^^^^ meta.directive.terraform keyword.control.else.terraform
#                                                   ^^^^^ string.quoted.double.terraform - meta.directive.terraform
#                                                          ^^^^^ meta.directive.terraform keyword.control.endif.terraform
#                                                               ^ meta.directive.terraform punctuation.section.directive.end.terraform
#                                                                ^ string.quoted.double.terraform punctuation.definition.string.end.terraform
  loop = "%{~ for i, p in var.path_parts ~}${i}:${p}/%{~ endfor ~}"
#         ^^ meta.directive.terraform punctuation.section.directive.begin.terraform
#           ^ meta.directive.terraform keyword.operator.template.strip.terraform
#             ^^^ meta.directive.terraform keyword.control.for.terraform
#                 ^ meta.directive.terraform variable.parameter.terraform
#                  ^ meta.directive.terraform punctuation.separator.comma.terraform
#                    ^ meta.directive.terraform variable.parameter.terraform
#                      ^^ meta.directive.terraform keyword.control.in.terraform
#                         ^^^ meta.directive.terraform variable.language.terraform
#                                        ^ meta.directive.terraform keyword.operator.template.strip.terraform
#                                         ^ meta.directive.terraform punctuation.section.directive.end.terraform
#                                          ^^ meta.interpolation.terraform punctuation.section.interpolation.begin.terraform
#                                              ^ string.quoted.double.terraform - meta.interpolation.terraform
#                                                    ^^^^^^^^^^ meta.directive.terraform
#                                                        ^^^^^^ meta.directive.terraform keyword.control.endfor.terraform
#                                                               ^^ meta.directive.terraform
#                                                                 ^ string.quoted.double.terraform punctuation.definition.string.end.terraform
  comment_chars = "# not a comment // nor this /* nor this */"
#                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.terraform - comment.line.number-sign.terraform comment.line.double-slash.terraform comment.block.terraform
  after_unterminated = "no closing quote
#                      ^^^^^^^^^^^^^^^^^ string.quoted.double.terraform
  recovered = 1
# ^^^^^^^^^ variable.other.readwrite.terraform - string.quoted.double.terraform
#             ^ constant.numeric.integer.terraform
}
