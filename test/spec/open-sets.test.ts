import { describe, expect, it } from 'vitest';

import { describeErrors, errorSites, validateAgainst, walkAllSchemas } from '../helpers/spec-tooling.js';

// Response-side sets that the server family keeps extending are open: a plain string whose description names the
// known values ("Open set; known values: …"), so a reply with a value added later still validates (and a client
// generated from the spec in a language with closed enums still parses it). Request-side sets are closed: see
// request-bodies.test.ts.

/** A minimal valid Response, with `extra` merged in. */
const response = (extra: Record<string, unknown>): Record<string, unknown> => ({
  id: 'resp_1',
  object: 'response',
  created_at: 1_767_225_600,
  model: 'gpt-5.4-2026-03-05',
  output: [],
  status: 'completed',
  ...extra,
});

describe('the OpenAPI spec', () => {
  describe('open sets on the response side', () => {
    it('types every set described as an "Open set" as a plain string, without `enum` or `const`', () => {
      const closed: string[] = [];
      let open = 0;
      walkAllSchemas((schema, pointer) => {
        const description = schema['description'];
        if (typeof description !== 'string' || !description.includes('Open set')) return;
        open++;
        const type = schema['type'];
        const isString = type === 'string' || (Array.isArray(type) && type.includes('string'));
        if (!isString || 'enum' in schema || 'const' in schema) closed.push(decodeURIComponent(pointer));
      });
      expect(closed).toEqual([]);
      expect(open).toBeGreaterThanOrEqual(12);
    });

    it.each([
      ['Response', 'service_tier', response({ service_tier: 'hyperfast' })],
      ['Response', 'prompt_cache_retention', response({ prompt_cache_retention: '7d' })],
      ['Response', 'prompt_cache_options.mode', response({ prompt_cache_options: { mode: 'adaptive' } })],
      ['Response', 'truncation', response({ truncation: 'middle_out' })],
      [
        'Response',
        'incomplete_details.reason',
        response({ status: 'incomplete', incomplete_details: { reason: 'tool_budget' } }),
      ],
      [
        'Response',
        'error.code',
        response({ status: 'failed', error: { code: 'policy_denied', message: 'Denied by policy.' } }),
      ],
      [
        'ResponseOutputItem',
        'additional_tools role',
        { type: 'additional_tools', id: 'at_1', role: 'planner', tools: [{ type: 'apply_patch' }] },
      ],
      [
        'ResponseOutputItem',
        'message phase',
        {
          type: 'message',
          id: 'msg_1',
          role: 'assistant',
          status: 'completed',
          content: [],
          phase: 'draft',
        },
      ],
      [
        'ResponseOutputItem',
        'tool_search_call execution',
        { type: 'tool_search_call', id: 'ts_1', status: 'completed', execution: 'hybrid' },
      ],
      [
        'ResponseOutputItem',
        'mcp_call error type',
        {
          type: 'mcp_call',
          id: 'mcp_1',
          server_label: 'wiki',
          name: 'search',
          arguments: '{}',
          error: { type: 'mcp_timeout_error' },
        },
      ],
      [
        'ResponseOutputItem',
        'web_search_call source type',
        {
          type: 'web_search_call',
          id: 'ws_1',
          status: 'completed',
          action: { type: 'search', query: 'weather', sources: [{ type: 'dataset', name: 'oai-finance' }] },
        },
      ],
    ])('%s accepts a value added later in %s', (schema, _, value) => {
      expect(describeErrors(validateAgainst(schema, value))).toEqual([]);
    });

    it.each([
      ['service_tier', response({ service_tier: 42 }), '/service_tier'],
      [
        'incomplete_details.reason',
        response({ status: 'incomplete', incomplete_details: { reason: false } }),
        '/incomplete_details/reason',
      ],
    ])('Response still rejects a non-string %s', (_, value, instancePath) => {
      expect(errorSites(validateAgainst('Response', value))).toContainEqual([instancePath, 'type']);
    });
  });
});
