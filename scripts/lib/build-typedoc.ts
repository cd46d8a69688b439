// The TypeScript API reference: TypeDoc renders the TSDoc of the package's two entry points (`sequrity-responses`
// and `sequrity-responses/testing`) into a folder of static pages that work offline, each with a link to the HTTP
// API reference beside it.
import { readdir, readFile } from 'node:fs/promises';
import { externalLoads } from './offline.js';
import { join } from 'node:path';
import {
  Application,
  Converter,
  JSX,
  LogLevel,
  OptionDefaults,
  ReflectionKind,
  TSConfigReader,
  type CommentDisplayPart,
  type SomeType,
  type TypeDocOptions,
} from 'typedoc';
import { documentWireTypes } from './typedoc-wire-types.js';

/** The package's entry points, as `package.json` `exports` maps them to sources. */
export const TYPEDOC_ENTRY_POINTS = ['src/index.ts', 'src/testing/index.ts'] as const;

/** The label of the link to the HTTP API reference on every page. */
export const HTTP_REFERENCE_LINK_TEXT = 'HTTP API reference';

/**
 * Types a public signature names that the package deliberately does not export: the generated client's and the
 * spec's internals, and option shapes users write inline. TypeDoc shows their names without a page.
 */
const INTENTIONALLY_NOT_EXPORTED = [
  'components',
  'paths',
  'operations',
  'createGeneratedClient',
  'StreamingMethod',
  'HeadersReader',
  'EnforcementLevel',
  'InternalTool',
  'SerializeJsonHeaderOptions',
  'MergeHeaderOverridesNames',
];

/**
 * Internal functions that public TSDoc names in `{@link}` (the generated `LowLevelClient`'s, a comment on the retry
 * outcome's, the emulator's reset marker's): the reference shows them as code, not as a link it cannot make.
 */
const UNLINKED = new Set(['createGeneratedClient', 'classifyFetchError', 'connectionReset']);

/** The package's modules, named as users import them instead of by their source folder. */
const MODULE_NAMES: Readonly<Record<string, string>> = {
  src: 'sequrity-responses',
  'src/testing': 'sequrity-responses/testing',
};

/** Names the modules as imported, and turns {@link UNLINKED} links into code. */
function tidy(app: Application): void {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Module))
      reflection.name = MODULE_NAMES[reflection.name] ?? reflection.name;
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const unlink = (parts: CommentDisplayPart[]): CommentDisplayPart[] =>
      parts.map((part) =>
        part.kind === 'inline-tag' && part.tag === '@link' && UNLINKED.has(part.text.trim())
          ? { kind: 'code', text: `\`${part.text.trim()}\`` }
          : part,
      );
    for (const reflection of Object.values(context.project.reflections)) {
      const comment = reflection.comment;
      if (comment) {
        comment.summary = unlink(comment.summary);
        for (const tag of comment.blockTags) tag.content = unlink(tag.content);
      }
      // A union's members keep their own comments (the retry outcome's do).
      const type = (reflection as { type?: SomeType }).type;
      if (type?.type === 'union' && type.elementSummaries)
        type.elementSummaries = type.elementSummaries.map(unlink);
    }
  });
}

/** Thrown when TypeDoc reports an error or a warning (a broken `{@link}`, a type it cannot document). */
export class TypeDocBuildError extends Error {
  override readonly name = 'TypeDocBuildError';
}

/** A built TypeScript reference. */
export interface TypeDocBuild {
  /** Its first page. */
  file: string;
  /** How many HTML pages it has. */
  pages: number;
}

/**
 * Counts the pages of the built reference after checking that none of its files would load from the network.
 *
 * @throws {@link TypeDocBuildError} naming the file and the load.
 */
async function checkOffline(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter((entry) => /\.(?:html|css|js)$/.test(entry));
  for (const file of files) {
    const loads = externalLoads(await readFile(join(dir, file), 'utf8'));
    if (loads.length > 0) {
      throw new TypeDocBuildError(
        `The TypeScript reference's ${file} loads from the network: ${loads.join(', ')}`,
      );
    }
  }
  return files.filter((file) => file.endsWith('.html')).length;
}

/**
 * Builds the reference into `outputDir` (replacing what is there).
 *
 * @param projectDir - The project's root.
 * @param outputDir - The folder to write; its `index.html` is the first page.
 * @param httpReference - The HTTP API reference's page, relative to `outputDir` (`../index.html`).
 * @throws {@link TypeDocBuildError} when TypeDoc reports any warning or error; its message lists them.
 */
export async function buildTypeDoc(
  projectDir: string,
  outputDir: string,
  httpReference: string,
): Promise<TypeDocBuild> {
  const messages: string[] = [];
  const options: TypeDocOptions = {
    basePath: projectDir,
    entryPoints: TYPEDOC_ENTRY_POINTS.map((entry) => join(projectDir, entry)),
    tsconfig: join(projectDir, 'tsconfig.build.json'),
    name: 'sequrity-responses',
    readme: 'none',
    excludePrivate: true,
    excludeInternal: true,
    // Offline and reproducible: no "Defined in" links to a Git host, no favicon or font fetched, no cache-busting.
    disableSources: true,
    githubPages: false,
    cacheBust: false,
    blockTags: [...OptionDefaults.blockTags, '@description', '@constant'],
    intentionallyNotExported: INTENTIONALLY_NOT_EXPORTED,
    validation: { notExported: true, invalidLink: true, rewrittenLink: true, unusedMergeModuleWith: true },
    logLevel: 'Warn',
  };
  // Only the tsconfig is read: no typedoc.json, and no command-line arguments (vitest's would be taken for TypeDoc's).
  const app = await Application.bootstrapWithPlugins(options, [new TSConfigReader()]);
  app.logger.log = (message, level) => {
    if (level >= LogLevel.Warn) messages.push(typeof message === 'string' ? message : String(message));
  };
  documentWireTypes(app);
  tidy(app);
  // The link back to the HTTP reference, first in the sidebar of every page, relative to that page.
  app.renderer.hooks.on('sidebar.begin', (context) =>
    JSX.createElement(
      'nav',
      { class: 'tsd-navigation', id: 'http-reference-link' },
      JSX.createElement('a', { href: context.relativeURL(httpReference) }, HTTP_REFERENCE_LINK_TEXT),
    ),
  );
  const project = await app.convert();
  if (project) {
    app.validate(project);
    if (messages.length === 0) await app.generateDocs(project, outputDir);
  }
  if (!project || messages.length > 0 || app.logger.hasErrors()) {
    throw new TypeDocBuildError(
      `TypeDoc failed on the TSDoc of ${TYPEDOC_ENTRY_POINTS.join(', ')}:\n${messages.join('\n') || 'no project'}`,
    );
  }
  return { file: join(outputDir, 'index.html'), pages: await checkOffline(outputDir) };
}
