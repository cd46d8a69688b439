import { emitSource, exportsOf } from './project.js';

/** The text between the export markers of each barrel module of `src/`, keyed by its project-relative path. */
export type ExportRegions = Record<string, string>;

/** The barrel modules of `src/` whose marked region holds export lists, as project-relative paths. */
export const EXPORT_REGION_FILES = ['src/types.ts', 'src/spec.ts', 'src/index.ts'] as const;

/** The generated modules whose every export the package re-exports by name, in the order they are listed. */
export const LISTED_MODULES = ['schemas.gen.ts', 'unions.gen.ts', 'guards.gen.ts'] as const;

/** `export { a, b } from 'x';` with the names sorted, or nothing for no names. */
function exportStatement(kind: 'type' | 'value', names: string[], from: string): string[] {
  if (names.length === 0) return [];
  return [`export ${kind === 'type' ? 'type ' : ''}{ ${[...names].sort().join(', ')} } from '${from}';`];
}

/**
 * The explicit export lists of the package, read from the emitted declaration modules: `src/types.ts` re-exports
 * every generated type (one per component schema, each union's tag type and tag map), `src/spec.ts` every generated
 * run-time value (tag lists, tag guards, member guards), and `src/index.ts` both by name. So no `export *` is needed
 * anywhere, and a handwritten export of the same name is a compile error instead of silently winning.
 */
export function emitExportRegions(emitted: Record<(typeof LISTED_MODULES)[number], string>): ExportRegions {
  const modules = LISTED_MODULES.map((file) => ({
    from: `../generated/${file.replace(/\.ts$/, '.js')}`,
    ...exportsOf(emitted[file]),
  }));
  const region = (statements: string[]): string =>
    emitSource((writer) => statements.forEach((statement) => writer.writeLine(statement)));
  const allTypes = modules.flatMap(({ types }) => types);
  const allValues = modules.flatMap(({ values }) => values);
  return {
    'src/types.ts': region(modules.flatMap(({ types, from }) => exportStatement('type', types, from))),
    'src/spec.ts': region(modules.flatMap(({ values, from }) => exportStatement('value', values, from))),
    'src/index.ts': region([
      ...exportStatement('value', allValues, './spec.js'),
      ...exportStatement('type', allTypes, './types.js'),
    ]),
  };
}
