// `npm run build` (and `prepack`): writes dist/ from a clean state. tsc writes the type declarations
// (dist/src/**/*.d.ts, dist/generated/*.d.ts); esbuild bundles the JavaScript of the three entry points — the main
// entry, `./testing` and the emulator's command — into dist/src with code they share split into dist/src/chunks,
// so every module exists once (an error class the emulator throws is the one `sequrity-responses` exports) and
// importing the main entry reads two files instead of forty (the cold-import target of `bench/client.bench.ts`).
// Packages stay imports (openapi-fetch, and the emulator's optional Ajv and yaml); the output is not minified,
// so stack traces and the shipped code stay readable.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleJavaScript } from './package/bundle.js';
import { projectDir } from './package/pack.js';
import { run } from './package/run.js';

const distDir = join(projectDir, 'dist');
/** Modules of the main entry may never import these: it runs in browsers. */
const NODE_ONLY = /^node:/;

rmSync(distDir, { recursive: true, force: true });
await run(join(projectDir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: projectDir });
const metafile = await bundleJavaScript('dist/src');

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
