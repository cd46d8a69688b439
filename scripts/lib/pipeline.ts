import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { emitClient } from './emit/client.js';
import { emitExportRegions, type ExportRegions } from './emit/exports.js';
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

/** What a pipeline run produced besides the files of `outDir`. */
export interface PipelineResult {
  /** The export lists for the barrel modules of `src/`, to be written between their markers. */
  exportRegions: ExportRegions;
}

/** The first lines of every generated file (and of every generated export list in `src/`). */
export function generatedHeader(source: string, step: string): string {
  return (
    `// Generated from ${source} by scripts/generate.ts (${step}).\n` +
    '// Do not edit: change the spec and run `npm run generate`.\n'
  );
}

/**
 * Runs lint → bundle → emit types → emit declarations → emit client → emit exports → format, writing the generated
 * files into `outDir` and returning the export lists for `src/` (which it does not touch).
 * Throws (with the spec file and problem named) before writing any TypeScript if the spec is broken.
 */
export async function runPipeline({
  projectDir,
  root,
  outDir,
  log = () => {},
}: PipelineOptions): Promise<PipelineResult> {
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
  const exportRegions = await step('emit exports', async () => {
    const header = generatedHeader(source, 'export lists');
    return Object.fromEntries(
      Object.entries(emitExportRegions(declarations)).map(([file, text]) => [file, header + text]),
    );
  });
  return step('format', async () => {
    const configFile = join(projectDir, 'generated', 'file.ts');
    for (const [name, text] of Object.entries(sources)) {
      await writeFile(join(outDir, name), await formatTypeScript(text, configFile));
    }
    const formatted: ExportRegions = {};
    for (const [file, text] of Object.entries(exportRegions)) {
      formatted[file] = await formatTypeScript(text, join(projectDir, file));
    }
    return { exportRegions: formatted };
  });
}
