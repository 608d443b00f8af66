import { fromEnv } from '@aws-sdk/credential-provider-env';
import { fromIni } from '@aws-sdk/credential-provider-ini';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { fromProcess } from '@aws-sdk/credential-provider-process';
import { fromTokenFile } from '@aws-sdk/credential-provider-web-identity';
import { chain, CredentialsProviderError, memoize } from '@smithy/core/config';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

// The SDK's default chain ends with the container and EC2 instance metadata services. An editor must not reach
// out to 169.254.169.254 by default, so our chain is the SDK's own providers without that last link, unless the
// user opts in (useInstanceMetadata), in which case it is the SDK's defaultProvider unchanged.

const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

export function credentialChain(profile: string | undefined, useInstanceMetadata: boolean): AwsCredentialIdentityProvider {
  const init = profile ? { profile } : {};
  if (useInstanceMetadata) return defaultProvider(init);
  const links: AwsCredentialIdentityProvider[] = [];
  // As in the SDK: a named profile (setting or AWS_PROFILE) takes precedence over static environment keys.
  if (!profile && !process.env.AWS_PROFILE) links.push(fromEnv());
  links.push(fromIni(init), fromProcess(init), fromTokenFile(), async () => {
    throw new CredentialsProviderError(
      'No AWS credentials found in the environment, the shared config and credentials files (profiles, SSO, credential_process) or a web identity token file.',
      { tryNextLink: false },
    );
  });
  return memoize(
    chain(...links),
    (c: AwsCredentialIdentity) => c.expiration !== undefined && c.expiration.getTime() - Date.now() < EXPIRY_MARGIN_MS,
    (c: AwsCredentialIdentity) => c.expiration !== undefined,
  );
}

/** Which profile of the shared config and credentials files the chain reads, and what chose it (as the SDK does). */
export interface ProfileChoice {
  profile: string;
  from: 'setting' | 'AWS_PROFILE' | 'default';
}

export function profileChoice(setting: string | undefined, env: NodeJS.ProcessEnv = process.env): ProfileChoice {
  if (setting) return { profile: setting, from: 'setting' };
  if (env.AWS_PROFILE) return { profile: env.AWS_PROFILE, from: 'AWS_PROFILE' };
  return { profile: 'default', from: 'default' };
}

/** Profile names come from settings and the environment: shown capped (escaped by the panel, never in notifications). */
const PROFILE_SHOWN_MAX = 64;

const FROM_WORDS: Record<ProfileChoice['from'], string> = {
  setting: 'setting sagemakerTerraform.aws.profile',
  AWS_PROFILE: 'AWS_PROFILE',
  default: 'shared config files',
};

/**
 * What signed the requests, from the feature marks the SDK's providers put on the credentials they return
 * (`$source`): environment keys, a web identity token, the container or instance metadata service, or a profile of
 * the shared files (static keys, SSO, credential_process, role chains) — then which profile and what chose it.
 * Never a key, token or secret: only these words and the profile's name.
 */
export function describeCredentialSource(credentials: { $source?: object } | undefined, choice: ProfileChoice, useInstanceMetadata: boolean): string {
  const marks = Object.keys(credentials?.$source ?? {});
  const has = (prefix: string) => marks.some((m) => m === prefix || m.startsWith(`${prefix}_`));
  if (marks.includes('CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN')) return 'web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)';
  if (marks.includes('CREDENTIALS_ENV_VARS')) return 'environment keys (AWS_ACCESS_KEY_ID)';
  if (has('CREDENTIALS_PROFILE') || has('CREDENTIALS_PROCESS') || has('CREDENTIALS_SSO') || has('CREDENTIALS_LOGIN')) {
    const name = choice.profile.length > PROFILE_SHOWN_MAX ? `${choice.profile.slice(0, PROFILE_SHOWN_MAX)}… (truncated)` : choice.profile;
    return `${name} (${FROM_WORDS[choice.from]})`;
  }
  if (marks.includes('CREDENTIALS_HTTP')) return 'container credentials endpoint';
  return useInstanceMetadata ? 'instance or container metadata service' : "the AWS SDK's credential chain";
}

/** The credential chain, remembering in words where the last credentials it handed out came from. */
export function describedCredentialChain(
  profile: string | undefined,
  useInstanceMetadata: boolean,
): { provider: AwsCredentialIdentityProvider; source(): string | undefined } {
  const chainProvider = credentialChain(profile, useInstanceMetadata);
  let source: string | undefined;
  return {
    provider: async (options) => {
      const credentials = await chainProvider(options);
      source = describeCredentialSource(credentials as { $source?: object }, profileChoice(profile), useInstanceMetadata);
      return credentials;
    },
    source: () => source,
  };
}
