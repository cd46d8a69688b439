// Hostile servers against structured outputs and schema-typed tools: whatever the text or the arguments hold, parse
// and the tool loop end with a typed error or an error output the model reads, with bounded messages; never a stack
// overflow escaping as a RangeError, a crash, or a `run` given what its schema rejects.
import { type } from 'arktype';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  functionTool,
  SequrityClient,
  StructuredOutputError,
  textFormat,
  type SchemaInput,
  type StandardJSONSchemaV1,
} from '../../src/index.js';
import { json, rejection, responseBody, useServers } from '../helpers/sequrity-server.js';
import { functionCall, message, outputsOf, useToolServer } from '../helpers/tool-server.js';
import { runProbe } from './child.js';

const serve = useServers();
const tools = useToolServer();

/** A client of a server that answers every request with a completed response whose text is `text`. */
async function answering(text: string, extra: Record<string, unknown> = {}): Promise<SequrityClient> {
  const server = await serve((_request, response) => json(response, responseBody('resp_h', text, extra)));
  return new SequrityClient({ apiKey: 'sk-test-hostile', baseURL: server.url, maxRetries: 0 });
}

const body = (schema: SchemaInput) => ({
  model: 'm',
  input: 'x',
  text: { format: textFormat(schema as StandardJSONSchemaV1, { name: 'h', strict: false }) },
});

describe('responses.parse against a hostile server', () => {
  it('turns a validator overflowing on 100,000 levels of nesting into StructuredOutputError, in a child process', async () => {
    const result = await runProbe(`
      import { createServer } from 'node:http';
      import { z } from 'zod';
      import { SequrityClient, textFormat } from './src/index.ts';
      const depth = 100_000;
      const text = '{"next":'.repeat(depth) + 'null' + '}'.repeat(depth);
      const reply = JSON.stringify({ id: 'r', object: 'response', created_at: 1, model: 'm', status: 'completed',
        output: [{ id: 'm', type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text, annotations: [] }] }] });
      const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(reply));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const Node = z.object({ next: z.lazy(() => Node).nullable() });
      const client = new SequrityClient({ apiKey: 'sk-probe', baseURL: 'http://127.0.0.1:' + server.address().port });
      const format = textFormat(Node, { name: 'node', strict: false });
      const report = await client.responses.parse({ model: 'm', input: 'x', text: { format } }).then(
        () => ({ resolved: true }),
        (error) => ({ name: error.name, type: error.type, messageLength: error.message.length, causeName: error.cause?.name }),
      );
      server.close();
      console.log(JSON.stringify(report));
    `);
    expect(result.timedOut).toBe(false);
    expect(result.code, result.stderr).toBe(0);
    expect(result.report).toEqual({
      name: 'StructuredOutputError',
      type: 'invalid-output',
      messageLength: expect.any(Number),
      causeName: 'RangeError',
    });
    expect((result.report as { messageLength: number }).messageLength).toBeLessThan(300);
  });

  it('keeps the message short when the output has 100,000 issues, each with a 100 kB value', async () => {
    const huge = 'x'.repeat(100_000);
    const client = await answering(JSON.stringify({ items: Array.from({ length: 100_000 }, () => 1), huge }));
    const Schema = z.object({ items: z.array(z.string()), huge: z.enum(['a', 'b']) });
    const error = (await rejection(client.responses.parse(body(Schema)))) as StructuredOutputError;
    expect(error).toBeInstanceOf(StructuredOutputError);
    // The message counts every issue; the list itself is bounded like every value an error carries (redaction
    // visits at most 100,000 values), so a hostile output cannot make the error hold it all.
    expect(error.message).toMatch(/ \(and 99998 more\); error\.issues lists them\.$/);
    expect(error.issues.length).toBeGreaterThan(1_000);
    expect(error.issues.length).toBeLessThanOrEqual(100_001);
    expect(error.message.length).toBeLessThan(1_000);
    const Ark = type({ huge: "'a' | 'b'" });
    const ark = (await rejection(client.responses.parse(body(Ark)))) as StructuredOutputError;
    expect(ark.message.length).toBeLessThan(400);
  });

  it('parses nothing from items and parts of the wrong shape', async () => {
    const odd = await answering('', {
      output: [
        null,
        7,
        'text',
        { type: 'message', content: 'x' },
        { type: 'message', content: [null, { type: 'output_text', text: 5 }] },
      ],
    });
    const response = await odd.responses.parse(body(z.object({})));
    expect(response.output_parsed).toBeNull();
    expect(response.output).toHaveLength(5);
  });

  it('answers tool arguments that overflow the validator, or pollute the prototype, with the error output', async () => {
    const depth = 50_000;
    const deep = '{"next":'.repeat(depth) + 'null' + '}'.repeat(depth);
    const server = await tools.serve((turn) =>
      turn.previous === undefined
        ? {
            output: [
              functionCall(turn.session, 'walk', deep),
              functionCall(turn.session, 'greet', '{"__proto__":{"polluted":true},"name":"Ada"}'),
            ],
          }
        : { output: [message('Done.')] },
    );
    type Node = { next: Node | null };
    const Node: z.ZodType<Node> = z.object({ next: z.lazy(() => Node).nullable() });
    const ran: unknown[] = [];
    const walk = functionTool({ name: 'walk', parameters: Node, run: (node) => ran.push(node) });
    const greet = functionTool({
      name: 'greet',
      parameters: z.object({ name: z.string() }),
      run: (args) => (ran.push(args), `Hello ${args.name}`),
    });
    await tools.client(server).responses.runTools({ model: 'm', input: 'x', tools: [walk, greet] });
    const [walked, greeted] = outputsOf(server.turns[1]!.body).map((output) => output.output);
    expect(walked).toMatch(
      /^Error: the arguments do not match the parameters of walk: Maximum call stack size exceeded;/,
    );
    expect(greeted).toBe('Hello Ada');
    expect(ran).toEqual([{ name: 'Ada' }]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
