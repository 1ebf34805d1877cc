/** The action's version, shown in logs and sent in the AWS user agent (CloudTrail shows who called). */
export const VERSION = '0.1.0';
