// The HTML API references (`npm run docs`), opened from disk in headless Chromium with the network shut. The HTTP one
// renders the operations, the security header schemas and the stream event types; the TypeScript one (TypeDoc) the
// package's exports with their TSDoc; each links to the other, and neither tries to load anything from outside.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDocs,
  DocsBuildError,
  makeOffline,
  TYPESCRIPT_REFERENCE_LINK_TEXT,
} from '../../scripts/lib/build-docs.js';
import { HTTP_REFERENCE_LINK_TEXT } from '../../scripts/lib/build-typedoc.js';
import { artifactPath } from './helpers/artifacts.js';
import { launchChromium } from './helpers/chromium.js';
import { OPERATIONS, SECURITY_HEADER_SCHEMAS, SPEC_TITLE, STREAM_EVENT_TYPES } from './helpers/spec.js';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'sequrity-docs-check-'));
let docsUrl: string;
let typescriptUrl: string;
let browser: Browser;

beforeAll(async () => {
  const { file, typescript } = await buildDocs(projectDir, join(scratch, 'index.html'));
  docsUrl = pathToFileURL(file).href;
  typescriptUrl = pathToFileURL(typescript.file).href;
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Whether a URL stays on this machine: the file itself, inline data, or loopback. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return ['file:', 'data:', 'blob:', 'about:'].includes(protocol) || hostname === '127.0.0.1';
}

interface DocsPage {
  page: Page;
  /** Every load that would have left the machine: requests (aborted), WebSockets and refused by the page's CSP. */
  external: string[];
}

/**
 * Opens the HTTP reference at `hash` in a fresh context whose every non-local request is aborted and recorded, as
 * are WebSockets and loads the page's own Content-Security-Policy refused before they reached the network.
 */
async function openDocs(context: BrowserContext, hash = ''): Promise<DocsPage> {
  const docs = await openOffline(context, `${docsUrl}${hash}`);
  // Hydrated: opened from a file, Redoc's client-side router rewrites the server-rendered links to `#/…`.
  await docs.page.waitForSelector('a[href^="#/"]', { state: 'attached' });
  return docs;
}

/** Opens `url` in `context` as {@link openDocs} does, recording every load that would leave the machine. */
async function openOffline(context: BrowserContext, url: string): Promise<DocsPage> {
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!isLocal(request.url()) && !external.includes(request.url())) external.push(request.url());
  });
  await context.exposeBinding('reportRefusedLoad', (_source, url: string) => external.push(`CSP: ${url}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // `eval` is the search index probing for a worker factory (it falls back to no worker); not a load.
      if (event.blockedURI !== 'eval' && event.blockedURI !== 'inline') {
        (window as unknown as { reportRefusedLoad(url: string): void }).reportRefusedLoad(event.blockedURI);
      }
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('websocket', (socket) => external.push(socket.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, external };
}

/** `innerText` without the zero-width spaces Redoc puts after the dots of nested property names. */
const textOf = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).innerText()).replaceAll('\u200b', '');

/** Runs `check` with the reference open at `hash` in a fresh browser context. */
async function withDocs(hash: string, check: (docs: DocsPage) => Promise<void>): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    serviceWorkers: 'block',
  });
  try {
    const docs = await openDocs(context, hash);
    await check(docs);
    expect(docs.external).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('makeOffline', () => {
  const redocPage = (extra = '', options = '{"disableTelemetry":true}'): string =>
    '<html><head></head><body>src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:' +
    `\`https://cdn.redoc.ly/redoc/logo-mini.svg\`${extra}<script>const o = ${options};</script></body></html>`;

  it('replaces the CDN logos with a local image and adds the Content-Security-Policy', () => {
    const page = makeOffline(redocPage());
    expect(page).not.toContain('cdn.redoc.ly');
    expect(page).toContain('src:e?`data:image/svg+xml,');
    expect(page).toMatch(
      /<head>\n {2}<meta http-equiv="Content-Security-Policy" content="default-src 'none'; /,
    );
  });

  it('refuses a page that still loads a script, a stylesheet or a font from the network', () => {
    for (const extra of [
      '<script src="https://cdn.example/redoc.js"></script>',
      '<link rel="stylesheet" href="//fonts.example/css">',
      '<style>@font-face { src: url(https://fonts.example/a.woff2) }</style>',
    ]) {
      expect(() => makeOffline(redocPage(extra)), extra).toThrow(DocsBuildError);
    }
  });

  it('refuses a page with Redoc telemetry on', () => {
    expect(() => makeOffline(redocPage('', '{"disableTelemetry":false}'))).toThrow(
      'The Redoc page has telemetry on; build it with REDOCLY_TELEMETRY=off.',
    );
  });

  it('names the logo it no longer finds, so a Redoc upgrade is looked at', () => {
    expect(() => makeOffline('<html><head></head>"disableTelemetry":true</html>')).toThrow(
      'The Redoc page no longer loads https://cdn.redoc.ly/redoc/logo-mini-full.svg',
    );
  });
});

describe('the HTML API reference, offline in headless Chromium', () => {
  it('records an attempted load from the network (the guard the other checks rely on)', async () => {
    const context = await browser.newContext();
    try {
      const docs = await openDocs(context);
      await docs.page.evaluate(() => {
        document.body.append(
          Object.assign(document.createElement('img'), { src: 'https://cdn.example/x.png' }),
        );
      });
      await expect.poll(() => docs.external.length).toBeGreaterThan(0);
      expect(docs.external.filter((url) => !url.endsWith('https://cdn.example/x.png'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the title and every operation on its first page, and finds them by search', async () => {
    await withDocs('', async ({ page }) => {
      await expect.poll(() => page.locator('h1').first().innerText()).toContain(SPEC_TITLE);
      const text = await textOf(page, 'body');
      for (const operation of OPERATIONS) expect(text).toContain(`${operation.method}\n${operation.path}`);
      await page.screenshot({ path: artifactPath('docs-overview.png') });

      await page.keyboard.press('Control+k');
      await page.keyboard.type('X-Features');
      await expect
        .poll(() => page.getByTestId('search-dialog').innerText())
        .toContain(OPERATIONS[0]?.summary);
    });
  });

  it.each(OPERATIONS)('renders the page of $operationId', async ({ operationId, summary, path }) => {
    await withDocs(`#/responses/${operationId.toLowerCase()}`, async ({ page }) => {
      await expect(page.getByRole('heading', { name: summary }).first().isVisible()).resolves.toBe(true);
      expect(await textOf(page, 'body')).toContain(path);
    });
  });

  it('renders the X-Features, X-Policy and X-Config headers with their schemas and properties', async () => {
    await withDocs('#/responses/createresponse', async ({ page }) => {
      const headers = page.locator('[id="responses/createresponse/request/header"]').locator('xpath=..');
      await headers.scrollIntoViewIfNeeded();
      const show = headers.getByRole('button', { name: /^\+?\s*Show \d+ properties$/ });
      // Expanding one header adds buttons for its nested objects, so the three are found first.
      for (const button of await show.elementHandles()) await button.click();
      const text = (await headers.innerText()).replaceAll('\u200b', '');
      expect(SECURITY_HEADER_SCHEMAS.map(({ header }) => header)).toEqual([
        'X-Features',
        'X-Policy',
        'X-Config',
      ]);
      for (const { header, schema, properties } of SECURITY_HEADER_SCHEMAS) {
        expect(text).toContain(`${header}\nobject\n(${schema})`);
        for (const property of properties) expect(text).toContain(`${header}.${property}\n`);
      }
      await headers.screenshot({ path: artifactPath('docs-security-headers.png') });
    });
  });

  it('lists every stream event type of the text/event-stream reply', async () => {
    await withDocs('#/responses/createresponse', async ({ page }) => {
      await page.getByRole('button', { name: 'Response media type' }).click();
      await page.getByRole('menuitem', { name: 'text/event-stream' }).click();
      const heading = page.locator('[id="responses/createresponse/response&c=200/body"]');
      const body = heading.locator('xpath=..');
      await body.scrollIntoViewIfNeeded();
      await expect.poll(() => body.innerText()).toContain('text/event-stream');
      const text = await body.innerText();
      expect(STREAM_EVENT_TYPES.length).toBeGreaterThan(50);
      expect(STREAM_EVENT_TYPES.filter((type) => !text.includes(`"${type}"`))).toEqual([]);
      expect(text).not.toMatch(/\+\d+ more/);
      await page.setViewportSize({ width: 1400, height: 1500 });
      await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: artifactPath('docs-stream-events.png') });
    });
  });
});

describe('the TypeScript API reference (TypeDoc), offline in headless Chromium', () => {
  /** Opens the TypeScript reference's page `path` (relative to its folder) with the network shut. */
  async function withTypeScriptDocs(path: string, check: (docs: DocsPage) => Promise<void>): Promise<void> {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      serviceWorkers: 'block',
    });
    try {
      const docs = await openOffline(context, new URL(path, typescriptUrl).href);
      // Ready: TypeDoc's script shows the page and fills the site navigation from its compressed index.
      await docs.page.locator('#tsd-nav-container a').first().waitFor();
      await check(docs);
      expect(docs.external).toEqual([]);
    } finally {
      await context.close();
    }
  }

  it('lists both entry points and their exports, and finds a class by search', async () => {
    await withTypeScriptDocs('index.html', async ({ page }) => {
      const modules = await page.locator('.col-content').innerText();
      expect(modules).toContain('sequrity-responses\n');
      expect(modules).toContain('sequrity-responses/testing');
      await page
        .locator('.col-content')
        .getByRole('link', { name: 'sequrity-responses', exact: true })
        .click();
      await page.waitForURL(/modules\/sequrity-responses\.html$/);
      // The page is drawn while it loads: wait for its last section.
      await expect.poll(() => page.locator('.col-content').innerText()).toContain('functionTool');
      const exports = await page.locator('.col-content').innerText();
      for (const name of [
        'SequrityClient',
        'ResponseStream',
        'APIError',
        'textFormat',
        'ResponseCreatedEvent',
      ]) {
        expect(exports).toContain(name);
      }
      await page.screenshot({ path: artifactPath('docs-typescript-overview.png') });

      await page.locator('#tsd-search-trigger').click();
      await page.locator('#tsd-search-input').fill('ResponseStream');
      await expect.poll(() => page.locator('#tsd-search-results').innerText()).toContain('ResponseStream');
    });
  });

  it("renders a class's TSDoc, and a wire type's properties with their spec descriptions and links", async () => {
    await withTypeScriptDocs('classes/sequrity-responses.SequrityClient.html', async ({ page }) => {
      const text = await page.locator('.col-content').innerText();
      expect(text).toContain('Class SequrityClient');
      expect(text).toContain('SEQURITY_API_KEY');
      expect(text).toContain('conversation');
    });
    await withTypeScriptDocs('types/sequrity-responses.ResponseCreatedEvent.html', async ({ page }) => {
      const text = await page.locator('.col-content').innerText();
      expect(text).toContain('sequence_number');
      expect(text).toContain('Position of this event in the stream');
      expect(text).not.toContain('components[');
      await page
        .locator('.col-content a', { hasText: /^Response$/ })
        .first()
        .click();
      await expect.poll(() => page.locator('h1').innerText()).toContain('Type Alias Response');
    });
  });

  it('links to the HTTP reference from a nested page, and the HTTP reference links back', async () => {
    await withTypeScriptDocs('classes/sequrity-responses.ResponseStream.html', async ({ page }) => {
      await page.getByRole('link', { name: HTTP_REFERENCE_LINK_TEXT }).click();
      expect(page.url()).toBe(docsUrl);
      await page.waitForSelector('a[href^="#/"]', { state: 'attached' });
      await expect.poll(() => page.locator('h1').first().innerText()).toContain(SPEC_TITLE);
    });
    await withDocs('', async ({ page }) => {
      const link = page.getByRole('link', { name: TYPESCRIPT_REFERENCE_LINK_TEXT });
      await link.scrollIntoViewIfNeeded();
      await page.screenshot({ path: artifactPath('docs-typescript-link.png') });
      const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
      await opened.waitForLoadState('load');
      expect(opened.url()).toBe(typescriptUrl);
      await expect.poll(() => opened.locator('h1').innerText()).toContain('sequrity-responses');
    });
  });
});
