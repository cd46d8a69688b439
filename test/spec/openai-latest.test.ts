import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  describeErrors,
  errorSites,
  projectDir,
  validateAgainst,
  walkAllSchemas,
} from '../helpers/spec-tooling.js';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import { askForResponse } from '../testing/helpers.js';

// The forms of OpenAI's Responses API added from the openai package (`npm run spec:coverage` lists what is left):
// the new request fields, the new response fields and event, and OpenAI's deprecation marks.

const text = (extra: Record<string, unknown>) => ({ type: 'input_text', text: 'Hi', ...extra });

/** A minimal valid Response, with `extra` merged in. */
const response = (extra: Record<string, unknown>): Record<string, unknown> => ({
  id: 'resp_1',
  object: 'response',
  created_at: 1_767_225_600,
  model: 'gpt-5.6-sol',
  output: [],
  status: 'completed',
  ...extra,
});

/** Requests that use the new request forms, by what they show. */
const NEW_REQUESTS: [string, Record<string, unknown>][] = [
  [
    'prompt caching options and explicit breakpoints on text, image and file parts',
    {
      model: 'gpt-5.6-sol',
      prompt_cache_options: {
        mode: 'explicit',
        ttl: '12h',
        prewarm: false,
        comparison_response_id: 'resp_0',
      },
      input: [
        {
          role: 'user',
          content: [
            text({ prompt_cache_breakpoint: { mode: 'explicit' } }),
            {
              type: 'input_image',
              detail: 'auto',
              image_url: 'https://example.com/a.png',
              prompt_cache_breakpoint: { mode: 'explicit', ttl: '30m' },
            },
            { type: 'input_file', file_id: 'file_1', prompt_cache_breakpoint: { mode: 'explicit' } },
          ],
        },
      ],
    },
  ],
  [
    'context management, moderation, access programs, background and image options',
    {
      model: 'gpt-5.6-sol',
      context_management: [{ type: 'compaction', compact_threshold: 200_000 }],
      moderation: { model: 'omni-moderation-latest', policy: { input: { mode: 'block' }, output: null } },
      access_programs: { cyber: 'daybreak_blue' },
      background: true,
      background_options: { completion_window: '8h', continuation_id: 'batch-7' },
      image: { context_compression: 'disabled' },
    },
  ],
  ["tool_choice {type: 'mcp'} (any MCP server)", { model: 'gpt-5.4', tool_choice: { type: 'mcp' } }],
  [
    "tool_choice {type: 'mcp', server_label} (one MCP server)",
    { model: 'gpt-5.4', tool_choice: { type: 'mcp', server_label: 'deepwiki', name: 'ask' } },
  ],
  [
    'a configuration_update input item and a compaction_trigger with an id',
    {
      model: 'gpt-5.6-sol',
      input: [
        { type: 'configuration_update', reasoning: { effort: 'low' }, text: { format: { type: 'text' } } },
        { type: 'compaction_trigger', id: 'ct_1' },
      ],
    },
  ],
  [
    'async function and custom tools, a grammar format and a file-search filter',
    {
      model: 'gpt-5.4',
      tools: [
        { type: 'function', name: 'f', parameters: { type: 'object' }, strict: true, async: true },
        {
          type: 'custom',
          name: 'sql',
          async: false,
          format: { type: 'grammar', syntax: 'lark', definition: 'x' },
        },
        {
          type: 'file_search',
          vector_store_ids: ['vs_1'],
          filters: { type: 'and', filters: [{ type: 'in', key: 'tag', value: ['a', 1] }] },
        },
      ],
    },
  ],
  [
    'a shell tool whose container has a network allowlist and skills',
    {
      model: 'gpt-5.4',
      tools: [
        {
          type: 'shell',
          environment: {
            type: 'container_auto',
            network_policy: {
              type: 'allowlist',
              allowed_domains: ['example.com'],
              domain_secrets: [{ domain: 'example.com', name: 'TOKEN', value: 's' }],
            },
            skills: [
              { type: 'skill_reference', skill_id: 'sk_1', version: 'latest' },
              {
                type: 'inline',
                name: 'n',
                description: 'd',
                source: { type: 'base64', media_type: 'application/zip', data: 'UEs=' },
              },
            ],
          },
        },
      ],
    },
  ],
  [
    'an image generation tool with a complexity, GIF frame settings and an SVG author',
    {
      model: 'gpt-5.4',
      tools: [
        {
          type: 'image_generation',
          complexity: 'high',
          frame_count: 9,
          frame_duration_ms: 200,
          svg: { model: 'gpt-5.4', reasoning: { effort: 'low' } },
        },
      ],
    },
  ],
];

describe('the OpenAPI spec, against the latest openai package', () => {
  it.each(NEW_REQUESTS)('accepts a request with %s', (_, body) => {
    expect(describeErrors(validateAgainst('ResponseCreateParams', body))).toEqual([]);
  });

  describe('the emulator, which validates requests against the bundled spec', () => {
    let server: MockServer;
    beforeAll(async () => {
      server = await startMockServer();
    });
    afterAll(() => server.close());

    it.each(NEW_REQUESTS)('answers a request with %s', async (_, body) => {
      const reply = await askForResponse(server.url, body);
      expect(reply['status']).toBe('completed');
    });
  });

  it.each([
    [
      "prompt_cache_options.ttl '1h'",
      { prompt_cache_options: { ttl: '1h' } },
      '/prompt_cache_options/ttl',
      'enum',
    ],
    [
      "a breakpoint with mode 'implicit'",
      { input: [{ role: 'user', content: [text({ prompt_cache_breakpoint: { mode: 'implicit' } })] }] },
      '/input/0/content/0/prompt_cache_breakpoint/mode',
      'const',
    ],
    ['moderation without a model', { moderation: {} }, '/moderation', 'required'],
    [
      "background_options.completion_window '1h'",
      { background_options: { completion_window: '1h' } },
      '/background_options/completion_window',
      'enum',
    ],
    [
      "tool_choice {type: 'mcp'} with a null server_label",
      { tool_choice: { type: 'mcp', server_label: null } },
      '/tool_choice',
      'oneOf',
    ],
  ])('rejects a request with %s', (_, body, instancePath, keyword) => {
    expect(errorSites(validateAgainst('ResponseCreateParams', { model: 'gpt-5.4', ...body }))).toContainEqual(
      [instancePath, keyword],
    );
  });

  it('reads a response with the new usage, moderation, prompt-cache and error details', () => {
    const body = response({
      status: 'failed',
      access_programs: null,
      image: { context_compression: 'enabled' },
      input_transformations: [{ id: 'rs_1', type: 'reasoning', action: 'removed', reason: 'model_mismatch' }],
      moderation: {
        input: {
          type: 'moderation_result',
          flagged: false,
          categories: { violence: false },
          category_scores: { violence: 0.01 },
          category_applied_input_types: { violence: ['text'] },
          model: 'omni-moderation-latest',
        },
        output: { type: 'error', code: 'timeout', message: 'Moderation timed out.' },
      },
      prompt_cache_options: { mode: 'implicit', ttl: '12h', comparison_response_id: 'resp_0' },
      prompt_cache_diagnostics: { type: 'cache_miss', reason: 'tools_changed', cache_missed_tokens: 812 },
      tool_usage: {
        image_gen: {
          input_tokens: 10,
          input_tokens_details: { image_tokens: 4, text_tokens: 6 },
          output_tokens: 5,
          total_tokens: 15,
        },
        web_search: { num_requests: 2 },
      },
      usage: {
        input_tokens: 100,
        input_tokens_details: {
          cached_tokens: 0,
          cache_write_tokens: 90,
          cache_write_tokens_details: { ttl_30m_tokens: 0, ttl_12h_tokens: 90 },
        },
        output_tokens: 5,
        total_tokens: 105,
      },
      error: {
        code: 'misalignment_policy_violation',
        message: 'Blocked.',
        param: null,
        type: 'invalid_request_error',
        misalignment: { error_type: 'other', review_target: null, steer: { message: 'Ask the user first.' } },
      },
    });
    expect(describeErrors(validateAgainst('Response', body))).toEqual([]);
  });

  it('reads the response.compaction.compacting event', () => {
    const event = {
      type: 'response.compaction.compacting',
      sequence_number: 4,
      item_id: 'cmp_1',
      output_index: 0,
    };
    expect(describeErrors(validateAgainst('ResponseStreamEvent', event))).toEqual([]);
  });

  it('marks every property the spec deprecates `@deprecated` in the generated TSDoc', () => {
    // The property chains (`Schema.properties.name…`) that carry `deprecated: true`.
    const deprecated: string[][] = [];
    walkAllSchemas((schema, pointer) => {
      if (schema['deprecated'] !== true) return;
      const segments = decodeURIComponent(pointer).split('/').slice(3);
      const chain = [segments[0]!, ...segments.slice(1).filter((_, index) => index % 2 === 1)];
      const onlyProperties = segments
        .slice(1)
        .every((segment, index) => index % 2 === 1 || segment === 'properties');
      if (onlyProperties) deprecated.push(chain);
    });
    const source = ts.createSourceFile(
      'types.gen.ts',
      readFileSync(join(projectDir, 'generated/types.gen.ts'), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const components = source.statements.find(
      (statement): statement is ts.InterfaceDeclaration =>
        ts.isInterfaceDeclaration(statement) && statement.name.text === 'components',
    );
    /** The member `name` of a type literal, through a `| null` union. */
    const member = (type: ts.TypeNode | undefined, name: string): ts.PropertySignature | undefined => {
      const literal =
        type !== undefined && ts.isUnionTypeNode(type) ? type.types.find(ts.isTypeLiteralNode) : type;
      const members: readonly ts.TypeElement[] =
        literal !== undefined && ts.isTypeLiteralNode(literal) ? literal.members : [];
      return members.find(
        (candidate): candidate is ts.PropertySignature =>
          ts.isPropertySignature(candidate) && candidate.name.getText(source).replaceAll("'", '') === name,
      );
    };
    const schemasMember = components?.members.find(
      (candidate): candidate is ts.PropertySignature =>
        ts.isPropertySignature(candidate) && candidate.name.getText(source) === 'schemas',
    );
    const unmarked = deprecated.filter((chain) => {
      let node: ts.PropertySignature | undefined = schemasMember;
      for (const name of chain) node = member(node?.type, name);
      return node === undefined || !ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'deprecated');
    });
    expect(deprecated.map((chain) => chain.join('.'))).toEqual(
      expect.arrayContaining([
        'ResponseCreateParams.truncation',
        'ResponseCreateParams.prompt_cache_retention',
        'Response.prompt_cache_retention',
        'WebSearchActionSearch.query',
        'McpTool.connector_id',
      ]),
    );
    expect(unmarked.map((chain) => chain.join('.'))).toEqual([]);
  });
});
