// Compiles the JSON Schemas that requests bring (function tools' `parameters`, `text.format.schema`) with Ajv, in
// the dialect each declares with `$schema`. Every such compile goes through `compileSchema`, so that one bounded cache
// (or the lead's shared one) can sit in front of Ajv.
import { loadAjvDialects, type AjvDialects } from './peer.js';

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

const CACHE_LIMIT = 256;
type AjvInstance = InstanceType<AjvDialects['draft2020']> | InstanceType<AjvDialects['draft07']>;

/**
 * A compiler over Ajv's classes. It keeps at most 256 compiled schemas; when full it starts over with new Ajv
 * instances, since Ajv keeps every schema it compiled for as long as the instance lives.
 */
export function createSchemaCompiler(classes: AjvDialects): SchemaCompiler {
  const options = { strict: false, validateSchema: true, validateFormats: false, logger: false } as const;
  let instances = new Map<Dialect, AjvInstance>();
  const cache = new Map<string, CompiledSchema>();
  const ajvFor = (dialect: Dialect): AjvInstance => {
    let ajv = instances.get(dialect);
    if (!ajv) {
      const Class =
        dialect === 'draft-07'
          ? classes.draft07
          : dialect === '2019-09'
            ? classes.draft2019
            : classes.draft2020;
      ajv = new Class(options);
      instances.set(dialect, ajv);
    }
    return ajv;
  };

  const compileIn = (dialect: Dialect, schema: Record<string, unknown>): CompiledSchema => {
    try {
      const validate = ajvFor(dialect).compile(schema);
      return (value) => {
        try {
          return validate(value) === true;
        } catch {
          return false;
        }
      };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };

  return {
    compile(schema) {
      // The dialect is chosen here, so `$schema` goes (Ajv would look its meta-schema up by that URI, and the
      // variants with and without `#` differ); `$id` goes so that one request's ids cannot clash with another's.
      const { $schema: _dialect, $id: _id, ...rest } = schema;
      const declared = dialectOf(schema);
      let key: string;
      try {
        key = `${declared ?? ''} ${JSON.stringify(rest)}`;
      } catch (error) {
        return { error: `The schema cannot be read: ${(error as Error).message}` };
      }
      let result = cache.get(key);
      if (result === undefined) {
        if (cache.size >= CACHE_LIMIT) {
          cache.clear();
          instances = new Map();
        }
        result = compileIn(declared ?? '2020-12', rest);
        // No `$schema`: a schema written for draft-07 (an array `items`, a tuple) still compiles.
        if (declared === undefined && typeof result !== 'function') {
          const draft07 = compileIn('draft-07', rest);
          if (typeof draft07 === 'function') result = draft07;
        }
        cache.set(key, result);
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
