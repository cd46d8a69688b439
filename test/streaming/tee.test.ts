// ResponseStream.tee(): two streams over one body, each at its own pace. Synthetic streams (test/helpers/events).
import { describe, expect, it, vi } from 'vitest';

import { ResponseStream } from '../../src/index.js';
import { chunk, pacedBody, streamResponse } from '../helpers/bodies.js';
import { collect } from '../helpers/collect.js';
import { TEXT, textEvents } from '../helpers/events.js';
import { bytes, sse, sseBytes, sseText } from '../helpers/sse.js';

const fromBytes = (body: Uint8Array, size = 1024, headers: Record<string, string> = {}) =>
  ResponseStream.fromResponse(streamResponse(chunk(body, size), { headers }));

describe('ResponseStream.tee()', () => {
  it('gives two streams with the same events and their own final responses', async () => {
    const [left, right] = fromBytes(sseBytes(textEvents), 3).tee();
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect(a.events).toEqual(textEvents);
    expect(b.events).toEqual(textEvents);
    expect((await left.finalResponse()).output_text).toBe(TEXT);
    expect((await right.finalResponse()).output_text).toBe(TEXT);
  });

  it('keeps serving one branch after the other stopped, and cancels the body when both stopped', async () => {
    const { body, state } = pacedBody(chunk(sseBytes(textEvents), 7), { end: 'stall' });
    const [quitter, reader] = ResponseStream.fromResponse(new Response(body)).tee();
    for await (const event of quitter) if (event.type === 'response.created') break;
    expect(state.cancelled).toBe(false);
    expect((await collect(reader)).events).toEqual(textEvents);
    // The body stalls after the terminal event: it is cancelled once the release grace period is over.
    await vi.waitFor(() => expect(state.cancelled).toBe(true), { timeout: 1_500, interval: 20 });
  });

  it('lets one branch read everything while the other waits', async () => {
    const [fast, slow] = fromBytes(sseBytes(textEvents)).tee();
    expect((await collect(fast)).events).toHaveLength(textEvents.length);
    expect((await collect(slow)).events).toEqual(textEvents);
  });

  it('keeps a slow branch exact over thousands of events queued ahead of it', async () => {
    const deltas = Array.from({ length: 3_000 }, (_, i) => ({ ...textEvents[3], sequence_number: i + 3 }));
    const events = [...textEvents.slice(0, 3), ...deltas, textEvents[5]];
    const [fast, slow] = fromBytes(sseBytes(events), 4096).tee();
    const iterator = slow[Symbol.asyncIterator]();
    const first = await iterator.next(); // slow takes one, then lets fast run to the end
    expect((await collect(fast)).events).toHaveLength(events.length);
    const rest = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(next.value);
    expect([first.value, ...rest]).toEqual(events);
  });

  it('reports the request id, session id, last event id and retry delay on both branches', async () => {
    const text = `${sse.retry(2500)}${sse.frame({ id: 'ev-1' })}${sseText(textEvents.slice(0, 3))}${sse.frame({ id: 'ev-2' })}${sseText(textEvents.slice(3))}`;
    const stream = fromBytes(bytes(text), 5, { 'x-request-id': 'req_t', 'x-session-id': 'sess-t' });
    const branches = stream.tee();
    await Promise.all(branches.map((branch) => collect(branch)));
    for (const branch of branches) {
      expect([branch.requestId, branch.sessionId, branch.lastEventId, branch.retryMs]).toEqual([
        'req_t',
        'sess-t',
        'ev-2',
        2500,
      ]);
    }
  });

  it('reports on each branch the last event id as of the last event that branch handed out', async () => {
    const frames = textEvents.map((event, i) => sse.event(event, { id: `ev-${i}` })).join('');
    const [ahead, behind] = fromBytes(bytes(frames), 1 << 16).tee();
    const slow = behind[Symbol.asyncIterator]();
    await slow.next();
    await slow.next();
    await collect(ahead);
    expect(ahead.lastEventId).toBe(`ev-${textEvents.length - 1}`);
    expect(behind.lastEventId).toBe('ev-1');
  });

  it('aborts both branches (and reports aborted on both) when one is aborted', async () => {
    const { body, state } = pacedBody([sseBytes(textEvents.slice(0, 2))], { end: 'stall' });
    const [left, right] = ResponseStream.fromResponse(new Response(body)).tee();
    const pending = Promise.all([collect(left), collect(right)]);
    left.abort();
    const [a, b] = await pending;
    expect([a.error, b.error]).toMatchObject([{ type: 'aborted' }, { type: 'aborted' }]);
    expect([left.aborted, right.aborted]).toEqual([true, true]);
    expect(state.cancelled).toBe(true);
  });

  it('fails both branches with incomplete-stream when the body was cut short', async () => {
    const [left, right] = fromBytes(sseBytes(textEvents.slice(0, -1))).tee();
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect(a.events).toEqual(textEvents.slice(0, -1));
    expect(b.events).toEqual(textEvents.slice(0, -1));
    expect([a.error, b.error]).toMatchObject([{ type: 'incomplete-stream' }, { type: 'incomplete-stream' }]);
  });
});
