// Part of `npm run release:version`: after `changeset version` bumps package.json, writes the new version into
// src/version.ts (the User-Agent's version) and openapi/openapi.yaml's info.version; test/versions.test.ts keeps
// all of them equal.
import { syncVersion } from './lib/release.js';
import { projectDir } from './package/pack.js';

const version = await syncVersion(projectDir);
console.log(`src/version.ts and openapi/openapi.yaml (info.version): ${version}`);
