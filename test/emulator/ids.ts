/** Identifier formats, ARNs and the reversible id scheme of virtual certificate fleets. */
import { HEX, LOWER_ALNUM, sha256Hex, type Rng } from './random.ts';

export const ACCOUNT_ID = /^\d{12}$/;
/** IoT certificateId: fixed length 64, pattern (0x)?[a-fA-F0-9]+ (as the model says). */
export const CERTIFICATE_ID = /^(0x)?[a-fA-F0-9]+$/;
export const HANDSHAKE_ID = /^h-[0-9a-z]{8,32}$/;
export const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;

export function isCertificateId(id: string): boolean {
  return id.length === 64 && CERTIFICATE_ID.test(id);
}

export function newCertificateId(rng: Rng): string {
  return rng.chars(64, HEX);
}

export function newHandshakeId(rng: Rng): string {
  return `h-${rng.chars(24, LOWER_ALNUM)}`;
}

export function newTransferId(rng: Rng): string {
  return `rt-${rng.chars(16, LOWER_ALNUM)}`;
}

export function certificateArn(region: string, account: string, certificateId: string): string {
  return `arn:aws:iot:${region}:${account}:cert/${certificateId}`;
}

/** A random version-4 UUID from the seeded generator (RAM invitation and share ids, client tokens). */
export function newUuid(rng: Rng): string {
  const h = rng.chars(32, HEX);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** RAM ARNs carry the sender's (share owner's) account: arn:aws:ram:<region>:<sender>:resource-share-invitation/<uuid>. */
export function resourceShareInvitationArn(region: string, sender: string, id: string): string {
  return `arn:aws:ram:${region}:${sender}:resource-share-invitation/${id}`;
}

export function resourceShareArn(region: string, sender: string, id: string): string {
  return `arn:aws:ram:${region}:${sender}:resource-share/${id}`;
}

export const RESOURCE_SHARE_INVITATION_ARN = /^arn:aws[a-z-]*:ram:[a-z0-9-]+:\d{12}:resource-share-invitation\/[A-Za-z0-9-]+$/;
export const RESOURCE_SHARE_ARN = /^arn:aws[a-z-]*:ram:[a-z0-9-]+:\d{12}:resource-share\/[A-Za-z0-9-]+$/;

/** Detective's GraphArn pattern from the model (the graph belongs to the administrator account). */
export const GRAPH_ARN = /^arn:aws[-\w]{0,10}?:detective:[-\w]{2,20}?:\d{12}?:graph:[abcdef\d]{32}?$/;

export function graphArn(region: string, administrator: string, graphId: string): string {
  return `arn:aws:detective:${region}:${administrator}:graph:${graphId}`;
}

/** arn:aws:organizations::<management-account>:handshake/<o-id>/<action lowercased>/<h-id> */
export function handshakeArn(managementAccount: string, organizationId: string, action: string, id: string): string {
  return `arn:aws:organizations::${managementAccount}:handshake/${organizationId}/${action.toLowerCase()}/${id}`;
}

// ---------------------------------------------------------------- fleet ids
// A fleet of a million certificates is never materialised. Certificate i's id is
//   sha256(key + p)[0..56] + hex8(p),   p = mix(i)   (mix is a bijection on 32-bit integers)
// so ids look random, and id -> index is O(1): read p from the tail, invert mix, check the head.

const MIX_A = 0x2c1b3c6d;
const MIX_B = 0x297a2d39;

function inverseOdd(a: number): number {
  let x = a; // Newton's iteration for the inverse modulo 2^32 (a is odd)
  for (let k = 0; k < 5; k++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x >>> 0;
}
const INV_A = inverseOdd(MIX_A);
const INV_B = inverseOdd(MIX_B);

export interface FleetCodec {
  idAt(index: number): string;
  /** The index of `id` in this fleet, or -1. */
  indexOf(id: string): number;
}

export function createFleetCodec(key: string, count: number): FleetCodec {
  const mask = parseInt(sha256Hex(`mask|${key}`).slice(0, 8), 16) >>> 0;
  const mix = (i: number): number => {
    let x = (i ^ mask) >>> 0;
    x = Math.imul(x, MIX_A) >>> 0;
    x = (x ^ (x >>> 16)) >>> 0;
    return Math.imul(x, MIX_B) >>> 0;
  };
  const unmix = (p: number): number => {
    let x = Math.imul(p, INV_B) >>> 0;
    x = (x ^ (x >>> 16)) >>> 0;
    x = Math.imul(x, INV_A) >>> 0;
    return (x ^ mask) >>> 0;
  };
  // A page compares a fleet certificate's key and then builds its record: both ask for the same id.
  let lastIndex = -1;
  let lastId = '';
  const idAt = (index: number): string => {
    if (index === lastIndex) return lastId;
    const p = mix(index);
    const tail = p.toString(16).padStart(8, '0');
    lastId = sha256Hex(`${key}|${tail}`).slice(0, 56) + tail;
    lastIndex = index;
    return lastId;
  };
  const indexOf = (id: string): number => {
    if (id.length !== 64 || !/^[0-9a-f]+$/.test(id)) return -1;
    const index = unmix(parseInt(id.slice(56), 16) >>> 0);
    if (index >= count) return -1;
    return idAt(index) === id ? index : -1;
  };
  return { idAt, indexOf };
}
