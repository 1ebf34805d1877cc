/**
 * How each invitation service words its generic errors, from its API model (the httpError traits
 * and the members of its error structures). protocol.ts builds the replies from these; the
 * operations themselves live in ram-api.ts and security-invitations-api.ts.
 */
import type { InvitationServiceName } from './types.ts';

type ErrorSpec = readonly [status: number, code: string, message: string];

export interface ServiceProfile {
  /** The error sent when a token bucket is empty. */
  readonly throttled: ErrorSpec;
  /** The errors an injected http500 / http503 fault sends. */
  readonly internal: ErrorSpec;
  readonly unavailable: ErrorSpec;
  /** The JSON member that carries an error's message: `message` or `Message`, as the model names it. */
  readonly messageKey: 'message' | 'Message';
}

const UNAVAILABLE: ErrorSpec = [503, 'ServiceUnavailableException', 'The service is unavailable. Try again later.'];

export const PROFILES: Readonly<Record<InvitationServiceName, ServiceProfile>> = {
  // RAM: ThrottlingException (429), ServerInternalException (500), ServiceUnavailableException (503).
  ram: {
    throttled: [429, 'ThrottlingException', 'Rate exceeded'],
    internal: [500, 'ServerInternalException', 'The operation failed because the service could not respond to the request due to an internal problem. Try again later.'],
    unavailable: [503, 'ServiceUnavailableException', "The operation failed because the service isn't available. Try again later."],
    messageKey: 'message',
  },
  // GuardDuty models no throttling error at all (only BadRequest 400, AccessDenied 403, NotFound 404,
  // Conflict 409, InternalServerError 500): 429 TooManyRequestsException is a guess (README).
  guardduty: {
    throttled: [429, 'TooManyRequestsException', 'Rate exceeded'],
    internal: [500, 'InternalServerErrorException', 'The request is rejected because of an internal server error.'],
    unavailable: UNAVAILABLE,
    messageKey: 'message',
  },
  // Macie: ThrottlingException 429, InternalServerException 500.
  macie2: {
    throttled: [429, 'ThrottlingException', 'Too many requests were sent during a certain amount of time.'],
    internal: [500, 'InternalServerException', 'An unknown internal server error, exception, or failure occurred.'],
    unavailable: UNAVAILABLE,
    messageKey: 'message',
  },
  // Security Hub: ListInvitations models LimitExceededException (429, "... or throttling limits"), InternalException 500.
  securityhub: {
    throttled: [429, 'LimitExceededException', 'Rate exceeded'],
    internal: [500, 'InternalException', 'Internal server error.'],
    unavailable: UNAVAILABLE,
    messageKey: 'Message',
  },
  // Detective: TooManyRequestsException 429, InternalServerException 500.
  detective: {
    throttled: [429, 'TooManyRequestsException', 'Too many requests.'],
    internal: [500, 'InternalServerException', 'The request was valid but failed because of a problem with the service.'],
    unavailable: UNAVAILABLE,
    messageKey: 'Message',
  },
};

export function profileOf(service: string): ServiceProfile | undefined {
  return Object.hasOwn(PROFILES, service) ? PROFILES[service as InvitationServiceName] : undefined;
}
