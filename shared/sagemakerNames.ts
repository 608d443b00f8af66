// SageMaker's rule for resource names (endpoints, endpoint configurations): letters, digits and hyphens, not starting
// or ending with a hyphen, up to a length limit. The provider checks the characters and the first hyphen
// (validName); the API also rejects a trailing one. The server's name constraint and the client's checks of
// endpoint names both use this. The character pattern is linear, and isSageMakerName bounds the length first anyway.

/** The characters a SageMaker name may hold. */
export const NAME_CHARACTERS = /^[0-9A-Za-z-]+$/;

/** SageMaker's EndpointName limit. */
export const ENDPOINT_NAME_MAX = 63;

/** True when `text` is a full SageMaker name of at most `maxLength` characters. */
export function isSageMakerName(text: unknown, maxLength: number): text is string {
  return (
    typeof text === 'string' &&
    text.length >= 1 &&
    text.length <= maxLength &&
    NAME_CHARACTERS.test(text) &&
    !text.startsWith('-') &&
    !text.endsWith('-')
  );
}
