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
  });
});
