/**
 * The sentences a reviewer reads in the job summary, one template per rule, all in one place.
 *
 * Values that come from the item may have been chosen by the sender (organization ids from the
 * parties, management emails). Only values made of ordinary id/email characters are quoted
 * back; anything else is described, not echoed, so a reason never carries markup or a
 * workflow command. Report writers still escape what they print.
 */
import type { AllowEntryBase } from '../policy/types.js';
import type { MatchedEntry } from './types.js';
import { lapsesAt } from './in-force.js';
import { HANDSHAKE_STATES } from '../model/items.js';
import { UNIDENTIFIED_SENDER } from '../model/sender.js';

type ListName = MatchedEntry['list'];

const PLAIN = /^[A-Za-z0-9._@+-]+$/;

/**
 * The longest value a reason quotes back: AWS's are shorter (an account id 12 characters, an
 * organization id 34, a management email 64, a state or type a word). With it, the sender's part of
 * a reason is bounded, so the reason as a whole is (MAX_REASON_LENGTH).
 */
export const SHOWN_MAX_LENGTH = 64;

/**
 * Writers show a reason, and the detail of an item accepted against the policy, whole up to this
 * many characters. Every one this release builds is shorter (the longest, a handshake's detail with
 * every sender value at SHOWN_MAX_LENGTH, is about 750): our words are never cut because a sender's
 * value was long. Only a reason read from a shard report file, or an allow entry's long note, can
 * reach it.
 */
export const MAX_REASON_LENGTH = 1000;

/**
 * `value` when it is plain id/email text of at most SHOWN_MAX_LENGTH characters, otherwise a short
 * description that does not echo it.
 */
export function shown(value: string): string {
  if (!PLAIN.test(value)) return `(a value of ${value.length} characters with unusual characters, not shown)`;
  return value.length <= SHOWN_MAX_LENGTH ? value : `(a value of ${value.length} characters, too long to show)`;
}

/** `iot.allow[1] (line 8)` */
export function citeEntry(list: ListName, entry: Pick<AllowEntryBase, 'index' | 'position'>): string {
  return `${list}[${entry.index}] (line ${entry.position.line})`;
}

/** A note flattened to one line: it is written by the policy author but may span lines. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function lapsedClause(until: string | undefined): string {
  if (until === undefined) return 'is not in force';
  if (lapsesAt(until) === undefined) return `has an until (${shown(until)}) that is not a valid YYYY-MM-DD date, so it is treated as lapsed`;
  return `lapsed at the end of ${until} (UTC)`;
}

// ---- both kinds ---------------------------------------------------------------------------

/** "allowed by iot.allow[0] (line 5) until the end of 2026-10-31 (UTC): factory provisioning account" */
export function allowedBy(list: ListName, entry: AllowEntryBase): string {
  const until = entry.until === undefined ? '' : ` until the end of ${entry.until} (UTC)`;
  const note = entry.note === undefined || oneLine(entry.note) === '' ? '' : `: ${oneLine(entry.note)}`;
  return `allowed by ${citeEntry(list, entry)}${until}${note}`;
}

// ---- certificate transfers ----------------------------------------------------------------

export function outgoingTransfer(targetAccount: string | undefined): string {
  const target = targetAccount === undefined || targetAccount === '' ? 'an account that could not be determined' : shown(targetAccount);
  return `outgoing transfer to ${target}: this account is the source; only the destination can reject it`;
}

export function unknownSource(): string {
  return 'the source account could not be determined, so no iot.allow entry can match it (default deny)';
}

export function sourceNotAllowed(sourceAccount: string): string {
  return `source account ${shown(sourceAccount)} is not in iot.allow`;
}

/** "iot.allow[1] (line 8) would allow 444455556666 but lapsed at the end of 2026-10-31 (UTC)" */
export function iotEntryLapsed(entry: AllowEntryBase, sourceAccount: string): string {
  return `${citeEntry('iot.allow', entry)} would allow ${shown(sourceAccount)} but ${lapsedClause(entry.until)}`;
}

// ---- handshakes ---------------------------------------------------------------------------

export interface HandshakeSender {
  readonly type: string;
  readonly organizationId?: string | undefined;
  readonly managementAccountId?: string | undefined;
  readonly managementEmail?: string | undefined;
}

const known = (v: string | undefined): v is string => v !== undefined && v !== '';

/**
 * Whether the handshake names anything an organizations.allow entry could match (decide/match.ts:
 * an entry matches only on a known organization, management account or email).
 */
function identified(sender: HandshakeSender): boolean {
  return known(sender.organizationId) || known(sender.managementAccountId) || known(sender.managementEmail);
}

/** "the INVITE handshake from organization o-…, management account …, management email …" */
function describeHandshake(sender: HandshakeSender): string {
  const parts = [
    known(sender.organizationId) ? `organization ${shown(sender.organizationId)}` : undefined,
    known(sender.managementAccountId) ? `management account ${shown(sender.managementAccountId)}` : undefined,
    known(sender.managementEmail) ? `management email ${shown(sender.managementEmail)}` : undefined,
  ].filter(known);
  const from = parts.length === 0 ? `an ${UNIDENTIFIED_SENDER}` : parts.join(', ');
  return `the ${shown(sender.type)} handshake from ${from}`;
}

/**
 * The one type whose handshake from an unidentified sender is told how to get through: only a
 * TRANSFER_RESPONSIBILITY's ARN may name our own side (toHandshakeItem, directionOf), so only a
 * billing transfer can be both expected and unidentified. For any other type (an INVITE above all,
 * the main protection) leaving it ungoverned is not advice worth giving.
 */
const UNGOVERN_ADVISED_TYPE = 'TRANSFER_RESPONSIBILITY';

/** Where the costs of leaving the type ungoverned are explained at length. */
const UNIDENTIFIED_SENDER_DOCS = 'docs/policy.md#handshakes-from-an-unidentified-sender';

/**
 * What leaving TRANSFER_RESPONSIBILITY ungoverned costs, for as long as it is: the list is
 * policy-wide, so it costs every guarded account; one accepted early in that time may have dropped
 * off the listing before the type is governed again, so never flagged; and allow entries narrowed to
 * the type must change too, or the policy is invalid (semantic-checks: a narrowed type must be governed).
 */
const UNGOVERN_COSTS =
  `meanwhile no ${UNGOVERN_ADVISED_TYPE} handshake is declined in any guarded account, another one accepted early on may never be flagged, ` +
  `and allow entries narrowed to that type must change too (see ${UNIDENTIFIED_SENDER_DOCS})`;

export function outgoingHandshake(recipient: string | undefined): string {
  const to = recipient === undefined || recipient === '' ? '' : ` to ${shown(recipient)}`;
  return `outgoing handshake${to}: sent by this account's own organization; only the recipient can decline it`;
}

export function handshakeNotOpen(state: string): string {
  // A state AWS adds later is not "already" anything we know of: say so rather than guess.
  const known = (HANDSHAKE_STATES as readonly string[]).includes(state);
  return `${known ? 'already' : 'in state'} ${shown(state)}${known ? '' : ', which this release does not know'}; only OPEN and REQUESTED handshakes can be declined`;
}

export function handshakeTypeNotGoverned(type: string): string {
  return `type ${shown(type)} is not governed by organizations.handshake-types`;
}

/** "no organizations.allow entry matches the INVITE handshake from …" ("can match" when its sender is unidentified). */
export function handshakeNotAllowed(sender: HandshakeSender): string {
  return `no organizations.allow entry ${identified(sender) ? 'matches' : 'can match'} ${describeHandshake(sender)}`;
}

/**
 * A pending handshake's decline: handshakeNotAllowed, and for a TRANSFER_RESPONSIBILITY from an
 * unidentified sender how to accept one that is expected, with what that costs.
 */
export function handshakeDeclined(sender: HandshakeSender): string {
  const why = handshakeNotAllowed(sender);
  if (identified(sender) || sender.type !== UNGOVERN_ADVISED_TYPE) return why;
  return (
    `${why}. To accept one you expect, leave ${UNGOVERN_ADVISED_TYPE} out of organizations.handshake-types (through a reviewed pull request) ` +
    `until 30 days after you accept it, when Organizations stops listing it (a run flags it till then); ${UNGOVERN_COSTS}`
  );
}

/** Why ListAccounts' organization may invite: the clause both reasons below end on. */
const GUARDED_ORGANIZATION = 'the organization this run guards (targets.organization: its ListAccounts named it)';

/** "the INVITE handshake from organization o-…, … comes from the organization this run guards …: left alone" (pending). */
export function guardedOrganizationInvite(sender: HandshakeSender): string {
  return `${describeHandshake(sender)} comes from ${GUARDED_ORGANIZATION}: it is how an account joins that organization, so it is not declined`;
}

/** "already ACCEPTED: the INVITE handshake from organization o-… comes from the organization this run guards …" */
export function guardedOrganizationInviteAccepted(sender: HandshakeSender): string {
  return `already ACCEPTED: ${describeHandshake(sender)} comes from ${GUARDED_ORGANIZATION}: that is how the account joined it, not against the policy`;
}

/** "accepted before this run, though the policy does not allow it: no organizations.allow entry matches …" */
export function acceptedNotAllowed(why: string): string {
  return `accepted before this run, though the policy does not allow it: ${why}`;
}

/** What to look at first, by what accepting the handshake did; `known`: whether the sending organization is. */
function afterAccepting(type: string, known: boolean): string {
  const organization = known ? 'that organization' : 'the organization that sent it';
  if (type === 'INVITE') return `The account may now be a member of ${organization}: review its organization membership now.`;
  if (type === UNGOVERN_ADVISED_TYPE) return `${known ? 'That organization' : 'The organization that sent it'} may now be responsible for this organization's billing: review the billing transfer now.`;
  return "Review the account's organization membership and billing now.";
}

/**
 * The detail of a handshake flagged as accepted before the run: what was seen, who sent it (ids and
 * plain text only, through `shown`), and what to do. From an unidentified sender no entry can
 * acknowledge it: the flag stops by itself once the listing drops it, the safer way; leaving a
 * TRANSFER_RESPONSIBILITY's type ungoverned stops it sooner, at UNGOVERN_COSTS.
 */
export function acceptedBeforeRunDetail(sender: HandshakeSender): string {
  const known = identified(sender);
  const intended = known
    ? 'If it was intended, acknowledge it by allowing the sender in organizations.allow through a reviewed pull request; the report then stops flagging it.'
    : `If it was intended: no organizations.allow entry can match an ${UNIDENTIFIED_SENDER}, but the flag stops by itself once Organizations stops listing the handshake, 30 days after it was accepted.` +
      (sender.type === UNGOVERN_ADVISED_TYPE
        ? ` Leaving ${UNGOVERN_ADVISED_TYPE} out of organizations.handshake-types (through a reviewed pull request) until then stops it sooner, but ${UNGOVERN_COSTS}.`
        : '');
  return (
    'Accepted in this account before this run: the handshake listing shows it ACCEPTED (Organizations keeps finished handshakes listed for 30 days), ' +
    `so there is nothing left to decline. It is ${describeHandshake(sender)}, which the policy does not allow. ${afterAccepting(sender.type, known)} ` +
    intended
  );
}

/** "accepted after this run listed it, though the policy does not allow it: …" (a certificate found accepted when described). */
export function acceptedAfterListing(why: string): string {
  return `accepted after this run listed it, though the policy does not allow it: ${why}`;
}

/**
 * The detail of a certificate transfer listed as pending that DescribeCertificate then found
 * accepted into this account (in `status`, AWS's word, through `shown`), and what to do.
 */
export function acceptedAfterListingDetail(status: string): string {
  return (
    `Listed as pending, then DescribeCertificate found it ${shown(status)} and owned by this account: accepted after it was listed, so there is nothing left to reject. ` +
    'The certificate is now one of this account\'s: check with whoever accepted it, and deactivate or delete it if it was not meant to be. ' +
    'If it was intended, allow the source in iot.allow through a reviewed pull request.'
  );
}

export function organizationsEntryLapsed(entry: AllowEntryBase, sender: HandshakeSender): string {
  return `${citeEntry('organizations.allow', entry)} would allow ${describeHandshake(sender)} but ${lapsedClause(entry.until)}`;
}

export function organizationsEntryTypeExcluded(
  entry: AllowEntryBase & { readonly handshakeTypes?: readonly string[] | undefined },
  sender: HandshakeSender,
): string {
  const types = entry.handshakeTypes ?? [];
  const cover = types.length === 0 ? 'its handshake-types list is empty' : `its handshake-types cover only ${types.map(shown).join(', ')}`;
  return `${citeEntry('organizations.allow', entry)} names the sender of ${describeHandshake(sender)} but ${cover}`;
}
