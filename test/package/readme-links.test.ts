// The pack check's README link rule (scripts/package/readme-links.ts): every relative link in the shipped README
// must resolve to a file in the tarball. Also run on the real README against what `files` ships.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownLinks, unresolvedLinks } from '../../scripts/package/readme-links.js';

const files = ['README.md', 'generated/openapi.yaml', 'src/testing/README.md', 'test-vectors/sse.json'];

describe('markdownLinks', () => {
  it('finds inline links, images and reference definitions, but not links inside code', () => {
    const markdown = [
      'See [the emulator](src/testing/README.md) and ![logo](<docs/logo.png> "Logo").',
      '[spec]: generated/openapi.yaml',
      '`[not](a-link.md)`',
      '```md',
      '[also not](fenced.md)',
      '```',
    ].join('\n');
    expect(markdownLinks(markdown)).toEqual([
      'src/testing/README.md',
      'docs/logo.png',
      'generated/openapi.yaml',
    ]);
  });
});

describe('unresolvedLinks', () => {
  it.each([
    ['[a](src/testing/README.md)', []],
    ['[a](./generated/openapi.yaml#L3)', []],
    ['[a](test-vectors/)', []],
    ['[a](test-vectors)', []],
    ['[a](https://example.com/x.md) [b](#install) [c](mailto:a@example.com)', []],
    ['[a](openapi/README.md#versions)', ['openapi/README.md#versions']],
    ['[a](.github/README.md)', ['.github/README.md']],
    ['[a](../outside.md)', ['../outside.md']],
    ['[a](src/)', []],
    ['[a](dist/)', ['dist/']],
  ])('%s → %j', (markdown, unresolved) => {
    expect(unresolvedLinks(markdown, 'README.md', files)).toEqual(unresolved);
  });

  it("passes the real README against the files package.json ships (the pack check runs it on npm pack's list)", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      files: string[];
    };
    // A stand-in for the packed list (which needs a build): each file `files` names, and the files of each folder
    // it names (dist/, not built here, is linked by nothing).
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const named = manifest.files
      .filter((entry) => !entry.startsWith('!'))
      .flatMap((entry) =>
        existsSync(join(root, entry)) && statSync(join(root, entry)).isDirectory()
          ? readdirSync(join(root, entry), { recursive: true }).map((file) => `${entry}/${String(file)}`)
          : [entry],
      );
    expect(unresolvedLinks(readme, 'README.md', [...named, 'README.md', 'package.json', 'LICENSE'])).toEqual(
      [],
    );
  });
});
