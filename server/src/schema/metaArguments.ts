// Terraform's meta-arguments: every resource block accepts them, whatever its provider. They are marked `meta: true`
// so completion can list them after the provider's arguments.
//
// Their `type` is only the closest ValueType for hover: meta-arguments are never judged by value (analysis skips
// value checks for meta attributes). `for_each` takes a map *or* a set of strings and `depends_on` a list of
// references; no single ValueType says that, and none needs to.

import type { AttributeSchema, BlockSchema, BodySchema } from './types';

const LIFECYCLE_DOCS = 'https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle';

function metaAttribute(type: AttributeSchema['type'], description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema {
  return { type, required: false, forceNew: false, meta: true, description, ...extra };
}

/** A `precondition` / `postcondition` block: a check Terraform evaluates, with the message it shows on failure. */
function conditionBlock(description: string): BlockSchema {
  return {
    minItems: 0,
    forceNew: false,
    meta: true,
    description,
    body: {
      attributes: {
        condition: {
          type: 'bool',
          required: true,
          forceNew: false,
          meta: true,
          description: 'An expression that must be `true`; when it is `false` Terraform stops and shows `error_message`.',
        },
        error_message: {
          type: 'string',
          required: true,
          forceNew: false,
          meta: true,
          description: 'What Terraform prints when `condition` is false. Write it as a full sentence that explains the fix.',
        },
      },
      blocks: {},
    },
  };
}

const lifecycle: BlockSchema = {
  minItems: 0,
  maxItems: 1,
  forceNew: false,
  meta: true,
  description:
    `Terraform's own controls for how this resource is created, replaced and destroyed ([lifecycle](${LIFECYCLE_DOCS})). ` +
    'Nothing here is sent to AWS.',
  body: {
    attributes: {
      create_before_destroy: metaAttribute(
        'bool',
        'When a change needs replacement, build the new object before deleting the old one. Useful on endpoint ' +
          'configurations, which are replaced on any change while an endpoint still points at them; pair it with ' +
          '`name_prefix` so the two copies do not clash on name.',
      ),
      prevent_destroy: metaAttribute(
        'bool',
        'Make any plan that would delete this resource (including a replacement) fail. Guards production endpoints ' +
          'against accidental removal.',
      ),
      ignore_changes: metaAttribute(
        'list(string)',
        'Arguments whose drift from the configuration Terraform should leave alone, as a list of attribute ' +
          'references, or the keyword `all`.',
      ),
      replace_triggered_by: metaAttribute(
        'list(string)',
        'References to other resources or their attributes; when any of them changes, this resource is replaced ' +
          'as well.',
      ),
    },
    blocks: {
      precondition: conditionBlock('A check evaluated before Terraform plans changes to this resource. May be repeated.'),
      postcondition: conditionBlock(
        'A check evaluated after the resource is planned or applied, able to look at `self`. May be repeated.',
      ),
      // Terraform 1.14 actions: `action_trigger { events = [...], actions = [...] }`. Opaque: Terraform checks it.
      action_trigger: {
        minItems: 0,
        forceNew: false,
        meta: true,
        opaque: true,
        description: 'Runs Terraform actions at points in this resource\'s lifecycle (Terraform 1.14 and later). May be repeated.',
        body: { attributes: {}, blocks: {} },
      },
    },
  },
};

/** The meta-arguments every resource accepts, as a body to merge into each resource's own. */
export const META_ARGUMENTS: BodySchema = {
  attributes: {
    count: metaAttribute(
      'number',
      'Create this many copies of the resource, addressed as `resource[index]`. Cannot be combined with `for_each`.',
      { integer: true },
    ),
    // Closest ValueType only: for_each also accepts a map. Never value-checked (see the note at the top).
    for_each: metaAttribute(
      'set(string)',
      'Create one copy per element of a map or a set of strings, addressed by key and available as `each.key` / ' +
        '`each.value`. Cannot be combined with `count`.',
    ),
    // A provider reference such as `aws.west`, not a string; again never value-checked.
    provider: metaAttribute(
      'string',
      'Use a non-default provider configuration, written as `<provider>.<alias>` (for example `aws.us_west_2`), ' +
        'to manage this resource with other credentials or in another region.',
    ),
    depends_on: metaAttribute(
      'list(string)',
      'Extra dependencies Terraform cannot see from references, for example an IAM policy the endpoint needs ' +
        'before it is created.',
    ),
  },
  blocks: {
    lifecycle,
    provisioner: {
      minItems: 0,
      forceNew: false,
      meta: true,
      labels: 1,
      opaque: true,
      description:
        'Runs a local or remote command when the resource is created or destroyed; the label names the provisioner ' +
        '(`local-exec`, `remote-exec`, `file`). A last resort in Terraform; may be repeated.',
      body: { attributes: {}, blocks: {} },
    },
    connection: {
      minItems: 0,
      maxItems: 1,
      forceNew: false,
      meta: true,
      opaque: true,
      description:
        'How `remote-exec` and `file` provisioners reach a machine (SSH or WinRM). SageMaker endpoints offer no ' +
        'such host, so this is rarely useful here.',
      body: { attributes: {}, blocks: {} },
    },
  },
};
