/**
 * Wire formats of the three AWS protocols the emulator speaks, for results and errors:
 * IoT REST-JSON (`x-amzn-ErrorType` header, `{ message }` body), Organizations AWS JSON 1.1
 * (`{ __type, Message }`), STS awsQuery (XML `<ErrorResponse><Error><Code>`).
 */
import type { ServerResponse } from 'node:http';
import type { ServiceName } from './types.ts';

/** An error answered in the service's own shape; the SDK turns `code` into its typed exception. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Extra members of the error structure, e.g. Organizations' `Reason`, Account's `fieldList`. */
  readonly fields: Record<string, unknown>;

  constructor(status: number, code: string, message: string, fields: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** A request resolved to an operation, before anything is executed. */
export interface Routed {
  operation: string;
  params: Record<string, unknown>;
  /** The certificate or handshake id the call names, if any. */
  targetId?: string | undefined;
}

export interface ApiResult {
  status: number;
  /** JSON-able body (IoT, Organizations) or the inner XML of `<OpResult>` (STS). */
  body?: unknown;
}

export function send(res: ServerResponse, service: ServiceName, operation: string, requestId: string, result: ApiResult): void {
  res.setHeader('x-amzn-RequestId', requestId);
  if (service === 'sts') {
    const xml = `<${operation}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <${operation}Result>\n${String(result.body ?? '')}  </${operation}Result>\n  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n</${operation}Response>\n`;
    finish(res, result.status, 'text/xml', xml);
    return;
  }
  const type = service === 'organizations' ? 'application/x-amz-json-1.1' : 'application/json';
  finish(res, result.status, type, result.body === undefined ? (service === 'organizations' ? '{}' : '') : JSON.stringify(result.body));
}

export function sendError(res: ServerResponse, service: ServiceName, requestId: string, error: ApiError): void {
  res.setHeader('x-amzn-RequestId', requestId);
  if (service === 'sts') {
    const type = error.status >= 500 ? 'Receiver' : 'Sender';
    const xml = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>${type}</Type>\n    <Code>${escapeXml(error.code)}</Code>\n    <Message>${escapeXml(error.message)}</Message>\n  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`;
    finish(res, error.status, 'text/xml', xml);
    return;
  }
  if (service === 'organizations') {
    finish(res, error.status, 'application/x-amz-json-1.1', JSON.stringify({ __type: error.code, Message: error.message, ...error.fields }));
    return;
  }
  if (service === 'account') {
    // Behind API Gateway: the error type alone in x-amzn-ErrorType (the model binds it to `errorType`).
    res.setHeader('x-amzn-ErrorType', error.code);
    finish(res, error.status, 'application/json', JSON.stringify({ message: error.message, ...error.fields }));
    return;
  }
  res.setHeader('x-amzn-ErrorType', `${error.code}:http://internal.amazon.com/coral/com.amazonaws.iot/`);
  finish(res, error.status, 'application/json', JSON.stringify({ message: error.message, ...error.fields }));
}

function finish(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}

/** The error each service sends for an injected 500 / 503. */
export function serverFault(service: ServiceName, status: 500 | 503): ApiError {
  if (service === 'account') {
    return status === 500
      ? new ApiError(500, 'InternalServerException', 'The operation failed because of an error internal to Amazon Web Services. Try your operation again later.')
      : new ApiError(503, 'ServiceUnavailableException', 'Service Unavailable');
  }
  if (service === 'iot') {
    return status === 500
      ? new ApiError(500, 'InternalFailureException', 'An unexpected error has occurred.')
      : new ApiError(503, 'ServiceUnavailableException', 'The service is temporarily unavailable.');
  }
  if (service === 'organizations') {
    return status === 500
      ? new ApiError(500, 'ServiceException', "AWS Organizations can't complete your request because of an internal service error. Try again later.")
      : new ApiError(503, 'ServiceUnavailableException', 'Service is unavailable. Try again later.');
  }
  return status === 500
    ? new ApiError(500, 'InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.')
    : new ApiError(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
}

/** The error each service sends when a token bucket is empty. */
export function throttled(service: ServiceName): ApiError {
  if (service === 'account') return new ApiError(429, 'TooManyRequestsException', 'Rate exceeded');
  if (service === 'iot') return new ApiError(400, 'ThrottlingException', 'Rate exceeded');
  if (service === 'organizations') {
    return new ApiError(429, 'TooManyRequestsException', 'You have sent too many requests in too short a period of time. The quota helps protect against denial-of-service attacks. Try again later.');
  }
  return new ApiError(400, 'Throttling', 'Rate exceeded');
}

/** The error for an access key id no account owns. */
export function unrecognizedKey(service: ServiceName): ApiError {
  return service === 'sts'
    ? new ApiError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.')
    : new ApiError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
}

export function missingAuth(service: ServiceName): ApiError {
  return service === 'sts'
    ? new ApiError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token')
    : new ApiError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
}
