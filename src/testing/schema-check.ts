// Compiles the JSON Schemas that requests bring (function tools' `parameters`, `text.format.schema`) with Ajv, in
// the dialect each declares with `$schema`. Every such compile goes through here, and so through one bounded cache.
import { loadAjvDialects, type AjvDialects } from './peer.js';
import { createToolSchemaCache, type ToolChecker } from './tool-schema-cache.js';

/** A compiled schema: whether a value is valid. Never throws (a value too deep for Ajv is invalid). */
export type SchemaCheck = (value: unknown) => boolean;

/** A compiled schema, or why Ajv could not compile it. */
export type CompiledSchema = SchemaCheck | { error: string };

/** The JSON Schema dialects the emulator tells apart. */
export type Dialect = 'draft-07' | '2019-09' | '2020-12';

/** Compiles request schemas. */
export interface SchemaCompiler {
  /** Compiles `schema` in the dialect its `$schema` names (2020-12 when none); cached by schema text. */
  compile(schema: Record<string, unknown>): CompiledSchema;
}

/**
 * The dialect `$schema` names: draft-07 (also draft-06 and draft-04, which Ajv's draft-07 class reads well enough),
 * 2019-09, or 2020-12 (also for no `$schema`, or one the emulator does not know).
 */
export function dialectOf(schema: Record<string, unknown>): Dialect | undefined {
  const uri = schema['$schema'];
  if (typeof uri !== 'string') return undefined;
  if (/json-schema\.org\/draft-0[4-7]\/schema/.test(uri)) return 'draft-07';
  if (uri.includes('json-schema.org/draft/2019-09/')) return '2019-09';
  return '2020-12';
}

/**
 * A compiler over Ajv's classes, one bounded cache per dialect (`tool-schema-cache.ts`: Ajv instances in generations,
 * dropped whole, since Ajv keeps every schema it compiled for as long as the instance lives).
 */
export function createSchemaCompiler(classes: AjvDialects): SchemaCompiler {
  const options = { strict: false, validateSchema: true, validateFormats: false, logger: false } as const;
  const CLASSES = { 'draft-07': classes.draft07, '2019-09': classes.draft2019, '2020-12': classes.draft2020 };
  const caches = new Map<Dialect, (schema: Record<string, unknown>) => ToolChecker>();
  const compileIn = (dialect: Dialect, schema: Record<string, unknown>): CompiledSchema => {
    let cache = caches.get(dialect);
    if (!cache) caches.set(dialect, (cache = createToolSchemaCache(() => new CLASSES[dialect](options))));
    const result = cache(schema);
    if (typeof result !== 'function') return result;
    // A value too deep for Ajv's recursion is invalid rather than an exception.
    return (value) => {
      try {
        return result(value);
      } catch {
        return false;
      }
    };
  };

  return {
    compile(schema) {
      // The cache leaves out `$schema` (the dialect is chosen here: Ajv would look its meta-schema up by that URI)
      // and `$id` (so that one request's ids cannot clash with another's).
      const declared = dialectOf(schema);
      let result: CompiledSchema;
      try {
        result = compileIn(declared ?? '2020-12', schema);
        // No `$schema`: a schema written for draft-07 (an array `items`, a tuple) still compiles.
        if (declared === undefined && typeof result !== 'function') {
          const draft07 = compileIn('draft-07', schema);
          if (typeof draft07 === 'function') result = draft07;
        }
      } catch (error) {
        return { error: `The schema cannot be read: ${(error as Error).message}` };
      }
      return result;
    },
  };
}

let shared: Promise<SchemaCompiler> | undefined;

/** The emulator's schema compiler (loads Ajv on first use). */
export function loadSchemaCompiler(): Promise<SchemaCompiler> {
  shared ??= loadAjvDialects().then(createSchemaCompiler, (error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
