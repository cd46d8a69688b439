// Part of `npm run release:version`, after the spec diff against the previous release passed: records the new bundle
// and version in openapi/released/, the baseline of `npm run spec:diff` until the next release.
import { recordRelease } from './lib/release.js';
import { projectDir } from './package/pack.js';

const version = await recordRelease(projectDir);
console.log(`openapi/released/: the bundle of ${version}`);
