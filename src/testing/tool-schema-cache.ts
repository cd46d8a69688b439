// The compiled request schemas (function `parameters`, `text.format.schema`), bounded; `schema-check.ts` uses it.
//
// Ajv keeps every schema it compiles (keyed by the schema object, and by the `$id`s inside it) for the life of the
// instance, and offers no way to free one without leaving parts behind. So schemas are compiled in generations: one
// Ajv instance per generation, a new one once the current has compiled its share, and the previous one dropped whole
// when a third begins. A schema used again is compiled afresh into the current generation, so the ones in use stay
// while the instances that held the others are garbage.

/** How many compiled tool schemas the emulator keeps, at most (over two generations). */
export const TOOL_SCHEMA_CACHE_SIZE = 256;

/** How much schema text the kept generations compiled, at most (a few very large schemas end a generation early). */
export const TOOL_SCHEMA_CACHE_BYTES = 8 * 1024 * 1024;

/** A schema's text longer than this is compiled but not kept under its text (the key would cost as much). */
const MAX_KEY_LENGTH = 64 * 1024;

/** A compiled schema's checker, or why the schema cannot be compiled. */
export type ToolChecker = ((value: unknown) => boolean) | { error: string };

/** What the cache needs of an Ajv instance. */
export interface SchemaCompiler {
  compile(schema: object): (value: unknown) => unknown;
}

interface Generation {
  compiler: SchemaCompiler;
  checkers: Map<string, ToolChecker>;
  /** Schemas compiled into it (kept or not). */
  compiled: number;
  /** Characters of schema text compiled into it. */
  chars: number;
}

/** Compiles tool schemas with instances made by `createCompiler`, keeping at most about `size` of them. */
export function createToolSchemaCache(
  createCompiler: () => SchemaCompiler,
  { size = TOOL_SCHEMA_CACHE_SIZE, chars = TOOL_SCHEMA_CACHE_BYTES } = {},
): (schema: Record<string, unknown>) => ToolChecker {
  const fresh = (): Generation => ({
    compiler: createCompiler(),
    checkers: new Map(),
    compiled: 0,
    chars: 0,
  });
  let current = fresh();
  let previous: Generation | undefined;

  const compile = (schema: object, key: string): ToolChecker => {
    if (current.compiled >= size / 2 || current.chars >= chars / 2) {
      previous = current;
      current = fresh();
    }
    current.compiled++;
    current.chars += key.length;
    let checker: ToolChecker;
    try {
      const validate = current.compiler.compile(schema);
      checker = (value: unknown) => validate(value) === true;
    } catch (error) {
      checker = { error: error instanceof Error ? error.message : String(error) };
    }
    if (key.length <= MAX_KEY_LENGTH) current.checkers.set(key, checker);
    return checker;
  };

  return (schema) => {
    // `$schema` and `$id` are left out, so that a dialect Ajv does not know or an `$id` seen before cannot fail it.
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    const key = JSON.stringify(rest);
    const kept = current.checkers.get(key);
    if (kept !== undefined) return kept;
    const old = previous?.checkers.get(key);
    // An error holds no compiler and moves as it is; a checker is compiled again, so that it does not hold on to
    // the previous generation's instance.
    if (old !== undefined && typeof old !== 'function') {
      current.compiled++;
      current.checkers.set(key, old);
      return old;
    }
    return compile(rest, key);
  };
}
