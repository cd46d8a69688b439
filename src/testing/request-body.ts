// Reading a request body: bounded in size (413 beyond the limit), and decoded as strict UTF-8, saying where it is not.

/** The body text and its size in bytes, or why it cannot be used. */
export type BodyText = { text: string; bytes: number } | { status: 400 | 413; message: string };

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or `-1` when all are valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i] as number;
    let length = 0;
    let min = 0;
    if (byte < 0x80) length = 1;
    else if (byte >= 0xc2 && byte < 0xe0) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte < 0xf0) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte < 0xf5) [length, min] = [4, 0x10000];
    else return i;
    let code = length === 1 ? byte : byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads `request`'s body as UTF-8 text of at most `maxBytes` bytes. */
export async function readBodyText(request: Request, maxBytes: number): Promise<BodyText> {
  const tooLarge = { status: 413, message: `Request body is larger than ${maxBytes} bytes.` } as const;
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return tooLarge;
  }
  if (!request.body) return { text: '', bytes: 0 };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge;
      }
      chunks.push(value);
    }
  } catch {
    return {
      status: 400,
      message: 'The request body could not be read: the connection ended before the body did.',
    };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { text: decoder.decode(bytes), bytes: size };
  } catch {
    return {
      status: 400,
      message: `The request body is not valid UTF-8 (first invalid byte at offset ${invalidUtf8Offset(bytes)}).`,
    };
  }
}

/**
 * Whether FastAPI would parse a body with this `Content-Type` as JSON: when there is none (or it is empty), or when
 * it is `application/json` or `application/*+json` (parameters and case aside). With any other type it validates the
 * raw bytes instead, which no JSON object schema accepts.
 */
export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null || contentType === '') return true;
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const [type, subtype, ...more] = mediaType.split('/');
  if (subtype === undefined || more.length > 0) return false;
  return type === 'application' && (subtype === 'json' || subtype.endsWith('+json'));
}
