// The emulator's handler, written on web `Request` → `Response` (no Node imports): routing, CORS, the request log,
// and an in-process `fetch` built on it.
import {
  errorReply,
  corsHeaders,
  isConnectionReset,
  jsonReply,
  newRequestId,
  preflightReply,
  resetError,
} from './http-replies.js';
import { follow } from './abort.js';
import { resolveOptions, type EmulatorOptions } from './options.js';
import { recordRequest, RequestLog, type RecordedRequest } from './request-log.js';
import { exchangeCursor, handleResponses, type RouteContext } from './responses-route.js';
import { ServerFault } from './faults.js';
import { SessionStore } from './sessions.js';
import { loadSpecValidator } from './validation.js';

/** Options of {@link Emulator.handle}. */
export interface HandleOptions {
  /**
   * Aborts the reply: pauses, stalls and streams stop. Pass the client's or the connection's signal; by default
   * `request.signal` (which, on Node 20, a garbage collection can detach from the signal it was made with).
   */
  signal?: AbortSignal | undefined;
}

/** The emulator: a request handler, an in-process fetch, and what it received. */
export interface Emulator {
  /**
   * Answers one request. Always resolves: errors are replies (4xx/5xx). A reply for which
   * `isConnectionReset(response)` is true stands for a reset connection (the `reset-before-headers` fault).
   */
  handle(request: Request, options?: HandleOptions): Promise<Response>;
  /**
   * A `fetch` that hands requests to {@link Emulator.handle} without a socket: a reset rejects with a `TypeError`
   * like fetch's, an abort with the signal's reason, and a dropped stream errors its body with `TypeError('terminated')`.
   */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /**
   * The requests received so far (newest last, at most `requestLogLimit`), with credentials masked; past
   * `requestLogBytes` of bodies, the oldest keep a summary without their `body`.
   */
  readonly requests: RecordedRequest[];
  /** The routes served, one `METHOD path` per entry. */
  readonly routes: readonly string[];
}

interface Route {
  pattern: RegExp;
  methods: readonly string[];
  /** How the route appears in {@link Emulator.routes}. */
  label: string;
  handle: (
    request: Request,
    match: RegExpExecArray,
    record: RecordedRequest,
    signal: AbortSignal,
  ) => Promise<Response> | Response;
}

function routesFor(context: RouteContext): Route[] {
  const responses = (
    request: Request,
    match: RegExpExecArray,
    record: RecordedRequest,
    signal: AbortSignal,
  ): Promise<Response> =>
    handleResponses(
      request,
      { endpointType: match[1] as string, provider: match[2] },
      record,
      context,
      signal,
    );
  const routes: Route[] = [
    {
      pattern: /^\/control\/([^/]+)\/v1\/responses$/,
      methods: ['POST'],
      label: 'POST /control/{endpoint_type}/v1/responses',
      handle: responses,
    },
    {
      pattern: /^\/control\/([^/]+)\/([^/]+)\/v1\/responses$/,
      methods: ['POST'],
      label: 'POST /control/{endpoint_type}/{provider}/v1/responses',
      handle: responses,
    },
    {
      pattern: /^\/control\/health$/,
      methods: ['GET'],
      label: 'GET /control/health',
      handle: () => jsonReply(200, { status: 'ok' }),
    },
  ];
  routes.push({
    pattern: /^\/control\/?$/,
    methods: ['GET'],
    label: 'GET /control/',
    handle: () => jsonReply(200, { routes: routes.map((route) => route.label) }),
  });
  return routes;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** Sends a request to the route its path and method match: 404 for no path, 405 for no method, CORS preflight. */
async function routeRequest(
  routes: Route[],
  request: Request,
  method: string,
  record: RecordedRequest,
  signal: AbortSignal,
): Promise<Response> {
  const path = decodePath(new URL(request.url).pathname);
  const matches = routes.flatMap((candidate) => {
    const match = candidate.pattern.exec(path);
    return match ? [{ route: candidate, match }] : [];
  });
  if (matches.length === 0) return errorReply(404, 'Not Found');
  const found = matches.find(({ route: candidate }) => candidate.methods.includes(method));
  if (method === 'OPTIONS')
    return preflightReply(matches.flatMap(({ route: candidate }) => candidate.methods));
  if (!found) {
    const allow = [...new Set(matches.flatMap(({ route: candidate }) => candidate.methods)), 'OPTIONS'].join(
      ', ',
    );
    return errorReply(405, 'Method Not Allowed', { allow });
  }
  return found.route.handle(request, found.match, record, signal);
}

/** The emulator's handler: records the request, routes it, turns a bug into a 500 and stamps the reply's headers. */
function createHandleAs(routes: Route[], log: RequestLog, options: EmulatorOptions): HandleAs {
  return async (request, method, handleOptions) => {
    const record = recordRequest(request, Date.now());
    record.method = method;
    log.add(record);
    let reply: Response;
    try {
      reply = await routeRequest(routes, request, method, record, handleOptions?.signal ?? request.signal);
    } catch (error) {
      // A bug must not take the server down: answer 500 and keep serving.
      const reason = error instanceof Error ? error.message : String(error);
      reply = errorReply(500, `Emulator error: ${reason}`);
    }
    if (!isConnectionReset(reply)) {
      reply.headers.set('x-request-id', newRequestId());
      for (const [name, value] of Object.entries(corsHeaders(request))) reply.headers.set(name, value);
      record.status = reply.status;
    }
    options.onRequest?.(record);
    return reply;
  };
}

/** A `fetch` that calls `handle` in process, settling as soon as the caller's signal aborts. */
function createInProcessFetch(handle: Emulator['handle']): Emulator['fetch'] {
  return async (input, init) => {
    const request = new Request(input, init);
    // Follow the caller's own signal: the one `new Request` derives from it may come loose (see abort.ts).
    const controller = new AbortController();
    follow(init?.signal ?? (input instanceof Request ? input.signal : undefined), controller);
    const signal = controller.signal;
    if (signal.aborted) throw signal.reason;
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    });
    aborted.catch(() => undefined);
    const reply = await Promise.race([handle(request, { signal }), aborted]);
    if (isConnectionReset(reply)) throw resetError();
    return reply;
  };
}

/**
 * Creates the emulator of Sequrity Control's Responses API: validation against the bundled spec, sessions, tool
 * calls, dual-LLM results, policy denials, replay and faults. Use {@link startMockServer} for a real HTTP server.
 *
 * @param options - Pacing, faults, replay and limits; see {@link EmulatorOptions}.
 * @throws {@link EmulatorSetupError} when the optional peer dependency `ajv` is not installed.
 * @example
 * ```ts
 * const emulator = await createEmulator();
 * const client = createLowLevelClient({ baseUrl: 'http://emulator', fetch: emulator.fetch });
 * ```
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const resolved = resolveOptions(options);
  const validator = await loadSpecValidator(options.spec);
  const log = new RequestLog(resolved.requestLogLimit, resolved.requestLogBytes);
  const context: RouteContext = {
    options,
    resolved,
    validator,
    sessions: new SessionStore(),
    serverFault: new ServerFault(options.fault),
    nextExchange: options.replay ? exchangeCursor(options.replay) : undefined,
  };
  const routes = routesFor(context);
  const handleAs = createHandleAs(routes, log, options);
  const handle = (request: Request, handleOptions?: HandleOptions): Promise<Response> =>
    handleAs(request, request.method, handleOptions);
  const emulator = {
    handle,
    fetch: createInProcessFetch(handle),
    requests: log.entries,
    routes: routes.map((route) => route.label),
  };
  methodHandlers.set(emulator, handleAs);
  return emulator;
}

type HandleAs = (request: Request, method: string, options?: HandleOptions) => Promise<Response>;
const methodHandlers = new WeakMap<Emulator, HandleAs>();

/**
 * Answers a request whose method a web `Request` cannot carry (fetch forbids `TRACE`, `TRACK` and `CONNECT`):
 * `request` stands for it without a body, and the reply is what any unsupported method gets (405 with `Allow`, or
 * 404). Internal to the `node:http` adapter.
 */
export function handleForbiddenMethod(
  emulator: Emulator,
  request: Request,
  method: string,
  options?: HandleOptions,
): Promise<Response> {
  const handleAs = methodHandlers.get(emulator);
  if (!handleAs) throw new TypeError('Not an emulator made by createEmulator().');
  return handleAs(request, method, options);
}
