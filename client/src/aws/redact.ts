// The log's last line of defence against credentials, apart from the AWS SDK so that the extension's own bundle (the
// status panel, the palette) redacts its log lines too without loading the SDK.

/**
 * Removes anything that looks like a credential from a log line (belt and braces: lines are built without them).
 * Every pattern starts with a literal and has one unambiguous repetition, so each is linear in the line's length.
 */
export function redact(line: string): string {
  return line
    .replace(/\b(AKIA|ASIA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{12,}\b/g, '[redacted]')
    .replace(/Signature=[0-9a-fA-F]+/g, 'Signature=[redacted]')
    .replace(/Credential=[^\s,]+/g, 'Credential=[redacted]')
    .replace(/(X-Amz-Security-Token|x-amz-security-token|SessionToken|aws_session_token)([=:]\s*)\S+/g, '$1$2[redacted]')
    .replace(/(Authorization|authorization)([=:]\s*)\S+/g, '$1$2[redacted]');
}
