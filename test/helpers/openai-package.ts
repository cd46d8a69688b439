// The openai package that the client bench and the openai conformance test compare with: the newest one (the
// `openai-latest` devDependency, an npm alias of openai 7.x, whose engines need Node ≥ 22) where this Node runs it,
// and the pinned `openai` (6.x) on Node 20. `npm run spec:coverage` compares the spec with the newest one's types.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The oldest Node major that the newest openai supports (its `engines.node`). */
export const LATEST_OPENAI_MIN_NODE = 22;

/** One of the two openai packages, loaded. */
export interface OpenAIPackage {
  /** Its name under node_modules: `openai-latest` or `openai`. */
  readonly name: 'openai-latest' | 'openai';
  /** The version of openai it holds. */
  readonly version: string;
  /**
   * Its module, typed as the pinned package: the surface the bench and the tests use (the client class,
   * `responses.create` and `.stream`, the error classes) is the same in both.
   */
  readonly module: typeof import('openai');
}

/** Which package a Node version (`process.versions.node`) compares with. */
export const openaiPackageFor = (nodeVersion: string): OpenAIPackage['name'] =>
  Number(nodeVersion.split('.')[0]) >= LATEST_OPENAI_MIN_NODE ? 'openai-latest' : 'openai';

/** Loads the openai package this Node compares with. */
export async function loadOpenAI(nodeVersion: string = process.versions.node): Promise<OpenAIPackage> {
  const name = openaiPackageFor(nodeVersion);
  const require = createRequire(import.meta.url);
  // openai's exports map has no ./package.json; its entry point sits next to it.
  const manifest = join(dirname(require.resolve(name)), 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const module = (await import(name)) as typeof import('openai');
  return { name, version, module };
}
