// The HTML API references. The HTTP one: Redocly's `build-docs` renders the bundled spec into one self-contained
// page that works offline, with Redoc's scripts inlined, telemetry off, no logo fetched from a CDN, and a
// Content-Security-Policy that lets the page load nothing from the network even if a later Redoc tried to. The
// TypeScript one (TypeDoc, `build-typedoc.ts`) goes into `api/` beside it; each links to the other.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { buildTypeDoc, type TypeDocBuild } from './build-typedoc.js';
import { externalLoads } from './offline.js';

const run = promisify(execFile);
const redoclyBin = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/** The spec the reference is built from, relative to the project: the bundle that ships as `./openapi.yaml`. */
export const DOCS_SPEC = 'generated/openapi.yaml';

/** The TypeScript reference's folder and first page, relative to the HTTP reference's page. */
export const TYPESCRIPT_REFERENCE = 'api/index.html';

/** The text of the HTTP reference's link to the TypeScript one (the spec's `externalDocs`, shown under its intro). */
export const TYPESCRIPT_REFERENCE_LINK_TEXT = 'TypeScript client reference (sequrity-responses)';

/**
 * The environment Redocly runs in: no usage telemetry from the CLI (which also sets the page's own
 * `disableTelemetry`), and no update check against the npm registry (the variable Redocly's README documents).
 */
export const REDOCLY_OFFLINE_ENV: Readonly<Record<string, string>> = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
  NO_COLOR: '1',
};

/** Redoc's options: every enum value is listed, so the `type` enum of a stream event shows all event types. */
const REDOC_OPTIONS = ['--openapi.maxDisplayedEnumValues=200'];

/** The Redocly logos the page's footer loads from a CDN, whatever the options say. */
const CDN_LOGOS = [
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg',
  'https://cdn.redoc.ly/redoc/logo-mini.svg',
] as const;

/** A local stand-in for the CDN logo, so the "API docs by" attribution stays without a network request. */
const LOCAL_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="46" height="14" viewBox="0 0 46 14">' +
    '<text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redocly</text></svg>',
)}`;

/**
 * What the page may load: its own inline scripts and styles, and `data:`/`blob:` images and workers. Everything
 * else, from any origin, is refused by the browser.
 */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'worker-src blob:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A built reference. */
export interface DocsBuild {
  /** Where the HTTP reference's page was written. */
  file: string;
  /** Its size in bytes. */
  bytes: number;
  /** The TypeScript reference, in `api/` beside it. */
  typescript: TypeDocBuild;
}

/**
 * The spec as the HTTP reference shows it: the bundle with an `externalDocs` link to the TypeScript reference, which
 * Redoc renders under the introduction (the shipped spec has none: the link is relative to the docs folder).
 */
export function withTypeScriptReferenceLink(specYaml: string): string {
  const spec = parse(specYaml) as Record<string, unknown>;
  spec['externalDocs'] = { description: TYPESCRIPT_REFERENCE_LINK_TEXT, url: TYPESCRIPT_REFERENCE };
  return stringify(spec, { lineWidth: 0 });
}

/** Thrown when the page still names something to load from the network, or Redocly fails. */
export class DocsBuildError extends Error {
  override readonly name = 'DocsBuildError';
}

/**
 * Makes Redocly's page self-contained: swaps the CDN logos for a local one and adds the Content-Security-Policy.
 *
 * @throws {@link DocsBuildError} when the page's telemetry is on, a logo URL is no longer in the page (Redoc changed: look at the new page) or
 *   a `<script src>`, `<link href>` or CSS `url()` still points at the network.
 */
export function makeOffline(html: string): string {
  // Redoc's own usage telemetry in the page; `REDOCLY_TELEMETRY=off` is what turns it off.
  if (!html.includes('"disableTelemetry":true')) {
    throw new DocsBuildError('The Redoc page has telemetry on; build it with REDOCLY_TELEMETRY=off.');
  }
  let page = html;
  for (const logo of CDN_LOGOS) {
    if (!page.includes(logo)) {
      throw new DocsBuildError(
        `The Redoc page no longer loads ${logo}; check what its footer loads now and update build-docs.ts.`,
      );
    }
    page = page.replaceAll(logo, LOCAL_LOGO);
  }
  if (!/<head>/.test(page)) throw new DocsBuildError('The Redoc page has no <head> to put the policy in.');
  page = page.replace(
    '<head>',
    `<head>\n  <meta http-equiv="Content-Security-Policy" content="${DOCS_CONTENT_SECURITY_POLICY}" />`,
  );
  const external = [
    ...externalLoads(page),
    ...[...page.matchAll(/https:\/\/cdn\.redoc(?:ly)?\.(?:ly|com)\/redoc\/[^"'`\s]+/g)].map(
      (match) => match[0],
    ),
  ];
  if (external.length > 0) {
    throw new DocsBuildError(`The docs page still loads from the network: ${external.join(', ')}`);
  }
  return page;
}

/**
 * Builds the HTTP reference from {@link DOCS_SPEC} into `outputFile` (its folder is created) and the TypeScript
 * reference into {@link TYPESCRIPT_REFERENCE}'s folder beside it.
 *
 * @param projectDir - The project's root, where `redocly.yaml` and `generated/` are.
 * @param outputFile - The HTML file to write.
 */
export async function buildDocs(projectDir: string, outputFile: string): Promise<DocsBuild> {
  const scratch = await mkdtemp(join(tmpdir(), 'sequrity-docs-'));
  try {
    const raw = join(scratch, 'index.html');
    const spec = join(scratch, 'openapi.yaml');
    await writeFile(spec, withTypeScriptReferenceLink(await readFile(join(projectDir, DOCS_SPEC), 'utf8')));
    const args = ['build-docs', spec, '--inlineBundle', '--output', raw, ...REDOC_OPTIONS];
    try {
      await run(process.execPath, [redoclyBin, ...args], {
        cwd: projectDir,
        env: { ...process.env, ...REDOCLY_OFFLINE_ENV },
        maxBuffer: 64 << 20,
      });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; message: string };
      throw new DocsBuildError(
        `redocly ${args.join(' ')} failed:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`,
      );
    }
    const page = makeOffline(await readFile(raw, 'utf8'));
    await mkdir(dirname(outputFile), { recursive: true });
    await writeFile(outputFile, page);
    const typescript = await buildTypeDoc(
      projectDir,
      join(dirname(outputFile), dirname(TYPESCRIPT_REFERENCE)),
      `../${basename(outputFile)}`,
    );
    return { file: outputFile, bytes: Buffer.byteLength(page), typescript };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
