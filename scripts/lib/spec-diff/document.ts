// A bundled OpenAPI document as the spec diff reads it: parsed from JSON or YAML, with local `$ref`s resolved on
// demand (a bundle has no other kind).
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/** A JSON object of the document. */
export type Json = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not an array). */
export const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Thrown for a file that cannot be read as an OpenAPI document, or a `$ref` that leads nowhere. */
export class SpecDocumentError extends Error {
  override readonly name = 'SpecDocumentError';
}

/** One side of the comparison: the parsed document and where it came from. */
export interface SpecDocument {
  /** The file it was read from, for the report. */
  readonly source: string;
  readonly root: Json;
}

/** Parses a document's text: JSON when it looks like JSON, otherwise YAML. */
export function parseDocument(text: string, source: string): SpecDocument {
  let root: unknown;
  try {
    root = text.trimStart().startsWith('{') ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new SpecDocumentError(`${source} is neither JSON nor YAML: ${(error as Error).message}`);
  }
  if (!isJson(root) || typeof root['openapi'] !== 'string') {
    throw new SpecDocumentError(`${source} is not an OpenAPI document (no top-level "openapi" field).`);
  }
  return { source, root };
}

/** Reads and parses a document file. */
export async function readDocument(path: string): Promise<SpecDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SpecDocumentError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  return parseDocument(text, path);
}

/** The target of a local `$ref` (`#/components/schemas/Name`), following chains of refs. */
export function resolveRef(document: SpecDocument, ref: string): unknown {
  let target: unknown = document.root;
  const seen = new Set<string>();
  let current = ref;
  for (;;) {
    if (!current.startsWith('#')) {
      throw new SpecDocumentError(
        `${document.source}: "$ref: ${current}" points outside the document; compare bundled specs.`,
      );
    }
    target = document.root;
    for (const segment of current.slice(1).split('/').slice(1)) {
      const key = decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');
      target = isJson(target) || Array.isArray(target) ? (target as Json)[key] : undefined;
    }
    if (target === undefined)
      throw new SpecDocumentError(`${document.source}: "$ref: ${current}" is not defined.`);
    const next = isJson(target) ? target['$ref'] : undefined;
    if (typeof next !== 'string') return target;
    if (seen.has(next)) throw new SpecDocumentError(`${document.source}: "$ref: ${ref}" refers to itself.`);
    seen.add(current);
    current = next;
  }
}

/** `value` with its `$ref` followed when it has one. */
export function deref(document: SpecDocument, value: unknown): unknown {
  return isJson(value) && typeof value['$ref'] === 'string' ? resolveRef(document, value['$ref']) : value;
}

/** The name a `$ref` gives its target: the last segment of the pointer (`Response` for `#/components/schemas/Response`). */
export function refName(value: unknown): string | undefined {
  if (!isJson(value) || typeof value['$ref'] !== 'string') return undefined;
  return value['$ref'].split('/').at(-1);
}
