/**
 * The promise the client's request methods return: awaited, it gives their result as it always did;
 * `.withResponse()` adds the fetch `Response`, `.asResponse()` gives that `Response` alone with its body unread (as
 * openai-node's `APIPromise` does).
 *
 * @module
 */

/** A result together with the fetch `Response` of the final attempt that produced it. */
export interface WithResponse<T> {
  /** What awaiting the promise gives. */
  data: T;
  /** The HTTP reply: status, headers, url. Its body was read to make `data` (a stream's is being read by it). */
  response: globalThis.Response;
}

/** Sends the request; `raw` asks for the reply's body to be left unread. */
type Start<T> = (raw: boolean) => Promise<WithResponse<T>>;

/**
 * A `Promise` of a request's result, with the HTTP reply on request.
 *
 * The request is sent once, in a microtask after the promise is made, so `.asResponse()` called on the promise as
 * it was returned can still ask for the body to be left unread. Awaiting the promise (or `.withResponse()`) and
 * `.asResponse()` exclude each other: whichever comes second rejects with a `TypeError`.
 *
 * @example
 * ```ts
 * const { data, response } = await client.responses.create({ model: 'gpt-5-mini', input: 'Hi' }).withResponse();
 * console.log(response.status, response.headers.get('x-request-id'), data.output_text);
 * ```
 */
export class APIPromise<T> implements Promise<T> {
  readonly #start: Start<T>;
  #reply: Promise<WithResponse<T>> | undefined;
  #raw = false;

  /** @internal The client makes these. */
  constructor(start: Start<T>) {
    this.#start = start;
    queueMicrotask(() => {
      if (!this.#reply) void this.#send(false);
    });
  }

  #send(raw: boolean): Promise<WithResponse<T>> {
    if (!this.#reply) {
      this.#raw = raw;
      this.#reply = this.#start(raw);
    }
    return raw === this.#raw
      ? this.#reply
      : this.#reply.then(() => {
          throw new TypeError(
            'asResponse() excludes await and withResponse(): call it at once on the promise the method returned.',
          );
        });
  }

  /** The result and the fetch `Response` of the final attempt (its body already read). */
  withResponse(): Promise<WithResponse<T>> {
    return this.#send(false);
  }

  /**
   * The fetch `Response` of the final attempt, its body unread: read it yourself. Error statuses still reject with
   * an `APIError`. In a conversation such a turn does not move `previousResponseId` (its id is in the body).
   */
  asResponse(): Promise<globalThis.Response> {
    return this.#send(true).then(({ response }) => response);
  }

  /** Sends the request (if not yet sent) and settles with its result, as a `Promise` does. */
  then<Fulfilled = T, Rejected = never>(
    onfulfilled?: ((value: T) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.#send(false)
      .then(({ data }) => data)
      .then(onfulfilled, onrejected);
  }

  /** As `Promise.prototype.catch`. */
  catch<Rejected = never>(
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<T | Rejected> {
    return this.then(undefined, onrejected);
  }

  /** As `Promise.prototype.finally`. */
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** `[object APIPromise]` for `Object.prototype.toString`. */
  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}
