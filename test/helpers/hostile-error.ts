/**
 * A hostile AWS error message, as the review reproduced it: over 600 KB, with ESC, NUL, U+2028 and
 * U+202E, workflow commands and markup, and a SignatureDoesNotMatch-style echo of the canonical
 * request carrying the session token, the access key id (in X-Amz-Credential) and a GitHub token.
 */

/** Fake credentials (shaped like real ones) the message carries; none may be shown anywhere. */
export const SECRETS = {
  sessionToken: `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${'Zm9vYmFy'.repeat(40)}qXxYz0=`,
  accessKeyId: 'ASIAY34FZKBOKMUTVV7A',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  githubToken: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
} as const;

export function hostileErrorMessage(): string {
  const echo = [
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    '',
    'The Canonical String for this request should have been',
    "'GET",
    '/certificates',
    `X-Amz-Credential=${SECRETS.accessKeyId}%2F20261121%2Fus-east-1%2Fiot%2Faws4_request&marker=${SECRETS.githubToken}&pageSize=250`,
    'host:iot.us-east-1.amazonaws.com',
    'x-amz-date:20261121T101500Z',
    `x-amz-security-token:${SECRETS.sessionToken}`,
    '',
    'host;x-amz-date;x-amz-security-token',
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'",
    '',
    `The String-to-Sign should have been 'AWS4-HMAC-SHA256 20261121T101500Z 20261121/us-east-1/iot/aws4_request' (key ${SECRETS.secretAccessKey})`,
  ].join('\n');
  const hostile = '\u001b[31m\u0000::error::pwned\u2028::add-mask::x\u202Eevil <img src=x onerror=alert(1)> @octocat #1 $x$ ';
  return `${echo}\n${hostile.repeat(7000)}${'A'.repeat(20_000)}`;
}
