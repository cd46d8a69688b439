// Reading dual-LLM results: the shapes of the Python SDK's DualLlmResult (sequrity-ai/sequrity-api,
// `src/sequrity/control/types/dual_llm_response.py`), responses that carry them, and bad inputs. The parser must
// never throw.
import { describe, expect, it } from 'vitest';
import { parseDualLlmResult } from '../../src/client/dual-llm-result.js';

// The content of a dual-LLM reply in the Python SDK's getting-started example, verbatim.
const SUCCESS =
  '{"status":"success","final_return_value":{"value":97,"meta":{"tags":[],"consumers":["*"],"producers":[]}}}';
// The denial example of the DualLlmResult schema (status failure, error.message, a program).
const DENIAL = JSON.stringify({
  status: 'failure',
  error: {
    code: 'policy_violation',
    message: 'Tool call send_email denied by argument checking policies. Control flow violation.',
  },
  program:
    'final_return_value = None\ndoc_id = "DOC12345"\ndocument_content = get_internal_document(doc_id=doc_id)\n' +
    'send_result = send_email(to="research@gmail.com", subject="Doc", body=document_content)',
  policy_check_history: [{ tool: 'send_email', denied: [{ policy: 'internal_use_only', level: 'hard' }] }],
});

const message = (...texts: string[]) => ({
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content: texts.map((text) => ({ type: 'output_text', text, annotations: [] })),
});

describe('parseDualLlmResult', () => {
  it('reads a success with its value and metadata', () => {
    expect(parseDualLlmResult(SUCCESS)).toEqual({
      status: 'success',
      final_return_value: { value: 97, meta: { tags: [], consumers: ['*'], producers: [] } },
      raw: SUCCESS,
      issues: [],
    });
  });

  it('reads a policy denial: failure, error, program and the denied checks', () => {
    const result = parseDualLlmResult(DENIAL);
    expect(result.status).toBe('failure');
    expect(result.error?.message).toContain('denied by argument checking policies');
    expect(result.program).toContain('send_email(');
    expect(result.policy_check_history).toEqual([
      { tool: 'send_email', denied: [{ policy: 'internal_use_only', level: 'hard' }] },
    ]);
    expect(result.issues).toEqual([]);
  });

  it('reads every documented field', () => {
    const document = {
      status: 'success',
      final_return_value: { value: { booked: 'ABC12345' } },
      error: null,
      program: 'final_return_value = book_flight(...)',
      namespace_snapshot: { x: { value: 1, meta: { tags: ['t'] } } },
      session_meta: { value: null, meta: { producers: ['p'], consumers: [], tags: [] } },
      policy_check_history: [],
      message_history_mismatch_detected: false,
    };
    expect(parseDualLlmResult(JSON.stringify(document))).toEqual({
      ...document,
      raw: JSON.stringify(document),
      issues: [],
    });
  });

  it('keeps unknown keys at the top level, in values and in metadata (the Python SDK downgrades to unknown)', () => {
    const text = JSON.stringify({
      status: 'success',
      final_return_value: { value: 1, meta: { tags: [], integrity: 'high' }, trace_id: 'tr_1' },
      elapsed_ms: 1234,
    });
    const result = parseDualLlmResult(text);
    expect(result.status).toBe('success');
    expect(result['elapsed_ms']).toBe(1234);
    expect(result.final_return_value).toEqual({
      value: 1,
      meta: { tags: [], integrity: 'high' },
      trace_id: 'tr_1',
    });
    expect(result.issues).toEqual([]);
  });

  it('reads the text from a response: output_text first, else every output_text part of every message', () => {
    expect(parseDualLlmResult({ output_text: SUCCESS, output: [] }).status).toBe('success');
    const half = SUCCESS.length / 2;
    const response = {
      id: 'resp_1',
      status: 'completed',
      output: [
        { type: 'reasoning', id: 'rs_1', summary: [] },
        message(SUCCESS.slice(0, half)),
        { type: 'message', content: [{ type: 'refusal', refusal: 'no' }] },
        message(SUCCESS.slice(half)),
      ],
    };
    const result = parseDualLlmResult(response);
    expect(result.status).toBe('success');
    expect(result.raw).toBe(SUCCESS);
  });

  it('reads a failed response (a denial is an HTTP 200 with status failed)', () => {
    const response = { id: 'resp_2', status: 'failed', output: [message(DENIAL)] };
    const result = parseDualLlmResult(response);
    expect([result.status, result.error?.code]).toEqual(['failure', 'policy_violation']);
  });

  it.each([
    ['plain text (strip_response_content)', '97', 'The text must be a JSON object, got 97.'],
    ['prose', "I can't do that: 'send_email' is denied", 'The text is not JSON'],
    ['truncated JSON', SUCCESS.slice(0, 40), 'The text is not JSON'],
    ['a JSON array', '[{"status":"success"}]', 'The text must be a JSON object, got an array.'],
    ['JSON null', 'null', 'The text must be a JSON object, got null.'],
    ['a JSON string', '"success"', 'The text must be a JSON object, got string.'],
    ['empty text', '', 'The text is empty.'],
    ['whitespace', '  \n', 'The text is empty.'],
  ])('gives unknown with the raw text for %s', (_name, text, issue) => {
    const result = parseDualLlmResult(text);
    expect(result.status).toBe('unknown');
    expect(result.raw).toBe(text);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toContain(issue);
    expect(Object.keys(result).sort()).toEqual(['issues', 'raw', 'status']);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [SUCCESS]],
    ['a response without output', { id: 'resp_1' }],
    ['a response whose output is not a list', { output: 'x' }],
    ['output items that are not objects', { output: [null, 1, 'x', { type: 'message', content: 'x' }] }],
  ])('never throws on %s', (_name, input) => {
    const result = parseDualLlmResult(input as never);
    expect(result.status).toBe('unknown');
    expect(result.raw).toBe('');
  });

  it('never throws when reading the input throws', () => {
    const hostile = {
      get output_text(): string {
        throw new Error('getter');
      },
    };
    expect(parseDualLlmResult(hostile)).toEqual({
      status: 'unknown',
      raw: '',
      issues: ['The input could not be read: getter.'],
    });
  });

  it('accepts a leading byte-order mark', () => {
    const result = parseDualLlmResult(`\ufeff${SUCCESS}`);
    expect(result.status).toBe('success');
    expect(result.raw).toBe(`\ufeff${SUCCESS}`);
  });

  it.each([
    ['a missing status', { program: 'x' }, 'status is missing.'],
    [
      'an unknown status',
      { status: 'partial', program: 'x' },
      'status "partial" is not success, failure or unknown.',
    ],
    ['a non-string status', { status: 1, program: 'x' }, 'status 1 is not success, failure or unknown.'],
  ])('gives status unknown for %s but keeps the other fields', (_name, document, issue) => {
    const result = parseDualLlmResult(JSON.stringify(document));
    expect([result.status, result.program, result.issues]).toEqual(['unknown', 'x', [issue]]);
  });

  it.each([
    ['final_return_value without value', { final_return_value: { meta: {} } }, 'final_return_value'],
    ['final_return_value as a bare value', { final_return_value: 97 }, 'final_return_value'],
    ['error without message', { error: { code: 'x' } }, 'error'],
    ['error as a string', { error: 'denied' }, 'error'],
    ['program as a list', { program: ['a'] }, 'program'],
    [
      'message_history_mismatch_detected as a string',
      { message_history_mismatch_detected: 'yes' },
      'message_history_mismatch_detected',
    ],
    ['namespace_snapshot as a list', { namespace_snapshot: [] }, 'namespace_snapshot'],
    ['policy_check_history as an object', { policy_check_history: {} }, 'policy_check_history'],
    ['session_meta as a string', { session_meta: 's' }, 'session_meta'],
  ])('drops %s, keeps the rest and says why', (_name, fields, key) => {
    const result = parseDualLlmResult(JSON.stringify({ status: 'failure', ...fields, extra: 1 }));
    expect(result.status).toBe('failure');
    expect(result).not.toHaveProperty(key);
    expect(result['extra']).toBe(1);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatch(new RegExp(`^${key} was dropped`));
  });

  it('drops only the malformed parts inside values, snapshots and histories', () => {
    const result = parseDualLlmResult(
      JSON.stringify({
        status: 'success',
        final_return_value: { value: 1, meta: { tags: 'not-a-list', producers: ['p'] } },
        session_meta: { value: 2, meta: 'x' },
        namespace_snapshot: { good: { value: 1 }, bad: 3 },
        policy_check_history: [{ ok: true }, 'x', null],
      }),
    );
    expect(result.final_return_value).toEqual({ value: 1, meta: { producers: ['p'] } });
    expect(result.session_meta).toEqual({ value: 2 });
    expect(result.namespace_snapshot).toEqual({ good: { value: 1 } });
    expect(result.policy_check_history).toEqual([{ ok: true }]);
    expect(result.issues).toEqual([
      'final_return_value.meta.tags was dropped: expected an array of strings.',
      'session_meta.meta was dropped: expected an object, got string.',
      'namespace_snapshot.bad was dropped: expected an object with a "value", got 3.',
      'policy_check_history: 2 entries that are not objects were dropped.',
    ]);
  });

  it('keeps null for nullable fields', () => {
    const result = parseDualLlmResult(
      '{"status":"success","final_return_value":null,"error":null,"program":null}',
    );
    expect(result).toEqual({
      status: 'success',
      final_return_value: null,
      error: null,
      program: null,
      raw: '{"status":"success","final_return_value":null,"error":null,"program":null}',
      issues: [],
    });
  });

  it('never copies __proto__, constructor or prototype keys into the result', () => {
    const text =
      '{"status":"success","__proto__":{"polluted":1},"constructor":{"x":1},' +
      '"final_return_value":{"value":1,"__proto__":{"polluted":1},"meta":{"prototype":1}}}';
    const result = parseDualLlmResult(text);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(['status', 'final_return_value', 'raw', 'issues']);
    expect(result.final_return_value).toEqual({ value: 1, meta: {} });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('sets raw and issues itself, over keys of the same name in the document', () => {
    const result = parseDualLlmResult('{"status":"success","raw":"server","issues":"server"}');
    expect([result.raw, result.issues]).toEqual([
      '{"status":"success","raw":"server","issues":"server"}',
      [],
    ]);
  });
});
