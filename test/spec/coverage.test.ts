import { describe, expect, it } from 'vitest';

import { compareCoverage, type Finding } from '../../scripts/lib/spec-coverage/compare.js';
import { formatReport } from '../../scripts/lib/spec-coverage/report.js';
import { specSchemas } from '../../scripts/lib/spec-coverage/roots.js';
import { loadDeclarations } from '../../scripts/lib/spec-coverage/typescript-side.js';
import type { SpecDocument } from '../../scripts/lib/spec-diff/document.js';

// The comparison core of `npm run spec:coverage` on a tiny declaration file held in memory (no network, no openai
// package) and hand-made spec schemas: each case compares one exported type with one schema.

const FIXTURE = '/virtual/openai/responses.d.ts';
const declarations = loadDeclarations(
  FIXTURE,
  new Map([
    [
      FIXTURE,
      `
      export interface Plain { id: string; name?: string | null; extra?: number }
      export interface Closed { mode?: 'fast' | 'slow' | null }
      export interface Open { size?: (string & {}) | '1024x1024' | 'auto' }
      export interface Old {
        /** @deprecated Use name. */
        title?: string;
        name?: string;
      }
      export interface CreatedEvent { type: 'created'; id: string }
      export interface DoneEvent { type: 'done'; id: string }
      export interface StoppedEvent { type: 'stopped'; reason: string }
      export type StreamEvent = CreatedEvent | DoneEvent | StoppedEvent;
      export interface ChoiceTypes { type: 'search' | 'mcp' }
      export interface ChoiceMcp { type: 'mcp'; server_label: string }
      export interface Params {
        choice?: 'auto' | 'none' | ChoiceTypes | ChoiceMcp;
        include?: Array<'a.b' | 'c.d'> | null;
        nested?: { inner: Array<{ deep: boolean; deeper?: string }> };
      }
      `,
    ],
  ]),
);

const schemas: Record<string, unknown> = {
  CreatedEvent: {
    type: 'object',
    properties: { type: { type: 'string', const: 'created' }, id: { type: 'string' } },
  },
  DoneEvent: {
    type: 'object',
    properties: { type: { type: 'string', const: 'done' }, id: { type: 'string' } },
  },
  ChoiceTypes: { type: 'object', properties: { type: { type: 'string', enum: ['search'] } } },
  ChoiceMcp: {
    type: 'object',
    properties: { type: { type: 'string', const: 'mcp' }, server_label: { type: 'string' } },
  },
};
const document: SpecDocument = {
  source: 'inline',
  root: { openapi: '3.1.0', components: { schemas } },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The findings for one type against one schema, as `kind owner name` lines. */
function findingsOf(typeName: string, schema: unknown): string[] {
  const type = declarations.typeNamed(typeName);
  if (type === undefined) throw new Error(`The fixture has no type ${typeName}.`);
  const findings = compareCoverage(declarations.checker, document, [
    { label: typeName, type, schemas: [schema] },
  ]);
  return findings.map((finding) => `${finding.kind} ${finding.owner} ${finding.name}`);
}

describe('npm run spec:coverage: the comparison core', () => {
  it.each<[string, string, unknown, string[]]>([
    [
      'reports nothing when every property is there',
      'Plain',
      { type: 'object', properties: { id: {}, name: {}, extra: {} } },
      [],
    ],
    [
      'reports a missing property under its declaration',
      'Plain',
      { type: 'object', properties: { id: { type: 'string' }, name: { type: ['string', 'null'] } } },
      ['property Plain extra'],
    ],
    [
      'reports a value of a closed union that the enum lacks',
      'Closed',
      { type: 'object', properties: { mode: { type: 'string', enum: ['fast'] } } },
      ['value Closed.mode slow'],
    ],
    [
      'does not count a closed enum’s description as listing a value',
      'Closed',
      {
        type: 'object',
        properties: { mode: { type: 'string', enum: ['fast'], description: 'Also `slow`.' } },
      },
      ['value Closed.mode slow'],
    ],
    [
      'accepts an open string that names the values in its description',
      'Closed',
      {
        type: 'object',
        properties: { mode: { type: 'string', description: 'Open set; known values `fast` and `slow`.' } },
      },
      [],
    ],
    [
      'ignores the suggested values of an open union (string & {})',
      'Open',
      { type: 'object', properties: { size: { type: 'string' } } },
      [],
    ],
    ['stops at a schema that accepts anything', 'Plain', { description: 'Anything.' }, []],
    [
      'reports a deprecated property the spec does not mark',
      'Old',
      { type: 'object', properties: { title: { type: 'string' }, name: { type: 'string' } } },
      ['deprecated Old title'],
    ],
    [
      'is satisfied by `deprecated: true`',
      'Old',
      {
        type: 'object',
        properties: { title: { type: 'string', deprecated: true }, name: { type: 'string' } },
      },
      [],
    ],
    [
      'reports a tagged union member by its tag, matching the others by tag',
      'StreamEvent',
      {
        oneOf: [ref('CreatedEvent'), ref('DoneEvent')],
        discriminator: { propertyName: 'type', mapping: { created: '#/x', done: '#/y' } },
      },
      ['member StreamEvent stopped'],
    ],
    [
      'matches a same-named member first, so a tag another member claims by name is still missing',
      'Params',
      {
        type: 'object',
        properties: {
          choice: {
            oneOf: [{ type: 'string', enum: ['auto', 'none'] }, ref('ChoiceTypes'), ref('ChoiceMcp')],
          },
          include: { type: 'array', items: { type: 'string' }, description: 'Known: `a.b`, `c.d`.' },
          nested: {
            type: 'object',
            properties: { inner: { type: 'array', items: { type: 'object', properties: { deep: {} } } } },
          },
        },
      },
      ['value ChoiceTypes.type mcp', 'property Params.nested.inner deeper'],
    ],
    [
      'walks arrays and anonymous object types, and reports a closed array value with no description',
      'Params',
      {
        type: 'object',
        properties: {
          choice: { oneOf: [{ type: 'string', enum: ['auto'] }, ref('ChoiceTypes'), ref('ChoiceMcp')] },
          include: { type: 'array', items: { type: 'string' } },
          nested: { type: 'object', properties: { inner: { type: 'array', items: { type: 'object' } } } },
        },
      },
      [
        'value Params.choice none',
        'value ChoiceTypes.type mcp',
        'value Params.include a.b',
        'value Params.include c.d',
        'property Params.nested.inner deep',
        'property Params.nested.inner deeper',
      ],
    ],
  ])('%s', (_, typeName, schema, expected) => {
    expect(findingsOf(typeName, schema)).toEqual(expected);
  });

  it('finds the request body and the JSON and event-stream replies of every operation', () => {
    const body = { type: 'object' };
    const json = { type: 'object', description: 'json' };
    const events = { type: 'object', description: 'events' };
    const operation = {
      requestBody: { $ref: '#/components/requestBodies/Create' },
      responses: {
        '200': { content: { 'application/json': { schema: json }, 'text/event-stream': { schema: events } } },
      },
    };
    const spec: SpecDocument = {
      source: 'inline',
      root: {
        openapi: '3.1.0',
        paths: { '/a': { post: operation }, '/b': { post: operation } },
        components: { requestBodies: { Create: { content: { 'application/json': { schema: body } } } } },
      },
    };
    expect(specSchemas(spec, 'request')).toEqual([body]);
    expect(specSchemas(spec, 'application/json')).toEqual([json]);
    expect(specSchemas(spec, 'text/event-stream')).toEqual([events]);
  });

  it('words the report by kind, with where each finding was met and what was left out', () => {
    const findings: Finding[] = [
      { kind: 'property', owner: 'Plain', name: 'extra', path: 'Root.plain.extra' },
      {
        kind: 'member',
        owner: 'StreamEvent',
        name: 'stopped',
        path: 'StreamEvent',
        declaration: 'StoppedEvent',
      },
    ];
    expect(
      formatReport({ openai: 'openai 9.9.9', spec: 'spec.json' }, findings, ['The WebSocket unions.']),
    ).toBe(
      [
        'spec:coverage: spec.json against openai 9.9.9',
        '2 names missing from the spec:',
        '',
        'Union members (a `type` tag no spec alternative carries) (1):',
        '  StreamEvent: "stopped" (StoppedEvent)    at StreamEvent',
        '',
        'Properties (1):',
        '  Plain.extra    at Root.plain.extra',
        '',
        'Left out on purpose:',
        '  The WebSocket unions.',
      ].join('\n'),
    );
  });
});
