import { emitSource, exportsOf } from './project.js';

/** The generated modules whose every export the barrel lists, in the order it lists them. */
export const LISTED_MODULES = ['schemas.gen.ts', 'unions.gen.ts', 'guards.gen.ts'] as const;

/** `export { a, b } from 'x';` with the names sorted, or nothing for no names. */
function exportStatement(kind: 'type' | 'value', names: string[], from: string): string[] {
  if (names.length === 0) return [];
  return [`export ${kind === 'type' ? 'type ' : ''}{ ${[...names].sort().join(', ')} } from '${from}';`];
}

/**
 * `index.gen.ts`: the generated barrel, listing by name every export of the emitted declaration modules (one type
 * per component schema, each union's tag type, tag map, tag list and tag guard, and a guard per union member), types
 * apart from values. `src/index.ts` re-exports it with one `export *`, so no generated name is written into `src/`.
 * The client module (`client.gen.ts`) is left out: `src/spec.ts` wraps it and chooses what of it the package shows.
 */
export function emitBarrel(emitted: Record<(typeof LISTED_MODULES)[number], string>): string {
  const statements = LISTED_MODULES.flatMap((file) => {
    const from = `./${file.replace(/\.ts$/, '.js')}`;
    const { types, values } = exportsOf(emitted[file]);
    return [...exportStatement('type', types, from), ...exportStatement('value', values, from)];
  });
  return emitSource((writer) => statements.forEach((statement) => writer.writeLine(statement)));
}
