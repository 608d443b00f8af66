// Top-level attributes both resources have in the same form: `id`, `arn`, `tags`, `tags_all`, `region`.

import type { AttributeSchema } from './types';

export const DOCS_BASE = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/';

export function idAttribute(what: string): AttributeSchema {
  return {
    type: 'string',
    required: false,
    computed: true,
    readOnly: true,
    forceNew: false,
    description: `Terraform's ID for the ${what}: the same value as its \`name\`, which is also what \`terraform import\` takes.`,
  };
}

export function arnAttribute(what: string): AttributeSchema {
  return {
    type: 'string',
    required: false,
    computed: true,
    readOnly: true,
    forceNew: false,
    description: `The ARN AWS gives the ${what} once it exists, for IAM policies and cross-account references.`,
  };
}

export function tagsAttribute(): AttributeSchema {
  return {
    type: 'map(string)',
    required: false,
    forceNew: false,
    description:
      'Key/value labels stored on the AWS resource. Keys here win over the provider-level `default_tags` with the ' +
      'same key; changing tags updates the resource in place.',
  };
}

// tags_all is Optional+Computed in the provider's schema (tftags.TagsSchemaComputed), but the provider always
// overwrites it with `default_tags` merged with `tags`: a value written here never reaches AWS. So it is computed
// and readOnly for us, and users are told to set `tags` instead.
export function tagsAllAttribute(): AttributeSchema {
  return {
    type: 'map(string)',
    required: false,
    computed: true,
    readOnly: true,
    forceNew: false,
    since: '3.38.0', // CHANGELOG 3.38.0: default_tags, with tags_all on every taggable resource
    description:
      'Every tag on the resource after the provider merges `default_tags` with `tags`. Computed by the provider; ' +
      'read it, but set `tags` instead.',
  };
}

// `region` is injected into every regional resource by provider v6. The attribute itself is not ForceNew, but the
// provider's forceNewIfRegionChanges CustomizeDiff replaces the resource when the value changes (unless it only
// moves between unset and the provider's own region), so for hover and plans it behaves as ForceNew.
export function regionAttribute(): AttributeSchema {
  return {
    type: 'string',
    required: false,
    computed: true,
    forceNew: true,
    since: '6.0.0', // CHANGELOG 6.0.0: enhanced region support, `region` on every regional resource
    description:
      'The AWS Region to manage this resource in, overriding the provider configuration (AWS provider 6 and ' +
      'later). Defaults to the provider\'s region; moving to another region replaces the resource.',
  };
}
