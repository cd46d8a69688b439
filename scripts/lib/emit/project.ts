import { Project, type CodeBlockWriter, type SourceFile } from 'ts-morph';

// One in-memory ts-morph project serves every emitter: each builds its file in one batched `addStatements` call
// (toolchain notes §0.11) and the file is dropped again once its text is taken.
let shared: Project | undefined;
const project = (): Project => (shared ??= new Project({ useInMemoryFileSystem: true }));

/** Runs `work` on a scratch source file of the shared project, then removes the file. */
function withFile<T>(text: string, work: (file: SourceFile) => T): T {
  const file = project().createSourceFile('/emitted.ts', text, { overwrite: true });
  try {
    return work(file);
  } finally {
    project().removeSourceFile(file);
  }
}

/** The source text that `build` writes. */
export function emitSource(build: (writer: CodeBlockWriter) => void): string {
  return withFile('', (file) => {
    file.addStatements(build);
    return file.getFullText();
  });
}

/** The names a module exports, split into type-only declarations and run-time values. */
export interface ModuleExports {
  types: string[];
  values: string[];
}

/**
 * Reads the declarations of emitted source `text` that carry the `export` keyword (the emitters export no other way).
 * Syntax only: `isExported()` would also look for `export { … }` lists through the type checker, which loads the
 * whole of lib.d.ts for one file.
 */
export function exportsOf(text: string): ModuleExports {
  return withFile(text, (file) => {
    const exported = <T extends { hasExportKeyword(): boolean }>(nodes: T[]): T[] =>
      nodes.filter((node) => node.hasExportKeyword());
    const named = (nodes: { getName(): string | undefined }[]): string[] =>
      nodes.flatMap((node) => node.getName() ?? []);
    return {
      types: named([...exported(file.getTypeAliases()), ...exported(file.getInterfaces())]),
      values: [
        ...named(exported(file.getFunctions())),
        ...named(exported(file.getClasses())),
        ...named(exported(file.getEnums())),
        ...exported(file.getVariableStatements()).flatMap((statement) =>
          statement.getDeclarations().map((declaration) => declaration.getName()),
        ),
      ],
    };
  });
}
