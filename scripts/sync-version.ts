// Part of `npm run release:version`: after `changeset version` bumps package.json, writes the new version into
// src/version.ts (the User-Agent's version; a unit test keeps the two equal).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectDir } from './package/pack.js';

const { version } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { version: string };
const file = join(projectDir, 'src', 'version.ts');
const source = readFileSync(file, 'utf8');
const updated = source.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`);
if (!updated.includes(`'${version}'`)) throw new Error(`src/version.ts has no VERSION constant to update`);
writeFileSync(file, updated);
console.log(`src/version.ts: VERSION = '${version}'`);
