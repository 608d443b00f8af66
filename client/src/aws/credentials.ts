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
