import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { emitClient } from './emit/client.js';
import { emitBarrel } from './emit/barrel.js';
import { emitGuards } from './emit/guards.js';
import { emitSchemaAliases } from './emit/schema-aliases.js';
import { emitTypes } from './emit/types.js';
import { emitUnions } from './emit/unions.js';
import { formatTypeScript } from './format.js';
import { bundleSpec, lintSpec } from './redocly.js';
import { readBundledSpec, type BundledSpec } from './spec-model.js';

export interface PipelineOptions {
  /** The project directory (holds redocly.yaml and the prettier config). */
  projectDir: string;
  /** The spec's root file. */
  root: string;
  /** An empty directory that receives every generated file. */
  outDir: string;
  /** Receives one line per finished step. */
  log?: (line: string) => void;
}

/** The first lines of every generated file. */
export function generatedHeader(source: string, step: string): string {
  return (
    `// Generated from ${source} by scripts/generate.ts (${step}).\n` +
    '// Do not edit: change the spec and run `npm run generate`.\n'
  );
}

/**
 * Runs lint → bundle → emit types → emit declarations → emit client → emit barrel → format, writing every generated
 * file into `outDir` and nothing anywhere else. Throws (with the spec file and problem named) before writing any
 * TypeScript if the spec is broken.
 */
export async function runPipeline({
  projectDir,
  root,
  outDir,
  log = () => {},
}: PipelineOptions): Promise<void> {
  const source = relative(projectDir, root);
  const bundled = join(outDir, 'openapi.yaml');
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    log(`${name.padEnd(20)} ${Math.round(performance.now() - started)} ms`);
    return result;
  };

  await step('lint', () => lintSpec(root, projectDir));
  const spec: BundledSpec = await step('bundle', async () => {
    await bundleSpec(root, bundled, projectDir);
    const text = await readFile(bundled, 'utf8');
    // JSON has no comments, so only the YAML bundle carries the do-not-edit header.
    await writeFile(bundled, `${generatedHeader(source, 'bundle').replaceAll('//', '#')}${text}`);
    await writeFile(join(outDir, 'openapi.json'), `${JSON.stringify(parse(text), null, 2)}\n`);
    return readBundledSpec(bundled);
  });
  const sources: Record<string, string> = {};
  sources['types.gen.ts'] = await step(
    'emit types',
    async () => generatedHeader(source, 'openapi-typescript') + (await emitTypes(bundled)),
  );
  const declarations = await step('emit declarations', async () => ({
    'schemas.gen.ts': generatedHeader(source, 'named schema types') + emitSchemaAliases(spec),
    'unions.gen.ts': generatedHeader(source, 'discriminated unions') + emitUnions(spec),
    'guards.gen.ts': generatedHeader(source, 'type guards') + emitGuards(spec),
  }));
  Object.assign(sources, declarations);
  sources['client.gen.ts'] = await step(
    'emit client',
    async () => generatedHeader(source, 'low-level client') + emitClient(spec),
  );
  sources['index.gen.ts'] = await step(
    'emit barrel',
    async () => generatedHeader(source, 'package exports') + emitBarrel(declarations),
  );
  await step('format', async () => {
    const configFile = join(projectDir, 'generated', 'file.ts');
    for (const [name, text] of Object.entries(sources)) {
      await writeFile(join(outDir, name), await formatTypeScript(text, configFile));
    }
  });
}
