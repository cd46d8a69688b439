import { describe, expect, it } from 'vitest';

import { describeErrors, errorSites, validateAgainst } from '../helpers/spec-tooling.js';

describe('the OpenAPI spec', () => {
  describe('request bodies (ResponseCreateParams)', () => {
    const metadata = (keys: number): Record<string, string> =>
      Object.fromEntries(Array.from({ length: keys }, (_, index) => [`key${index}`, `value${index}`]));
    const functionTool = {
      type: 'function',
      name: 'get_weather',
      parameters: { type: 'object' },
      strict: true,
    };
    const imageInput = (detail: string): unknown[] => [
      {
        role: 'user',
        content: [{ type: 'input_image', image_url: 'https://example.com/cat.png', detail }],
      },
    ];

    it.each([
      ['only a model', { model: 'gpt-5-mini' }],
      ['a string input', { model: 'gpt-5-mini', input: 'Hello' }],
      ['a message list input', { model: 'gpt-5-mini', input: [{ role: 'user', content: 'Hello' }] }],
      ['temperature at its maximum 2', { model: 'gpt-5-mini', temperature: 2 }],
      ['metadata with 16 keys', { model: 'gpt-5-mini', metadata: metadata(16) }],
      [
        'a function tool and tool_choice required',
        { model: 'gpt-5-mini', tools: [functionTool], tool_choice: 'required' },
      ],
      [
        'tool_choice naming a function',
        {
          model: 'gpt-5-mini',
          tools: [functionTool],
          tool_choice: { type: 'function', name: 'get_weather' },
        },
      ],
      [
        'a json_schema text format',
        {
          model: 'gpt-5-mini',
          text: { format: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true } },
        },
      ],
      [
        'streaming with a previous response',
        { model: 'gpt-5-mini', stream: true, previous_response_id: 'resp_1', input: 'More' },
      ],
    ])('accepts %s', (_, body) => {
      expect(describeErrors(validateAgainst('ResponseCreateParams', body))).toEqual([]);
    });

    // OpenAI forms added from openai/openai-openapi (see each schema's description).
    it.each([
      [
        "tool_choice {type: 'shell'} forcing the shell tool",
        {
          model: 'gpt-5.4',
          tools: [{ type: 'shell', environment: { type: 'local' } }],
          tool_choice: { type: 'shell' },
        },
      ],
      [
        "tool_choice {type: 'apply_patch'} forcing the apply_patch tool",
        { model: 'gpt-5.4', tools: [{ type: 'apply_patch' }], tool_choice: { type: 'apply_patch' } },
      ],
      [
        "tool_choice {type: 'programmatic_tool_calling'}",
        {
          model: 'gpt-5.6-sol',
          tools: [
            { type: 'programmatic_tool_calling' },
            { ...functionTool, allowed_callers: ['programmatic'] },
          ],
          tool_choice: { type: 'programmatic_tool_calling' },
        },
      ],
      [
        "tool_choice {type: 'computer'} and the computer tool",
        { model: 'gpt-5.4', tools: [{ type: 'computer' }], tool_choice: { type: 'computer' } },
      ],
      ["tool_choice {type: 'computer_use'}", { model: 'gpt-5.4', tool_choice: { type: 'computer_use' } }],
      ["reasoning effort 'max'", { model: 'gpt-5.4', reasoning: { effort: 'max' } }],
      ["an input image with detail 'original'", { model: 'gpt-5.4', input: imageInput('original') }],
      ["service_tier 'fast'", { model: 'gpt-5.4', service_tier: 'fast' }],
      ["service_tier 'ultrafast'", { model: 'gpt-5.6-sol', service_tier: 'ultrafast' }],
      [
        'a namespace tool grouping a function and a custom tool',
        {
          model: 'gpt-5.4',
          tools: [
            {
              type: 'namespace',
              name: 'crm',
              description: 'Customer records.',
              tools: [functionTool, { type: 'custom', name: 'run_query' }],
            },
          ],
        },
      ],
      [
        'replayed program and program_output items, an additional_tools item and a final compaction_trigger',
        {
          model: 'gpt-5.6-sol',
          input: [
            {
              type: 'program',
              id: 'cm_1',
              call_id: 'call_1',
              code: 'await tools.get_weather({})',
              fingerprint: 'f',
            },
            { type: 'program_output', id: 'cmo_1', call_id: 'call_1', result: '18 °C', status: 'completed' },
            { type: 'additional_tools', role: 'developer', tools: [functionTool] },
            { type: 'compaction_trigger' },
          ],
        },
      ],
    ])('accepts %s', (_, body) => {
      expect(describeErrors(validateAgainst('ResponseCreateParams', body))).toEqual([]);
    });

    it.each([
      ['no model', { input: 'Hello' }, '/', 'required'],
      ['temperature 3', { model: 'gpt-5-mini', temperature: 3 }, '/temperature', 'maximum'],
      [
        'metadata with 17 keys',
        { model: 'gpt-5-mini', metadata: metadata(17) },
        '/metadata',
        'maxProperties',
      ],
      [
        'an unknown tool type',
        { model: 'gpt-5-mini', tools: [{ type: 'teleport', name: 'x' }] },
        '/tools/0',
        'oneOf',
      ],
      ["tool_choice 'maybe'", { model: 'gpt-5-mini', tool_choice: 'maybe' }, '/tool_choice', 'oneOf'],
      [
        'a json_schema text format without schema',
        { model: 'gpt-5-mini', text: { format: { type: 'json_schema', name: 'answer' } } },
        '/text/format',
        'oneOf',
      ],
    ])('rejects %s', (_, body, instancePath, keyword) => {
      expect(errorSites(validateAgainst('ResponseCreateParams', body))).toContainEqual([
        instancePath,
        keyword,
      ]);
    });

    // Request-side sets are closed: a typo fails validation (and compilation) instead of reaching the server.
    it.each([
      [
        "reasoning effort 'maximum'",
        { model: 'gpt-5.4', reasoning: { effort: 'maximum' } },
        '/reasoning/effort',
        'enum',
      ],
      [
        "image detail 'full'",
        { model: 'gpt-5.4', input: imageInput('full') },
        '/input/0/content/0/detail',
        'enum',
      ],
      ["service_tier 'turbo'", { model: 'gpt-5.4', service_tier: 'turbo' }, '/service_tier', 'enum'],
      [
        "tool_choice {type: 'shell_tool'}",
        { model: 'gpt-5.4', tool_choice: { type: 'shell_tool' } },
        '/tool_choice',
        'oneOf',
      ],
      [
        'a namespace tool without tools',
        { model: 'gpt-5.4', tools: [{ type: 'namespace', name: 'crm', description: 'CRM.', tools: [] }] },
        '/tools/0/tools',
        'minItems',
      ],
      [
        'a namespace tool grouping a hosted tool',
        {
          model: 'gpt-5.4',
          tools: [{ type: 'namespace', name: 'crm', description: 'CRM.', tools: [{ type: 'web_search' }] }],
        },
        '/tools/0/tools/0',
        'oneOf',
      ],
      [
        'an additional_tools input item without tools',
        { model: 'gpt-5.4', input: [{ type: 'additional_tools', role: 'developer' }] },
        '/input/0',
        'required',
      ],
    ])('rejects %s', (_, body, instancePath, keyword) => {
      expect(errorSites(validateAgainst('ResponseCreateParams', body))).toContainEqual([
        instancePath,
        keyword,
      ]);
    });
  });
});
