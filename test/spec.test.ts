import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';

import { RESPONSE_STREAM_EVENT_TYPES } from '../generated/unions.gen.js';
import { lintSpec, SpecError } from '../scripts/lib/redocly.js';
import { hasFixtures, loadErrorBodies, loadRecordings, missingFixturesReason } from './helpers/fixtures.js';

// ---------------------------------------------------------------------------------------------------------------
// The bundled spec (generated/openapi.json) and an Ajv 2020 instance that resolves `#/components/...` inside it.
// ---------------------------------------------------------------------------------------------------------------

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const specRoot = join(projectDir, 'openapi/openapi.yaml');

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const doc = JSON.parse(readFileSync(join(projectDir, 'generated/openapi.json'), 'utf8')) as Json;
const components = doc['components'] as Record<string, Record<string, Json>>;
const schemas = components['schemas'] ?? {};

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
ajv.addSchema({ ...doc, $id: 'spec' });

/** Appends a JSON-pointer segment (escaped, then URI-encoded because Ajv reads the pointer from a URI fragment). */
const child = (pointer: string, segment: string | number): string =>
  `${pointer}/${encodeURIComponent(String(segment).replaceAll('~', '~0').replaceAll('/', '~1'))}`;

/** Validates `value` against the schema at `pointer` (`#/...`) of the bundle; returns Ajv's errors, empty if valid. */
function validateAt(pointer: string, value: unknown): ErrorObject[] {
  const validate = ajv.getSchema(`spec${pointer}`);
  if (!validate) throw new Error(`No schema at ${pointer}`);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Validates `value` against the component schema `name`. */
const validateAgainst = (name: string, value: unknown): ErrorObject[] =>
  validateAt(`#/components/schemas/${name}`, value);
const isValid = (name: string, value: unknown): boolean => validateAgainst(name, value).length === 0;

/** Resolves a `$ref` to `#/components/<section>/<name>` (the only kind the bundle holds). */
function resolveRef(value: Json): Json {
  const ref = value['$ref'];
  if (typeof ref !== 'string') return value;
  const [, section, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref) ?? [];
  const target = section && name ? components[section]?.[name] : undefined;
  if (!target) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
}

/** A place that holds a schema next to named examples: a parameter, a header or a media type. */
interface SchemaSite {
  pointer: string;
  schema: Json;
  examples: Record<string, Json>;
}

/** Every parameter, header and media type of the bundle (paths and components), with its pointer. */
function schemaSites(): SchemaSite[] {
  const sites: SchemaSite[] = [];
  const site = (pointer: string, holder: Json): void => {
    if (isObject(holder['schema'])) {
      sites.push({
        pointer,
        schema: holder['schema'],
        examples: (holder['examples'] ?? {}) as Record<string, Json>,
      });
    }
    for (const [mediaType, media] of Object.entries((holder['content'] ?? {}) as Record<string, Json>)) {
      site(child(child(pointer, 'content'), mediaType), media);
    }
    for (const [name, header] of Object.entries((holder['headers'] ?? {}) as Record<string, Json>)) {
      if (!('$ref' in header)) site(child(child(pointer, 'headers'), name), header);
    }
  };
  const operationParts = (pointer: string, operation: Json): void => {
    ((operation['parameters'] ?? []) as Json[]).forEach((parameter, index) => {
      if (!('$ref' in parameter)) site(child(child(pointer, 'parameters'), index), parameter);
    });
    const body = operation['requestBody'];
    if (isObject(body) && !('$ref' in body)) site(child(pointer, 'requestBody'), body);
    for (const [status, response] of Object.entries((operation['responses'] ?? {}) as Record<string, Json>)) {
      if (!('$ref' in response)) site(child(child(pointer, 'responses'), status), response);
    }
  };
  for (const [path, item] of Object.entries((doc['paths'] ?? {}) as Record<string, Record<string, Json>>)) {
    const itemPointer = child('#/paths', path);
    operationParts(itemPointer, item);
    for (const [method, operation] of Object.entries(item)) {
      if (isObject(operation) && 'responses' in operation)
        operationParts(child(itemPointer, method), operation);
    }
  }
  for (const section of ['parameters', 'headers', 'requestBodies', 'responses']) {
    for (const [name, component] of Object.entries(components[section] ?? {})) {
      site(child(child('#/components', section), name), component);
    }
  }
  return sites;
}

/** How a schema sits in its parent; decides whether it must carry a description. */
type SchemaRole = 'component' | 'site' | 'property' | 'items' | 'additionalProperties' | 'member' | 'other';

/** Calls `visit` for `schema` and every schema nested in it (properties, items, unions, conditionals, …). */
function walkSchema(
  schema: unknown,
  pointer: string,
  role: SchemaRole,
  visit: (schema: Json, pointer: string, role: SchemaRole) => void,
): void {
  if (!isObject(schema)) return;
  visit(schema, pointer, role);
  for (const [name, property] of Object.entries((schema['properties'] ?? {}) as Json)) {
    walkSchema(property, child(child(pointer, 'properties'), name), 'property', visit);
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf', 'prefixItems']) {
    ((schema[keyword] ?? []) as unknown[]).forEach((member, index) =>
      walkSchema(
        member,
        child(child(pointer, keyword), index),
        keyword === 'prefixItems' ? 'items' : 'member',
        visit,
      ),
    );
  }
  walkSchema(schema['items'], child(pointer, 'items'), 'items', visit);
  walkSchema(
    schema['additionalProperties'],
    child(pointer, 'additionalProperties'),
    'additionalProperties',
    visit,
  );
  for (const keyword of ['not', 'if', 'then', 'else', 'contains', 'propertyNames']) {
    walkSchema(schema[keyword], child(pointer, keyword), 'other', visit);
  }
}

/** Walks every schema of the bundle: the component schemas and the inline schemas of parameters, headers, bodies. */
function walkAllSchemas(visit: (schema: Json, pointer: string, role: SchemaRole) => void): void {
  for (const [name, schema] of Object.entries(schemas))
    walkSchema(schema, child('#/components/schemas', name), 'component', visit);
  for (const site of schemaSites()) walkSchema(site.schema, child(site.pointer, 'schema'), 'site', visit);
}

/** Ajv errors in one line each, for failure messages. */
const describeErrors = (errors: ErrorObject[]): string[] =>
  errors
    .slice(0, 8)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);

const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Copies openapi/ into a fresh temp folder and returns the copy's root file. */
async function copySpec(): Promise<{ root: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sequrity-spec-'));
  temporaryDirs.push(dir);
  await cp(join(projectDir, 'openapi'), join(dir, 'openapi'), { recursive: true });
  return { root: join(dir, 'openapi/openapi.yaml'), dir };
}

/** Edits one file of a spec copy with a text replacement that must apply exactly once. */
async function editFile(file: string, search: string, replacement: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text.split(search)).toHaveLength(2);
  await writeFile(file, text.replace(search, replacement));
}

/** The rejection `lintSpec` gives for `root` (fails the test if it resolves). */
async function lintFailure(root: string): Promise<SpecError> {
  const error: unknown = await lintSpec(root, projectDir).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

// ---------------------------------------------------------------------------------------------------------------

describe('the OpenAPI spec', () => {
  it(
    'lints clean with the project redocly.yaml and its codegen-safety rules',
    { timeout: 20_000 },
    async () => {
      await expect(lintSpec(specRoot, projectDir)).resolves.toBeUndefined();
    },
  );

  it('has every named example (bodies, responses, parameters, headers) valid against its schema', () => {
    const failures: { example: string; errors: string[] }[] = [];
    let validated = 0;
    for (const site of schemaSites()) {
      for (const [name, entry] of Object.entries(site.examples)) {
        const example = resolveRef(entry);
        const where = `${decodeURIComponent(site.pointer)} example ${name}${'$ref' in entry ? ` (${String(entry['$ref'])})` : ''}`;
        expect(example, where).toHaveProperty('value');
        const errors = validateAt(child(site.pointer, 'schema'), example['value']);
        if (errors.length > 0) failures.push({ example: where, errors: describeErrors(errors) });
        validated++;
      }
    }
    expect(failures).toEqual([]);
    expect(validated).toBeGreaterThanOrEqual(30);
  });

  it('has every schema-level `examples` entry valid against its schema', () => {
    const failures: { example: string; errors: string[] }[] = [];
    let validated = 0;
    walkAllSchemas((schema, pointer) => {
      const examples = schema['examples'];
      if (!Array.isArray(examples)) return;
      examples.forEach((example, index) => {
        const errors = validateAt(pointer, example);
        const where = `${decodeURIComponent(pointer)} examples[${index}]`;
        if (errors.length > 0) failures.push({ example: where, errors: describeErrors(errors) });
        validated++;
      });
    });
    expect(failures).toEqual([]);
    expect(validated).toBeGreaterThanOrEqual(8);
  });

  it('tags every discriminator mapping key with the `const` of the member it maps to', () => {
    const mismatches: string[] = [];
    let checked = 0;
    walkAllSchemas((schema, pointer) => {
      const discriminator = schema['discriminator'];
      if (!isObject(discriminator)) return;
      const propertyName = String(discriminator['propertyName']);
      expect(discriminator, `${decodeURIComponent(pointer)} has a mapping`).toHaveProperty('mapping');
      for (const [key, ref] of Object.entries(discriminator['mapping'] as Record<string, string>)) {
        const member = resolveRef({ $ref: ref });
        const tag = (member['properties'] as Record<string, Json> | undefined)?.[propertyName]?.['const'];
        if (tag !== key) {
          mismatches.push(
            `${decodeURIComponent(pointer)}: mapping '${key}' → ${ref} has const ${String(tag)}`,
          );
        }
        checked++;
      }
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(RESPONSE_STREAM_EVENT_TYPES.length);
  });

  it('names every component of the bundle after a file under openapi/components/, and uses every such file', () => {
    const sections = readdirSync(join(projectDir, 'openapi/components'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(sections).toEqual(['examples', 'headers', 'parameters', 'requestBodies', 'responses', 'schemas']);
    for (const section of sections) {
      const files = readdirSync(join(projectDir, 'openapi/components', section))
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => basename(file, '.yaml'))
        .sort();
      // A file missing here is unused; an extra name (e.g. `Pet-2`) means two files collided on one name.
      expect(Object.keys(components[section] ?? {}).sort(), `components.${section}`).toEqual(files);
    }
  });

  it('documents every component schema, every property and every inline object shape', () => {
    // The rule: a description is required where it becomes TSDoc a user can read: on each component schema, each
    // property (even a bare `$ref` one: the property's own comment is what the editor shows), each inline schema of a
    // parameter, header or body that is not a bare `$ref` (a `$ref` shows its component's description), and each
    // inline schema that declares `properties` or `type: object` (an anonymous object type). Other inline
    // sub-schemas — union members, array `items` and `additionalProperties` that are `{type: 'null'}`, a bare `$ref`,
    // a scalar or a constraint-only schema such as `{required: [...]}` — are exempt: they render inside the
    // enclosing type, whose description covers them.
    const undocumented: string[] = [];
    const counted = { component: 0, property: 0 };
    walkAllSchemas((schema, pointer, role) => {
      const type = schema['type'];
      const isObjectShape =
        'properties' in schema || type === 'object' || (Array.isArray(type) && type.includes('object'));
      const isBareRef = Object.keys(schema).every((key) => key === '$ref');
      const required =
        role === 'component' || role === 'property' || (role === 'site' && !isBareRef) || isObjectShape;
      if (role === 'component' || role === 'property') counted[role]++;
      const description = schema['description'];
      if (required && (typeof description !== 'string' || description.trim() === '')) {
        undocumented.push(decodeURIComponent(pointer));
      }
    });
    expect(undocumented).toEqual([]);
    expect(counted.component).toBe(Object.keys(schemas).length);
    expect(counted.property).toBeGreaterThan(500);
  });

  describe('a deliberately broken copy', () => {
    it(
      'fails lint naming ResponseStreamEvent.yaml and discriminator-mapping-matches-const when a mapping key is wrong',
      { timeout: 20_000 },
      async () => {
        const { root, dir } = await copySpec();
        await editFile(
          join(dir, 'openapi/components/schemas/ResponseStreamEvent.yaml'),
          '    response.created: ./ResponseCreatedEvent.yaml\n',
          '    response.create: ./ResponseCreatedEvent.yaml\n',
        );
        const error = await lintFailure(root);
        expect(error.message).toMatch(
          /ResponseStreamEvent\.yaml:\d+:\d+\s+error\s+sequrity\/discriminator-mapping-matches-const/,
        );
        expect(error.message).toContain('Mapping key `response.create` must equal the `type` const');
      },
    );

    it(
      'fails lint naming ResponseStreamEvent.yaml and discriminator-has-mapping when a member is unmapped',
      { timeout: 20_000 },
      async () => {
        const { root, dir } = await copySpec();
        await editFile(
          join(dir, 'openapi/components/schemas/ResponseStreamEvent.yaml'),
          '    response.queued: ./ResponseQueuedEvent.yaml\n',
          '',
        );
        const error = await lintFailure(root);
        expect(error.message).toMatch(
          /ResponseStreamEvent\.yaml:\d+:\d+\s+error\s+sequrity\/discriminator-has-mapping/,
        );
        expect(error.message).toContain(
          'Union member `./ResponseQueuedEvent.yaml` is missing from the discriminator mapping',
        );
      },
    );
  });

  describe.skipIf(!hasFixtures)(
    `against real recordings${hasFixtures ? '' : ` (skipped: ${missingFixturesReason})`}`,
    () => {
      const recordings = loadRecordings();
      const knownTypes: ReadonlySet<string> = new Set(RESPONSE_STREAM_EVENT_TYPES);
      const knownEvents = recordings.flatMap((recording) =>
        recording.events
          .map((event, index) => ({ recording: recording.name, index, event }))
          .filter(({ event }) => knownTypes.has(event.type)),
      );

      it('accepts every recorded event of a known type as a ResponseStreamEvent', () => {
        const failures = knownEvents.flatMap(({ recording, index, event }) => {
          const errors = validateAgainst('ResponseStreamEvent', event);
          return errors.length > 0
            ? [{ recording, index, type: event.type, errors: describeErrors(errors) }]
            : [];
        });
        expect(failures).toEqual([]);
        expect(knownEvents.length).toBeGreaterThan(500);
      });

      it('accepts the `response` snapshot of every recorded lifecycle event as a Response', () => {
        const snapshots = knownEvents.filter(({ event }) => isObject(event['response']));
        const failures = snapshots.flatMap(({ recording, index, event }) => {
          const errors = validateAgainst('Response', event['response']);
          return errors.length > 0
            ? [{ recording, index, type: event.type, errors: describeErrors(errors) }]
            : [];
        });
        expect(failures).toEqual([]);
        expect(snapshots.length).toBeGreaterThan(20);
      });

      it('accepted real extra fields: `obfuscation`, `logprobs` and items with `phase` occur among the validated events', () => {
        const items = knownEvents.flatMap(({ event }) => [
          event['item'],
          ...((isObject(event['response']) && Array.isArray(event['response']['output'])
            ? event['response']['output']
            : []) as unknown[]),
        ]);
        expect(knownEvents.filter(({ event }) => 'obfuscation' in event).length).toBeGreaterThan(0);
        expect(knownEvents.filter(({ event }) => 'logprobs' in event).length).toBeGreaterThan(0);
        expect(items.filter((item) => isObject(item) && 'phase' in item).length).toBeGreaterThan(0);
      });

      it('accepts every recorded HTTP error body as an ErrorBody', () => {
        const bodies = loadErrorBodies();
        const failures = bodies.flatMap(({ name, body }) => {
          const errors = validateAgainst('ErrorBody', body);
          return errors.length > 0 ? [{ recording: name, errors: describeErrors(errors) }] : [];
        });
        expect(failures).toEqual([]);
        expect(bodies.length).toBeGreaterThanOrEqual(2);
      });
    },
  );

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
      const errors = validateAgainst('ResponseCreateParams', body);
      expect(errors.map((error) => [error.instancePath || '/', error.keyword])).toContainEqual([
        instancePath,
        keyword,
      ]);
    });
  });

  describe('security header documents', () => {
    // The exact JSON the Sequrity Python SDK presets produce (reference/sequrity-responses-api.md §5.2–§5.4).
    const presets: [schema: string, preset: string, json: string][] = [
      ['FeaturesHeader', 'FeaturesHeader.single_llm()', '{"agent_arch":"single-llm"}'],
      ['FeaturesHeader', 'FeaturesHeader.dual_llm()', '{"agent_arch":"dual-llm"}'],
      [
        'FeaturesHeader',
        'FeaturesHeader.dual_llm(every flag True) (built by the §5.2 rule)',
        '{"agent_arch":"dual-llm","content_classifiers":[{"name":"toxicity_filter","threshold":0.5},{"name":"pii_redaction","threshold":0.5},{"name":"healthcare_topic_guardrail","threshold":0.5},{"name":"finance_topic_guardrail","threshold":0.5}],"content_blockers":[{"name":"url_blocker"},{"name":"file_blocker"}]}',
      ],
      [
        'PolicyHeader',
        'SecurityPolicyHeader.dual_llm()',
        '{"mode":"standard","codes":{"code":"","language":"sqrt"},"auto_gen":false,"presets":{"default_allow":true,"default_allow_enforcement_level":"soft","enable_non_executable_memory":true,"branching_meta_policy":{"mode":"deny","producers":[],"tags":[],"consumers":[]},"enable_llm_blocked_tag":true,"llm_blocked_tag_enforcement_level":"hard"}}',
      ],
      [
        'PolicyHeader',
        'SecurityPolicyHeader.single_llm()',
        '{"mode":"standard","codes":{"code":"","language":"sqrt"},"auto_gen":false,"presets":{"default_allow":true,"default_allow_enforcement_level":"soft","enable_non_executable_memory":false,"branching_meta_policy":{"mode":"deny","producers":[],"tags":[],"consumers":[]},"enable_llm_blocked_tag":true,"llm_blocked_tag_enforcement_level":"hard"}}',
      ],
      [
        'ConfigHeader',
        'FineGrainedConfigHeader.single_llm()',
        '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":50}}',
      ],
      [
        'ConfigHeader',
        'FineGrainedConfigHeader.dual_llm()',
        '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true}}',
      ],
    ];

    it.each(presets)('%s accepts the output of %s', (schema, _, json) => {
      expect(describeErrors(validateAgainst(schema, JSON.parse(json)))).toEqual([]);
    });

    it.each([
      [
        'FeaturesHeader',
        'an unknown top-level field',
        { agent_arch: 'dual-llm', arch: 'dual-llm' },
        '/',
        'additionalProperties',
      ],
      ['FeaturesHeader', "agent_arch 'triple-llm'", { agent_arch: 'triple-llm' }, '/agent_arch', 'enum'],
      [
        'FeaturesHeader',
        'a misspelled classifier name',
        { content_classifiers: [{ name: 'toxicity_filtre' }] },
        '/content_classifiers/0/name',
        'enum',
      ],
      [
        'FeaturesHeader',
        'a classifier threshold above 1',
        { content_classifiers: [{ name: 'pii_redaction', threshold: 1.5 }] },
        '/content_classifiers/0/threshold',
        'maximum',
      ],
      [
        'FeaturesHeader',
        "blocker 'image_blocker'",
        { content_blockers: [{ name: 'image_blocker' }] },
        '/content_blockers/0/name',
        'enum',
      ],
      [
        'PolicyHeader',
        'an unknown top-level field',
        { mode: 'standard', policy: 'strict' },
        '/',
        'additionalProperties',
      ],
      ['PolicyHeader', "mode 'lenient'", { mode: 'lenient' }, '/mode', 'enum'],
      ['PolicyHeader', 'codes as a bare string', { codes: 'tool "x" { must deny }' }, '/codes', 'anyOf'],
      [
        'PolicyHeader',
        "enforcement level 'medium'",
        { presets: { default_allow_enforcement_level: 'medium' } },
        '/presets/default_allow_enforcement_level',
        'enum',
      ],
      [
        'ConfigHeader',
        'an unknown top-level field',
        { fsm: { max_n_turns: 5 }, session: {} },
        '/',
        'additionalProperties',
      ],
      [
        'ConfigHeader',
        "fsm.clear_session_meta 'sometimes'",
        { fsm: { clear_session_meta: 'sometimes' } },
        '/fsm/clear_session_meta',
        'enum',
      ],
      ['ConfigHeader', 'an unknown fsm field', { fsm: { max_turns: 5 } }, '/fsm', 'additionalProperties'],
      ['ConfigHeader', 'fsm.max_n_turns 0', { fsm: { max_n_turns: 0 } }, '/fsm/max_n_turns', 'minimum'],
    ])('%s rejects %s', (schema, _, document, instancePath, keyword) => {
      const errors = validateAgainst(schema, document);
      expect(errors.map((error) => [error.instancePath || '/', error.keyword])).toContainEqual([
        instancePath,
        keyword,
      ]);
    });
  });
});
