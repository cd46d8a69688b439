// Generated from test/fixtures/tiny-spec/openapi.yaml by scripts/generate.ts (discriminated unions).
// Do not edit: change the spec and run `npm run generate`.
import type { PetBornEvent, PetEvent, PetNamedEvent } from './schemas.gen.js';

/**
 * The `type` tags of {@link PetEvent}.
 */
export type PetEventType = PetEvent['type'];

/**
 * Each {@link PetEvent} member, keyed by its `type` tag.
 */
export interface PetEventMap {
  'pet.born': PetBornEvent;
  'pet.named': PetNamedEvent;
}

/**
 * Every `type` tag of {@link PetEvent} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const PET_EVENT_TYPES = ['pet.born', 'pet.named'] as const satisfies readonly PetEventType[];

const PET_EVENT_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(PET_EVENT_TYPES);

/**
 * Whether `value` is one of the `type` tags of {@link PetEvent} listed in the spec.
 */
export function isPetEventType(value: unknown): value is PetEventType {
  return typeof value === 'string' && PET_EVENT_TYPES_SET.has(value);
}
