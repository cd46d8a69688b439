// `npm run build` (and `prepack`): writes dist/ from a clean state. tsc writes the type declarations
// (dist/src/**/*.d.ts, dist/generated/*.d.ts); esbuild bundles the JavaScript of the three entry points — the main
// entry, `./testing` and the emulator's command — into dist/src with code they share split into dist/src/chunks,
// so every module exists once (an error class the emulator throws is the one `sequrity-responses` exports) and
// importing the main entry reads two files instead of forty (the cold-import target of `bench/client.bench.ts`).
// Packages stay imports (openapi-fetch, and the emulator's optional Ajv and yaml); the output is not minified,
// so stack traces and the shipped code stay readable.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectDir } from './package/pack.js';
import { run } from './package/run.js';

const distDir = join(projectDir, 'dist');
/** The JavaScript entry points, by what imports them: `exports["."]`, `exports["./testing"]` and `bin`. */
const ENTRY_POINTS = ['src/index.ts', 'src/testing/index.ts', 'src/testing/cli.ts'];
/** Modules of the main entry may never import these: it runs in browsers. */
const NODE_ONLY = /^node:/;

rmSync(distDir, { recursive: true, force: true });
await run(join(projectDir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: projectDir });
const { metafile } = await build({
  absWorkingDir: projectDir,
  entryPoints: ENTRY_POINTS,
  outdir: 'dist/src',
  outbase: 'src',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  // The emulator imports the spec with `with { type: 'json' }`, which Node requires; es2022 alone would drop it.
  supported: { 'import-attributes': true },
  packages: 'external',
  external: ['node:*'],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// esbuild writes a top-level class that refers to itself as `var X = class _X …`, so its `name` became `_X`
// (`APIError.name === '_APIError'`, printed as `_APIError: 413 …`). esbuild's keepNames would fix that with a
// `__name()` call after every function and class, which no bundler can drop: it made the smallest client bundle
// 7 KB (min+gzip) larger. The inner binding is renamed back instead: it holds the same class as the outer `var`,
// which is never reassigned, so the code means the same; the export check below proves the names.
for (const path of Object.keys(metafile.outputs)) {
  const file = join(projectDir, path);
  const text = readFileSync(file, 'utf8');
  let fixed = text;
  for (const [, outer, inner] of text.matchAll(/\bvar ([A-Za-z$][\w$]*) = class (_+\1)\b/g))
    fixed = fixed.replace(
      new RegExp(`(?<![\\w$.])${inner?.replaceAll('$', '\\$')}(?![\\w$])`, 'g'),
      outer as string,
    );
  if (fixed !== text) writeFileSync(file, fixed);
}

// Everything the main entry loads (itself and the chunks it imports, statically or not) must be free of Node
// built-ins; a slip would break every browser bundle, so it fails the build rather than a later test.
const outputs = metafile.outputs;
const mainEntry = 'dist/src/index.js';
const loaded = new Set<string>();
const pending = [mainEntry];
for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
  if (loaded.has(path)) continue;
  loaded.add(path);
  for (const imported of outputs[path]?.imports ?? []) {
    if (NODE_ONLY.test(imported.path))
      throw new Error(
        `${path}, loaded by the main entry, imports ${imported.path}: it must run in browsers.`,
      );
    if (!imported.external) pending.push(imported.path);
  }
}
// Every exported class and function of the entry points keeps the name it is exported as, as users and their
// logs see it (`APIError.name === 'APIError'`, printed as `APIError: 413 …`).
for (const entry of ['dist/src/index.js', 'dist/src/testing/index.js']) {
  const module = (await import(pathToFileURL(join(projectDir, entry)).href)) as Record<string, unknown>;
  const renamed = Object.entries(module).filter(
    ([name, value]) => typeof value === 'function' && value.name !== name,
  );
  if (renamed.length > 0)
    throw new Error(
      `${entry} exports ${renamed.map(([name, value]) => `${name} named ${(value as () => void).name}`).join(', ')}`,
    );
}
const files = Object.keys(outputs).length;
console.log(
  `built dist/: ${files} JavaScript files (the main entry loads ${loaded.size}) and the declarations`,
);
