// The page the browser check loads: SequrityClient makes two streamed turns against the emulator named by `?api=`
// and renders each text delta as it arrives. `body[data-state]` says when it is done or failed.
import {
  SequrityClient,
  config,
  features,
  isResponseOutputTextDeltaEvent,
  policy,
} from '../../../src/index.js';
import { TURNS } from './questions.js';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}

async function main(): Promise<void> {
  const api = new URL(location.href).searchParams.get('api') ?? location.origin;
  document.querySelector('#origins')!.textContent = `page ${location.origin} · API ${api}`;
  const client = new SequrityClient({
    apiKey: 'browser-test-key',
    baseURL: api,
    features: features.singleLlm(),
    policy: policy.singleLlm(),
    config: config.singleLlm({ maxNTurns: 5 }),
    maxRetries: 0,
  });
  const turns = document.querySelector('#turns')!;
  for (const [index, { question }] of TURNS.entries()) {
    const answer = element('dd', { className: 'answer', id: `answer-${index}` });
    const meta = element('dd', { className: 'meta', id: `meta-${index}` });
    turns.append(element('dt', { textContent: question }), answer, meta);
    const stream = await client.responses.create({ model: 'gpt-5-mini', input: question, stream: true });
    let deltas = 0;
    for await (const event of stream) {
      if (isResponseOutputTextDeltaEvent(event)) {
        deltas += 1;
        answer.textContent += event.delta;
      }
    }
    const final = await stream.finalResponse();
    meta.textContent = `${final.status} · ${deltas} deltas · session ${stream.sessionId ?? 'none'}`;
    meta.dataset['status'] = final.status ?? '';
    meta.dataset['deltas'] = String(deltas);
    meta.dataset['session'] = stream.sessionId ?? '';
    if (answer.textContent !== final.output_text)
      throw new Error('The streamed text differs from output_text.');
  }
  document.body.dataset['state'] = 'done';
}

main().catch((error: unknown) => {
  const failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  document.querySelector('#error')!.textContent = failure;
  document.body.dataset['state'] = 'failed';
});
