// Generated from test/fixtures/tiny-spec/openapi.yaml by scripts/generate.ts (type guards).
// Do not edit: change the spec and run `npm run generate`.
import type { PetBornEvent, PetNamedEvent } from './schemas.gen.js';

/**
 * Whether `value` is a {@link PetBornEvent} (its `type` is `'pet.born'`).
 */
export function isPetBornEvent(value: { readonly type?: unknown } | null | undefined): value is PetBornEvent {
  return value?.type === 'pet.born';
}

/**
 * Whether `value` is a {@link PetNamedEvent} (its `type` is `'pet.named'`).
 */
export function isPetNamedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is PetNamedEvent {
  return value?.type === 'pet.named';
}
