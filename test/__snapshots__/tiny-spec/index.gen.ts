// Generated from test/fixtures/tiny-spec/openapi.yaml by scripts/generate.ts (package exports).
// Do not edit: change the spec and run `npm run generate`.
export type { NewPet, Options, Pet, PetBornEvent, PetEvent, PetNamedEvent, Problem } from './schemas.gen.js';
export type { PetEventMap, PetEventType } from './unions.gen.js';
export { PET_EVENT_TYPES, isPetEventType } from './unions.gen.js';
export { isPetBornEvent, isPetNamedEvent } from './guards.gen.js';
