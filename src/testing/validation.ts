// Validation against the bundled spec's own schemas (Ajv, JSON Schema 2020-12), and of tool arguments against each
// tool's own parameter schema. Ajv is an optional peer dependency, loaded here on first use.
import type { ValidationErrorDetail } from '../types.js';
import { loadAjv } from './peer.js';
import { EmulatorSetupError } from './setup-error.js';
import type { SchemaError } from './error-details.js';
import { schemaErrors, type Loc, type ValidateAt } from './schema-errors.js';

/** Checks values against the spec and against tool schemas. */
export interface SpecValidator {
  /** The OpenAPI document the validator was built from. */
  readonly doc: Record<string, unknown>;
  /**
   * FastAPI-style errors of `value` against the schema at `pointer` (e.g. `#/components/schemas/FeaturesHeader`),
   * located under `loc`; empty when valid.
   */
  check(pointer: string, value: unknown, loc: Loc): ValidationErrorDetail[];
}

const cache = new WeakMap<object, Promise<SpecValidator>>();
let defaultDoc: Promise<object> | undefined;

/** The package's own bundled spec, through its public `./openapi.json` export. */
function loadDefaultDoc(): Promise<object> {
  defaultDoc ??= import('sequrity-responses/openapi.json', { with: { type: 'json' } }).then(
    (module) => module.default as object,
    (cause: unknown) => {
      defaultDoc = undefined;
      throw new EmulatorSetupError(
        'Could not import the bundled spec (sequrity-responses/openapi.json); pass it as the `spec` option.',
        { cause },
      );
    },
  );
  return defaultDoc;
}

async function build(doc: Record<string, unknown>): Promise<SpecValidator> {
  const Ajv2020 = await loadAjv();
  const options = { strict: false, validateSchema: false, validateFormats: false, logger: false } as const;
  // Two instances: one that stops at the first error says whether a value is valid (and costs time linear in its
  // size), one that collects every error explains the small parts that are not (see schema-errors.ts).
  const first = new Ajv2020({ ...options, allErrors: false });
  const all = new Ajv2020({ ...options, allErrors: true });
  for (const ajv of [first, all]) ajv.addSchema({ ...doc, $id: 'emulator-spec' });
  // Compile what every request needs now, so that the first request is not the slow one. The other instance compiles
  // on the first invalid request (about 0.2 s), which a run that sends none never pays.
  for (const name of ['ResponseCreateParams', 'FeaturesHeader', 'PolicyHeader', 'ConfigHeader']) {
    first.getSchema(`emulator-spec#/components/schemas/${name}`);
  }
  const validatorOf =
    (ajv: InstanceType<typeof Ajv2020>): ValidateAt =>
    (pointer, value) => {
      const validate = ajv.getSchema(`emulator-spec${pointer}`);
      if (!validate) return undefined;
      return validate(value) ? [] : (validate.errors ?? []);
    };
  const validators = { all: validatorOf(all), first: validatorOf(first) };

  return {
    doc,
    check: (pointer, value, loc) => {
      if (first.getSchema(`emulator-spec${pointer}`) === undefined) {
        throw new EmulatorSetupError(`The spec has no schema at ${pointer}.`);
      }
      return schemaErrors(doc, validators, pointer, value, loc);
    },
  };
}

/**
 * The validator for `spec` (default: the package's bundled spec). Built once per document and shared, since compiling
 * the spec's schemas takes most of a second.
 *
 * @throws {@link EmulatorSetupError} when Ajv is not installed or the spec cannot be imported.
 */
export async function loadSpecValidator(spec?: object): Promise<SpecValidator> {
  const doc = spec ?? (await loadDefaultDoc());
  let validator = cache.get(doc);
  if (!validator) {
    validator = build(doc as Record<string, unknown>);
    cache.set(doc, validator);
    validator.catch(() => cache.delete(doc));
  }
  return validator;
}
