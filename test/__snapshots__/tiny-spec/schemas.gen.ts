// Generated from test/fixtures/tiny-spec/openapi.yaml by scripts/generate.ts (named schema types).
// Do not edit: change the spec and run `npm run generate`.
import type { components } from './types.gen.js';

/**
 * Request options.
 */
export type Options = components['schemas']['Options'];
/**
 * A pet to create.
 */
export type NewPet = components['schemas']['NewPet'];
/**
 * A pet.
 */
export type Pet = components['schemas']['Pet'];
/**
 * An error.
 */
export type Problem = components['schemas']['Problem'];
/**
 * One event of the pet stream.
 */
export type PetEvent = components['schemas']['PetEvent'];
/**
 * The pet was born.
 */
export type PetBornEvent = components['schemas']['PetBornEvent'];
/**
 * The pet got its name.
 */
export type PetNamedEvent = components['schemas']['PetNamedEvent'];
