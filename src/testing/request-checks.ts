// Validation of a Responses request against the spec: path parameters, the JSON documents in the security headers,
// and the body. Every problem is reported at once, FastAPI style, as the real (FastAPI) server does.
import type {
  ConfigHeader,
  FeaturesHeader,
  PolicyHeader,
  ResponseCreateParams,
  ValidationErrorDetail,
} from '../types.js';
import { redactValue } from '../internal/redact.js';
import { parseJson } from './json-syntax.js';
import { invalidUtf8Offset, isJsonContentType } from './request-body.js';
import { recordBody, type RecordedRequest } from './request-log.js';
import type { SpecValidator } from './validation.js';

/** A request that passed validation. */
export interface CheckedRequest {
  body: ResponseCreateParams;
  features: FeaturesHeader | undefined;
  policy: PolicyHeader | undefined;
  config: ConfigHeader | undefined;
  /** The `X-Session-ID` sent, if any. */
  sessionId: string | undefined;
}

/** Why a request was refused: its problems, and the status (422 when the body was not JSON at all, as FastAPI). */
export interface RejectedRequest {
  status: 400 | 422;
  details: ValidationErrorDetail[];
}

/** FastAPI's error for a body it did not parse (its `Content-Type` is not JSON): the bytes are no object. */
const UNPARSED_BODY: ValidationErrorDetail = {
  loc: ['body'],
  msg: 'Input should be a valid dictionary or object to extract fields from',
  type: 'model_attributes_type',
};

const SECURITY_HEADERS = [
  { name: 'X-Features', schema: 'FeaturesHeader', field: 'features' },
  { name: 'X-Policy', schema: 'PolicyHeader', field: 'policy' },
  { name: 'X-Config', schema: 'ConfigHeader', field: 'config' },
] as const;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A header value as text: fetch carries header bytes as Latin-1 characters, so raw UTF-8 is decoded here. */
function headerText(value: string, name: string): { text: string } | { detail: ValidationErrorDetail } {
  const bytes = Uint8Array.from(value, (char) => char.charCodeAt(0) & 0xff);
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return {
      detail: {
        loc: ['header', name],
        msg: `${name} is not valid UTF-8 (first invalid byte at offset ${invalidUtf8Offset(bytes)}); send non-ASCII characters as \\u escapes.`,
        type: 'json_invalid',
      },
    };
  }
}

type Documents = Partial<Record<'features' | 'policy' | 'config', unknown>>;

function checkPath(
  validator: SpecValidator,
  params: { endpointType: string; provider?: string | undefined },
  details: ValidationErrorDetail[],
): void {
  details.push(
    ...validator.check('#/components/parameters/EndpointType/schema', params.endpointType, [
      'path',
      'endpoint_type',
    ]),
  );
  if (params.provider !== undefined) {
    details.push(
      ...validator.check('#/components/parameters/Provider/schema', params.provider, ['path', 'provider']),
    );
  }
}

/** Parses and validates the security headers that are present; records them redacted. */
function checkHeaders(
  validator: SpecValidator,
  request: Request,
  record: RecordedRequest,
  details: ValidationErrorDetail[],
): Documents {
  const documents: Documents = {};
  for (const header of SECURITY_HEADERS) {
    const raw = request.headers.get(header.name);
    if (raw === null) continue;
    const text = headerText(raw, header.name);
    if ('detail' in text) {
      details.push(text.detail);
      continue;
    }
    const parsed = parseJson(text.text, ['header', header.name], header.name);
    if ('detail' in parsed) {
      details.push(parsed.detail);
      continue;
    }
    record[header.field] = redactValue(parsed.value);
    documents[header.field] = parsed.value;
    details.push(
      ...validator.check(`#/components/schemas/${header.schema}`, parsed.value, ['header', header.name]),
    );
  }
  return documents;
}

/** Parses and validates the body; `status` is 422 for a body that is not JSON, as FastAPI answers. */
function checkBody(
  validator: SpecValidator,
  request: Request,
  bodyText: string,
  record: RecordedRequest,
  details: ValidationErrorDetail[],
): { body: unknown; status: 400 | 422 } {
  if (bodyText.trim() === '') {
    details.push({ loc: ['body'], msg: 'Field required', type: 'missing' });
    return { body: undefined, status: 400 };
  }
  if (!isJsonContentType(request.headers.get('content-type'))) {
    recordBody(record, bodyText);
    details.push(UNPARSED_BODY);
    return { body: undefined, status: 422 };
  }
  const parsed = parseJson(bodyText, ['body'], 'the request body');
  recordBody(record, bodyText, 'value' in parsed ? parsed : undefined);
  if ('detail' in parsed) {
    details.push(parsed.detail);
    return { body: undefined, status: 400 };
  }
  details.push(...validator.check('#/components/schemas/ResponseCreateParams', parsed.value, ['body']));
  return { body: parsed.value, status: 400 };
}

/**
 * Validates a Responses request; fills in `record` (parsed body and headers) as it goes. A body whose `Content-Type`
 * is not JSON is not parsed, and refused with 422 as FastAPI does.
 *
 * @param params - The path parameters (`endpoint_type`, and `provider` on the provider route).
 * @param bodyText - The body, already read as UTF-8 text.
 */
export function checkRequest(
  validator: SpecValidator,
  request: Request,
  params: { endpointType: string; provider?: string | undefined },
  bodyText: string,
  record: RecordedRequest,
): CheckedRequest | RejectedRequest {
  const details: ValidationErrorDetail[] = [];
  checkPath(validator, params, details);
  const documents = checkHeaders(validator, request, record, details);
  const { body, status } = checkBody(validator, request, bodyText, record, details);
  if (details.length > 0) return { status, details };
  const sessionId = request.headers.get('x-session-id')?.trim();
  return {
    body: body as ResponseCreateParams,
    features: documents.features as FeaturesHeader | undefined,
    policy: documents.policy as PolicyHeader | undefined,
    config: documents.config as ConfigHeader | undefined,
    sessionId: sessionId === undefined || sessionId === '' ? undefined : sessionId,
  };
}
