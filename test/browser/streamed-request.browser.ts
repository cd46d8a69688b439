// SequrityClient in a real browser: a page bundled for the browser platform makes two streamed turns against the
// emulator over loopback HTTP, once from the emulator's own origin and once from a second origin (CORS).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer, type RecordedRequest } from '../../src/testing/index.js';
import { artifactPath } from './helpers/artifacts.js';
import { launchChromium } from './helpers/chromium.js';
import { bundleClientPage, type PageBundle } from './helpers/page-bundle.js';
import { DOCUMENTED_REQUEST_HEADERS } from './helpers/spec.js';
import { TURNS } from './page/questions.js';

const RESPONSES_PATH = '/control/chat/v1/responses';

let bundle: PageBundle;
/** The emulator the page talks to; it also serves the page, for the same-origin run. */
let api: MockServer;
/** A second emulator on another loopback port that only serves the page: the cross-origin run. */
let pageHost: MockServer;
let browser: Browser;

beforeAll(async () => {
  bundle = await bundleClientPage();
  const files = {
    '/index.html': { type: 'text/html; charset=utf-8', body: bundle.html },
    '/client-page.js': { type: 'text/javascript; charset=utf-8', body: bundle.script },
  };
  // Paced deltas, so the page has text on screen while the stream is still open.
  api = await startMockServer({ files, tokensPerSecond: 20 });
  pageHost = await startMockServer({ files });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([api?.close(), pageHost?.close()]);
});

interface PageRun {
  page: Page;
  /** What the emulator behind the API received during the run. */
  requests: RecordedRequest[];
  answers: string[];
  meta: { status: string; deltas: number; session: string }[];
  userAgent: string;
}

/** Loads the page, waits until it has rendered part of the first answer and then both turns, and screenshots it. */
async function runPage(pageUrl: string, screenshot: string): Promise<PageRun> {
  const before = api.requests.length;
  const context = await browser.newContext({ viewport: { width: 900, height: 560 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pageUrl);
    // Seen from outside: text is on screen while the first turn has no final status yet (or the page gave up).
    const first = await page.waitForFunction(() => {
      const answer = document.querySelector('#answer-0');
      const meta = document.querySelector<HTMLElement>('#meta-0');
      if ((answer?.textContent ?? '') !== '' && meta?.dataset['status'] === undefined) return 'partial text';
      return document.body.dataset['state'] === 'loading' ? false : `state ${document.body.dataset['state']}`;
    });
    const seenFirst = await first.jsonValue();
    await page.waitForFunction(() => document.body.dataset['state'] !== 'loading');
    const state = await page.evaluate(() => document.body.dataset['state']);
    await page.screenshot({ path: artifactPath(screenshot) });
    if (state !== 'done') {
      throw new Error(
        `The page failed: ${await page.locator('#error').textContent()} (${errors.join('; ')})`,
      );
    }
    expect(seenFirst).toBe('partial text');
    expect(errors).toEqual([]);
    return {
      page,
      requests: api.requests.slice(before),
      answers: await Promise.all(TURNS.map((_, index) => page.locator(`#answer-${index}`).innerText())),
      meta: await Promise.all(
        TURNS.map((_, index) =>
          page.locator(`#meta-${index}`).evaluate((element: HTMLElement) => ({
            status: element.dataset['status'] ?? '',
            deltas: Number(element.dataset['deltas']),
            session: element.dataset['session'] ?? '',
          })),
        ),
      ),
      userAgent: await page.evaluate(() => navigator.userAgent),
    };
  } finally {
    await context.close();
  }
}

/** Checks what both runs share: the rendered turns, and the two POSTs threading one session. */
function expectTwoStreamedTurns(run: PageRun): RecordedRequest[] {
  expect(run.answers).toEqual(TURNS.map((turn) => turn.answer));
  expect(run.meta.map((meta) => meta.status)).toEqual(['completed', 'completed']);
  // One delta per token: the first answer arrives in pieces ('Hello!' is one token).
  expect(run.meta[0]?.deltas).toBeGreaterThan(5);
  expect(run.meta[1]?.deltas).toBe(1);
  expect(run.meta[0]?.session).toMatch(/^[0-9a-f-]{36}$/);
  expect(run.meta[1]?.session).toBe(run.meta[0]?.session);

  const posts = run.requests.filter((request) => request.method === 'POST');
  expect(posts.map((request) => [request.path, request.status, request.body])).toEqual(
    TURNS.map((turn) => [RESPONSES_PATH, 200, { model: 'gpt-5-mini', input: turn.question, stream: true }]),
  );
  const [first, second] = posts;
  expect(first?.headers['accept']).toBe('text/event-stream');
  expect(first?.features).toEqual({ agent_arch: 'single-llm' });
  expect(first?.headers['x-session-id']).toBeUndefined();
  // The second turn read X-Session-ID from the first reply's headers and sent it back.
  expect(second?.headers['x-session-id']).toBe(run.meta[0]?.session);
  for (const post of posts) {
    // The browser's own User-Agent: the client adds none (in a browser it would force a preflight).
    expect(post.headers['user-agent']).toBe(run.userAgent);
    expect(post.headers['user-agent']).not.toContain('sequrity-responses');
  }
  return posts;
}

describe('SequrityClient in headless Chromium', () => {
  it('is bundled for the browser from the client alone, without the emulator', () => {
    expect(bundle.inputs).toContain('src/client/sequrity-client.ts');
    expect(bundle.inputs).toContain('node_modules/openapi-fetch/dist/index.mjs');
    expect(bundle.inputs.filter((input) => input.startsWith('src/testing/'))).toEqual([]);
  });

  it("streams two turns from the emulator's own origin and renders the text as it arrives", async () => {
    const run = await runPage(`${api.url}/index.html`, 'client-same-origin.png');
    const posts = expectTwoStreamedTurns(run);
    // Same origin: nothing to preflight.
    expect(run.requests.filter((request) => request.method === 'OPTIONS')).toEqual([]);
    expect(posts.map((request) => request.headers['sec-fetch-site'])).toEqual(['same-origin', 'same-origin']);
  });

  it('streams across origins, preflighted only for the documented Sequrity headers', async () => {
    const run = await runPage(
      `${pageHost.url}/index.html?api=${encodeURIComponent(api.url)}`,
      'client-cross-origin.png',
    );
    const posts = expectTwoStreamedTurns(run);
    expect(posts.map((request) => request.headers['origin'])).toEqual([pageHost.url, pageHost.url]);

    const preflights = run.requests.filter((request) => request.method === 'OPTIONS');
    expect(preflights.length).toBeGreaterThan(0);
    for (const preflight of preflights) {
      expect(preflight.path).toBe(RESPONSES_PATH);
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-request-method']).toBe('POST');
      const asked = (preflight.headers['access-control-request-headers'] ?? '').split(',');
      expect(asked.filter((name) => !DOCUMENTED_REQUEST_HEADERS.includes(name))).toEqual([]);
    }
    // The first request asks for exactly the headers it sends beyond the CORS-safelisted ones.
    expect(preflights[0]?.headers['access-control-request-headers']).toBe(
      'authorization,content-type,x-config,x-features,x-policy',
    );
  });
});
