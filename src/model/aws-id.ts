/**
 * The shape of the id AWS gives each item (its kind's itemId), as summary-json passes it on for a
 * step to echo or post as it is (a Slack message, a ticket) and as a shard report must hold it.
 * What the ids are:
 * - an IoT certificate id: 64 hex digits;
 * - an Organizations handshake id: `h-` and 8 to 32 lowercase letters or digits;
 * - a GuardDuty, Macie or Security Hub invitation id: 32 hex digits in AWS's examples (their models
 *   say only "string"); without one, the administrator's account id (12 digits);
 * - a RAM invitation ARN, `arn:aws:ram:<region>:<account>:resource-share-invitation/<uuid>`, and a
 *   Detective behavior graph ARN, `arn:aws:detective:<region>:<account>:graph:<32 hex digits>`.
 * So: a bare id of letters, digits, `-` and `_`, or an ARN whose resource is such pieces joined by
 * single `/` or `:`. No space, dot, `//`, `@`, `#`, `<`, backtick or other markup: nothing a chat
 * links, mentions or renders (`https://evil.example/login`, `<!channel>`, `evil.example`).
 */

/** The longest id accepted: an ARN is at most 2048 characters. */
const MAX_ID_LENGTH = 2048;
const BARE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Partition (aws, aws-cn, aws-us-gov, …), service, region (none for a global service), account (12 digits or none), resource. */
const ARN_ID = /^arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12})?:[A-Za-z0-9_-]+(?:[/:][A-Za-z0-9_-]+)*$/;

/** Whether `id` has the shape of an id AWS gives the items inbound-guard reads (see above). */
export function isAwsIdForm(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && (BARE_ID.test(id) || ARN_ID.test(id));
}
