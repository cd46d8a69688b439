/**
 * The parts of Standard Schema (https://standardschema.dev, `@standard-schema/spec` 1.1) this package reads, as
 * types only: zod (≥ 4.2), arktype (≥ 2.2), valibot (through its JSON Schema converter) and any other library that
 * implements the spec fit them structurally, so no schema library is ever imported or checked with `instanceof`.
 * The shapes are copied from the spec's `StandardSchemaV1` and `StandardJSONSchemaV1` (the published declarations
 * cannot import a dev dependency); a type test checks that zod and arktype schemas are assignable to them.
 *
 * @module
 */

/** The properties every Standard Schema interface shares (`StandardTypedV1.Props` in the spec). */
export interface StandardTypedProps<Input = unknown, Output = Input> {
  /** The version of the standard: 1. */
  readonly version: 1;
  /** The schema library's name. */
  readonly vendor: string;
  /** The input and output types, for inference only (never set at run time). */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/** One validation issue (`StandardSchemaV1.Issue`). */
export interface StandardSchemaIssue {
  /** What is wrong. */
  readonly message: string;
  /** Where: keys, or segments with a `key`, from the root of the value. */
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** What `validate` returns (`StandardSchemaV1.Result`): the value, or the issues. */
export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardSchemaIssue> };

/** A schema that validates (`StandardSchemaV1`): `~standard.validate`. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardTypedProps<Input, Output> & {
    /** Validates an unknown value, synchronously or not. */
    readonly validate: (
      value: unknown,
      options?: { readonly libraryOptions?: Record<string, unknown> | undefined } | undefined,
    ) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
  };
}

/** The options of a JSON Schema converter (`StandardJSONSchemaV1.Options`). */
export interface StandardJSONSchemaOptions {
  /** The JSON Schema dialect: this package asks for `draft-2020-12`. */
  readonly target: 'draft-2020-12' | 'draft-07' | 'openapi-3.0' | ({} & string);
  /** Options of the schema library. */
  readonly libraryOptions?: Record<string, unknown> | undefined;
}

/** A schema that converts to JSON Schema (`StandardJSONSchemaV1`): `~standard.jsonSchema`. */
export interface StandardJSONSchemaV1<Input = unknown, Output = Input> {
  /** The Standard JSON Schema properties. */
  readonly '~standard': StandardTypedProps<Input, Output> & {
    /** The JSON Schemas of the input and output types; each may throw for a type JSON Schema cannot express. */
    readonly jsonSchema: {
      readonly input: (options: StandardJSONSchemaOptions) => Record<string, unknown>;
      readonly output: (options: StandardJSONSchemaOptions) => Record<string, unknown>;
    };
  };
}

/** The output type of a Standard Schema (what `validate` gives); `unknown` when it declares none. */
export type StandardOutput<Schema> = Schema extends {
  readonly '~standard': { readonly types?: infer Types };
}
  ? NonNullable<Types> extends { readonly output: infer Output }
    ? Output
    : unknown
  : unknown;
