import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';

import type { components } from '../generated/types.gen.js';

import { emitClient } from '../scripts/lib/emit/client.js';
import { emitBarrel } from '../scripts/lib/emit/barrel.js';
import { emitGuards } from '../scripts/lib/emit/guards.js';
import { exportsOf } from '../scripts/lib/emit/project.js';
import { emitSchemaAliases } from '../scripts/lib/emit/schema-aliases.js';
import { emitUnions } from '../scripts/lib/emit/unions.js';
import { generateInto } from '../scripts/lib/generate-into.js';
import { runPipeline } from '../scripts/lib/pipeline.js';
import { SpecError } from '../scripts/lib/redocly.js';
import { operations, type BundledSpec, type SchemaObject } from '../scripts/lib/spec-model.js';
import type { ResponseStreamOptions } from '../src/index.js';

// ---------------------------------------------------------------------------------------------------------------
// Small in-memory specs, and helpers to read what the emitters return.
// ---------------------------------------------------------------------------------------------------------------

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const tinySpec = join(projectDir, 'test/fixtures/tiny-spec/openapi.yaml');
const GENERATED_FILES = [
  'client.gen.ts',
  'guards.gen.ts',
  'index.gen.ts',
  'openapi.json',
  'openapi.yaml',
  'schemas.gen.ts',
  'types.gen.ts',
  'unions.gen.ts',
];

const ref = (name: string): string => `#/components/schemas/${name}`;

/** An event schema whose `property` is pinned to `tag`. */
const tagged = (tag: string, property = 'type'): SchemaObject => ({
  description: `Tagged \`${tag}\`.`,
  properties: { [property]: { description: 'The tag.', const: tag } },
});

/** A discriminated union over `members` (schema name → tag), mapped in the given order. */
const union = (members: Record<string, string>, propertyName = 'type'): SchemaObject => ({
  description: 'A union.',
  oneOf: Object.keys(members).map((name) => ({ $ref: ref(name) })),
  discriminator: {
    propertyName,
    mapping: Object.fromEntries(Object.entries(members).map(([name, tag]) => [tag, ref(name)])),
  },
});

const specOf = (
  schemas: Record<string, SchemaObject>,
  rest: Omit<BundledSpec, 'components'> = {},
): BundledSpec => ({
  ...rest,
  components: { schemas },
});

/** The pet union, deliberately mapped in an order that is neither alphabetical nor the `oneOf` order. */
const petSpec = specOf({
  PetEvent: {
    ...union({ PetNamedEvent: 'pet.named', PetBornEvent: 'pet.born' }),
    oneOf: [{ $ref: ref('PetBornEvent') }, { $ref: ref('PetNamedEvent') }],
  },
  PetBornEvent: tagged('pet.born'),
  PetNamedEvent: tagged('pet.named'),
});

/** A spec with one operation carrying a JSON header parameter (given by `$ref`) and two servers. */
const clientSpec: BundledSpec = {
  servers: [{ url: 'https://pets.example', description: 'Production.' }, { url: 'http://localhost:8000' }],
  paths: {
    '/pets/{kind}': {
      parameters: [],
      post: {
        operationId: 'createPet',
        summary: 'Create a pet',
        description: 'Creates a pet.',
        parameters: [
          { name: 'kind', in: 'path' },
          { $ref: '#/components/parameters/XOptions', name: '', in: '' },
        ],
      },
    },
    '/pets': { get: { operationId: 'listPets' } },
  },
  components: {
    schemas: { Options: { description: 'Options.' } },
    parameters: {
      XOptions: {
        name: 'X-Options',
        in: 'header',
        content: { 'application/json': { schema: { $ref: ref('Options') } } },
      },
    },
  },
};

/**
 * A spec whose `createPet` takes a `NewPet` body (request body and reply given by `$ref`, as Redocly bundles them)
 * with a `stream` property of `flagType`, and replies 200 with the `media` types; `listPets` has no body.
 */
function streamingSpec({
  flagType = 'boolean',
  media = ['application/json', 'text/event-stream'],
}: { flagType?: string | string[] | null; media?: string[] } = {}): BundledSpec {
  return {
    paths: {
      '/pets': {
        post: {
          operationId: 'createPet',
          requestBody: { $ref: '#/components/requestBodies/NewPetBody' },
          responses: { '200': { $ref: '#/components/responses/PetCreated' }, '400': {} },
        },
        get: { operationId: 'listPets', responses: { '200': { content: { 'application/json': {} } } } },
      },
    },
    components: {
      schemas: {
        NewPet: {
          description: 'A pet to create.',
          properties: flagType === null ? {} : { stream: { type: flagType, description: 'Stream?' } },
        },
      },
      requestBodies: { NewPetBody: { content: { 'application/json': { schema: { $ref: ref('NewPet') } } } } },
      responses: { PetCreated: { content: Object.fromEntries(media.map((type) => [type, {}])) } },
    },
  };
}

/** Collapses runs of whitespace, so assertions do not depend on the emitter's indentation. */
const squash = (text: string): string => text.replace(/\s+/g, ' ');

/** The string literals of the `const NAME = [...]` list in `source`, in order. */
function constList(source: string, name: string): string[] {
  const body = new RegExp(`export const ${name} = \\[([^\\]]*)\\]`).exec(source)?.[1];
  if (body === undefined) throw new Error(`No list ${name} in:\n${source}`);
  return [...body.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
}

/** TypeScript's syntax errors for `source` (empty when it parses). */
function syntaxErrors(source: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: {} });
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const temporaryDirs: string[] = [];
async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `sequrity-generator-${prefix}-`));
  temporaryDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Transpiles emitted TypeScript (type-only imports vanish) and imports it as a module. */
async function importEmitted<T>(source: string): Promise<T> {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ES2022,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
  });
  const file = join(await temporaryDir('module'), 'emitted.mjs');
  await writeFile(file, outputText);
  return (await import(pathToFileURL(file).href)) as T;
}

/** Every file of `dir`, by name. */
async function readTree(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')])),
  );
}

// ---------------------------------------------------------------------------------------------------------------

describe('the generator', () => {
  describe('emitters', () => {
    it.each<[string, () => string, string[]]>([
      [
        'emitUnions names the tag union after the union',
        () => emitUnions(petSpec),
        ["export type PetEventType = PetEvent['type'];"],
      ],
      [
        'emitUnions maps each tag to its member, in mapping order',
        () => emitUnions(petSpec),
        ["export interface PetEventMap { 'pet.named': PetNamedEvent; 'pet.born': PetBornEvent; }"],
      ],
      [
        'emitUnions imports every union and member type once, sorted',
        () => emitUnions(petSpec),
        ["import type { PetBornEvent, PetEvent, PetNamedEvent } from './schemas.gen.js';"],
      ],
      [
        'emitUnions guards the tag with the runtime list',
        () => emitUnions(petSpec),
        [
          'export function isPetEventType(value: unknown): value is PetEventType',
          "return typeof value === 'string' && PET_EVENT_TYPES_SET.has(value);",
        ],
      ],
      [
        'emitUnions names the constant after the discriminator property',
        () =>
          emitUnions(
            specOf({ Shape: union({ Circle: 'circle' }, 'kind'), Circle: tagged('circle', 'kind') }),
          ),
        ["export type ShapeType = Shape['kind'];", 'export const SHAPE_KINDS = ['],
      ],
      [
        'emitGuards checks the tag of each member',
        () => emitGuards(petSpec),
        [
          'export function isPetBornEvent(value: { readonly type?: unknown } | null | undefined): value is PetBornEvent',
          "return value?.type === 'pet.born';",
        ],
      ],
      [
        'emitSchemaAliases names every component schema',
        () => emitSchemaAliases(petSpec),
        [
          "import type { components } from './types.gen.js';",
          "/** * Tagged `pet.born`. */ export type PetBornEvent = components['schemas']['PetBornEvent'];",
        ],
      ],
      [
        'emitSchemaAliases marks deprecated schemas',
        () => emitSchemaAliases(specOf({ Old: { description: 'Use New.', deprecated: true } })),
        ["/** * Use New. * @deprecated */ export type Old = components['schemas']['Old'];"],
      ],
      [
        'emitSchemaAliases escapes `*/` so a description cannot end the comment',
        () => emitSchemaAliases(specOf({ Glob: { description: 'Matches src/**/*.ts and */ more.' } })),
        ['* Matches src/**\\/*.ts and *\\/ more.'],
      ],
      [
        'emitClient lists the servers in order',
        () => emitClient(clientSpec),
        [
          'export const SERVERS = [{"url":"https://pets.example","description":"Production."},{"url":"http://localhost:8000"}] as const;',
          "createClient<paths, 'application/json'>({ baseUrl: SERVERS[0].url, ...options })",
        ],
      ],
      [
        'emitClient lists method and path of each operation',
        () => emitClient(clientSpec),
        [
          "export const OPERATIONS = { createPet: { method: 'post', path: '/pets/{kind}' }, listPets: { method: 'get', path: '/pets' }, } as const;",
        ],
      ],
      [
        'emitClient resolves $ref header parameters that carry JSON documents',
        () => emitClient(clientSpec),
        [
          "import type { Options } from './schemas.gen.js';",
          "export interface JsonHeaderDocuments { 'X-Options': Options; }",
        ],
      ],
      [
        'emitClient lists the values of each string enum parameter, without null',
        () =>
          emitClient({
            ...clientSpec,
            components: {
              ...clientSpec.components,
              parameters: {
                ...clientSpec.components?.parameters,
                Kind: { name: 'kind', in: 'path', schema: { enum: ['cat', 'dog', null] } },
                Size: { name: 'size', in: 'query', schema: { enum: [1, 2] } },
              },
            },
          }),
        [
          "import type { components, paths } from './types.gen.js';",
          "export const PARAMETER_ENUMS = { Kind: ['cat', 'dog'], } as const satisfies { [Name in keyof components['parameters']]?: readonly components['parameters'][Name][] };",
        ],
      ],
      [
        'emitClient emits an empty JsonHeaderDocuments when no header carries a JSON document',
        () => emitClient(specOf({})),
        ['export interface JsonHeaderDocuments { }'],
      ],
      [
        'emitClient lets an operation whose body flag `stream` selects text/event-stream choose parseAs itself',
        () => emitClient(streamingSpec()),
        [
          "import createClient, { type ClientForPath, type ClientOptions, type FetchResponse, type MaybeOptionalInit, type ParseAs } from 'openapi-fetch';",
          "createPet: ((init?: ReadChoice) => client.POST('/pets', ...([streamWhenAsked(init)] as [never]))) as StreamingMethod<paths['/pets'], 'post'>,",
          "listPets: ((...init: unknown[]) => client.GET('/pets', ...(init as [never]))) as ClientForPath<paths['/pets'], 'application/json'>['GET'],",
          '* With `body.stream: true` and no `parseAs`, the reply is read as `text/event-stream`',
        ],
      ],
      [
        'emitClient forwards each operation to its openapi-fetch method',
        () => emitClient(clientSpec),
        [
          "createPet: ((...init: unknown[]) => client.POST('/pets/{kind}', ...(init as [never]))) as ClientForPath<paths['/pets/{kind}'], 'application/json'>['POST'],",
          "listPets: ((...init: unknown[]) => client.GET('/pets', ...(init as [never]))) as ClientForPath<paths['/pets'], 'application/json'>['GET'],",
        ],
      ],
      [
        'emitClient documents each operation with its summary, description and route',
        () => emitClient(clientSpec),
        ['* Create a pet * * Creates a pet. * `POST /pets/{kind}`'],
      ],
    ])('%s', (_, emitted, fragments) => {
      const source = emitted();
      for (const fragment of fragments) expect(squash(source)).toContain(fragment);
      expect(syntaxErrors(source)).toEqual([]);
    });

    it('lists the known tags in mapping order, neither alphabetical nor oneOf order', () => {
      expect(constList(emitUnions(petSpec), 'PET_EVENT_TYPES')).toEqual(['pet.named', 'pet.born']);
    });

    it('emits working tag and member guards', async () => {
      const unions = await importEmitted<{ isPetEventType(value: unknown): boolean }>(emitUnions(petSpec));
      const guards = await importEmitted<{ isPetBornEvent(value: unknown): boolean }>(emitGuards(petSpec));
      expect([
        unions.isPetEventType('pet.born'),
        unions.isPetEventType('pet.died'),
        unions.isPetEventType(1),
      ]).toEqual([true, false, false]);
      expect([
        guards.isPetBornEvent({ type: 'pet.born' }),
        guards.isPetBornEvent({ type: 'pet.named' }),
        guards.isPetBornEvent(null),
        guards.isPetBornEvent(undefined),
      ]).toEqual([true, false, false, false]);
    });

    it('emits no stream choice for a spec without a stream flag', () => {
      const source = emitClient(clientSpec);
      expect(source).not.toContain('StreamingMethod');
      expect(source).not.toContain('streamWhenAsked');
      expect(source).toContain(
        "import createClient, { type ClientForPath, type ClientOptions } from 'openapi-fetch';",
      );
    });

    it.each<[string, () => BundledSpec, boolean]>([
      ['a JSON-or-SSE reply and a boolean `stream` body field (all by $ref)', () => streamingSpec(), true],
      ['a nullable boolean `stream`', () => streamingSpec({ flagType: ['boolean', 'null'] }), true],
      ['an SSE-only reply', () => streamingSpec({ media: ['text/event-stream'] }), false],
      ['a JSON-only reply', () => streamingSpec({ media: ['application/json'] }), false],
      ['a `stream` field that is a string', () => streamingSpec({ flagType: 'string' }), false],
      ['a body without `stream`', () => streamingSpec({ flagType: null }), false],
    ])('finds the stream flag of an operation with %s', (_, spec, expected) => {
      expect(operations(spec()).map((op) => [op.operationId, op.streamFlag])).toEqual([
        ['listPets', false],
        ['createPet', expected],
      ]);
    });

    it("emits a client that adds parseAs: 'stream' only when the body says stream: true and parseAs is unset", async () => {
      type Forwarded = { method: string; path: string; init: unknown };
      const { createGeneratedClient } = await importEmitted<{
        createGeneratedClient(): Record<'createPet' | 'listPets', (init?: object) => Forwarded>;
      }>(
        // The generated module imports openapi-fetch at run time; this stand-in returns what each method was given.
        emitClient(streamingSpec()).replace(
          /^import createClient.*$/m,
          'const createClient = () => ({ POST: (path, init) => ({ method: "POST", path, init }), GET: (path, init) => ({ method: "GET", path, init }) });',
        ),
      );
      const client = createGeneratedClient();
      expect(client.createPet({ body: { stream: true } }).init).toEqual({
        body: { stream: true },
        parseAs: 'stream',
      });
      expect(client.createPet({ body: { stream: true }, parseAs: 'text' }).init).toEqual({
        body: { stream: true },
        parseAs: 'text',
      });
      expect(client.createPet({ body: { stream: false } }).init).toEqual({ body: { stream: false } });
      expect(client.createPet({ body: { stream: 'yes' } }).init).toEqual({ body: { stream: 'yes' } });
      expect(client.createPet().init).toBeUndefined();
      expect(client.listPets({ body: { stream: true } })).toEqual({
        method: 'GET',
        path: '/pets',
        init: { body: { stream: true } },
      });
    });

    it('treats a oneOf whose discriminator has no mapping as no union', () => {
      const source = emitUnions(
        specOf({
          Loose: {
            description: 'No mapping.',
            oneOf: [{ $ref: ref('A') }],
            discriminator: { propertyName: 'type' },
          },
          A: tagged('a'),
        }),
      );
      expect(squash(source)).not.toContain('export type LooseType');
    });

    it.each<[string, () => string, RegExp]>([
      [
        'a member tagged differently in two unions',
        () =>
          emitGuards(
            specOf({
              First: union({ Shared: 'shared.one' }),
              Second: union({ Shared: 'shared.two' }),
              Shared: tagged('shared.one'),
            }),
          ),
        /Shared is tagged both 'shared\.one' and 'shared\.two' in different unions/,
      ],
      [
        'a generated tag type colliding with a schema',
        () => emitUnions(specOf({ ...petSpec.components?.schemas, PetEventType: { description: 'Taken.' } })),
        /Generated name PetEventType \(for union PetEvent\) collides with a schema of the same name/,
      ],
      [
        'a generated map type colliding with a schema',
        () => emitUnions(specOf({ ...petSpec.components?.schemas, PetEventMap: { description: 'Taken.' } })),
        /Generated name PetEventMap \(for union PetEvent\) collides/,
      ],
      [
        'a schema name that is not a TypeScript identifier',
        () => emitSchemaAliases(specOf({ 'Pet-Born.Event': { description: 'Dotted.' } })),
        /Schema `Pet-Born\.Event` is not a valid TypeScript identifier; rename it in the spec/,
      ],
    ])('refuses %s', (_, emitter, message) => {
      expect(emitter).toThrow(message);
    });
  });

  it('escapes quotes and backslashes in tags so the emitted literals stay intact', () => {
    const spec = specOf({
      Quoted: {
        description: 'A union with awkward tags.',
        oneOf: [{ $ref: '#/components/schemas/It' }],
        discriminator: { propertyName: 'type', mapping: { "it's\\fine": '#/components/schemas/It' } },
      },
      It: { description: 'Member.', properties: { type: { const: "it's\\fine" } } },
    });
    expect(emitUnions(spec)).toContain("'it\\'s\\\\fine': It;");
    expect(emitGuards(spec)).toContain("return value?.type === 'it\\'s\\\\fine';");
  });

  describe('the generated barrel', () => {
    /** The barrel for `spec`, from its emitted declaration modules. */
    const barrelOf = (spec: BundledSpec): string =>
      emitBarrel({
        'schemas.gen.ts': emitSchemaAliases(spec),
        'unions.gen.ts': emitUnions(spec),
        'guards.gen.ts': emitGuards(spec),
      });

    it('lists every generated name by name, types apart from values, sorted, from its own module', () => {
      expect(barrelOf(petSpec).trim().split('\n')).toEqual([
        "export type { PetBornEvent, PetEvent, PetNamedEvent } from './schemas.gen.js';",
        "export type { PetEventMap, PetEventType } from './unions.gen.js';",
        "export { PET_EVENT_TYPES, isPetEventType } from './unions.gen.js';",
        "export { isPetBornEvent, isPetNamedEvent } from './guards.gen.js';",
      ]);
    });

    it('reads exports by their export keyword, leaving out private helpers', () => {
      expect(exportsOf(emitUnions(petSpec))).toEqual({
        types: ['PetEventType', 'PetEventMap'],
        values: ['isPetEventType', 'PET_EVENT_TYPES'],
      });
    });

    it('leaves out a statement that would list no names', () => {
      expect(barrelOf(specOf({ Lone: { description: 'No union.' } }))).toBe(
        "export type { Lone } from './schemas.gen.js';\n",
      );
    });
  });

  describe('pipeline on the tiny fixture spec', () => {
    const runs: { dir: string; log: string[] }[] = [];

    beforeAll(async () => {
      const dirs = await Promise.all([temporaryDir('run-a'), temporaryDir('run-b')]);
      await Promise.all(
        dirs.map(async (dir) => {
          const log: string[] = [];
          await runPipeline({ projectDir, root: tinySpec, outDir: dir, log: (line) => log.push(line) });
          runs.push({ dir, log });
        }),
      );
    }, 60_000);

    it('runs lint → bundle → emit types → emit declarations → emit client → emit barrel → format, logging each step with its time', () => {
      const log = runs[0]?.log ?? [];
      expect(log.map((line) => line.replace(/\s+\d+ ms$/, ''))).toEqual([
        'lint',
        'bundle',
        'emit types',
        'emit declarations',
        'emit client',
        'emit barrel',
        'format',
      ]);
      for (const line of log) expect(line).toMatch(/ \d+ ms$/);
    });

    it('writes exactly the generated files, each TypeScript file starting with the do-not-edit header', async () => {
      const tree = await readTree(runs[0]?.dir ?? '');
      expect(Object.keys(tree)).toEqual(GENERATED_FILES);
      for (const [name, text] of Object.entries(tree).filter(([name]) => name.endsWith('.gen.ts'))) {
        expect(text.split('\n').slice(0, 2), name).toEqual([
          expect.stringMatching(
            /^\/\/ Generated from test\/fixtures\/tiny-spec\/openapi\.yaml by scripts\/generate\.ts \(.+\)\.$/,
          ),
          '// Do not edit: change the spec and run `npm run generate`.',
        ]);
      }
    });

    it.each(GENERATED_FILES.filter((name) => name !== 'openapi.json'))(
      'matches the snapshot of %s',
      async (name) => {
        const text = await readFile(join(runs[0]?.dir ?? '', name), 'utf8');
        await expect(text).toMatchFileSnapshot(`./__snapshots__/tiny-spec/${name}`);
      },
    );

    it('is byte-stable: two runs write identical files', async () => {
      const [first, second] = await Promise.all(runs.map((run) => readTree(run.dir)));
      expect(Object.keys(first ?? {})).toEqual(GENERATED_FILES);
      expect(second).toEqual(first);
    });
  });

  describe('generateInto', () => {
    /** A folder holding `spec/<name>.yaml` with `specText`, and a target folder holding only a sentinel file. */
    async function workspace(name: string, specText: string) {
      const dir = await temporaryDir('workspace');
      const root = join(dir, 'spec', `${name}.yaml`);
      const target = join(dir, 'generated');
      await mkdir(join(dir, 'spec'));
      await mkdir(target);
      await writeFile(join(target, 'sentinel.txt'), 'previous output\n');
      await writeFile(root, specText);
      return { dir, root, target };
    }

    /** What `generateInto` rejected with (fails the test if it resolved). */
    async function rejection(target: string, root: string): Promise<Error> {
      const error: unknown = await generateInto(target, { projectDir, root }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(SpecError);
      return error as Error;
    }

    it.each<[string, string, string, RegExp]>([
      [
        'broken-yaml',
        '  title: Tiny pets API',
        '  title: [Tiny pets API',
        /broken-yaml\.yaml[\s\S]*deficient indentation/,
      ],
      [
        'dangling-ref',
        "$ref: '#/components/schemas/NewPet'",
        '$ref: ./schemas/Missing.yaml',
        /dangling-ref\.yaml:\d+:\d+\s+error\s+no-unresolved-refs.*schemas\/Missing\.yaml/,
      ],
    ])(
      'rejects a spec with %s, naming the file, and leaves the target untouched',
      async (name, search, replacement, message) => {
        const original = await readFile(tinySpec, 'utf8');
        expect(original).toContain(search);
        const { dir, root, target } = await workspace(name, original.replace(search, replacement));
        const error = await rejection(target, root);
        expect(error.message).toMatch(message);
        expect(await readTree(target)).toEqual({ 'sentinel.txt': 'previous output\n' });
        // No half-written temp folder is left beside the target.
        expect((await readdir(dir)).sort()).toEqual(['generated', 'spec']);
      },
    );

    it(
      'replaces the target with the fresh output of a valid spec, readable by everyone, writing nothing beside it',
      { timeout: 60_000 },
      async () => {
        const { dir, root, target } = await workspace('valid', await readFile(tinySpec, 'utf8'));
        await generateInto(target, { projectDir, root });
        expect(Object.keys(await readTree(target))).toEqual(GENERATED_FILES);
        expect((await stat(target)).mode & 0o777).toBe(0o755);
        expect((await readdir(dir)).sort()).toEqual(['generated', 'spec']);
      },
    );
  });
});

/**
 * Each name the module `entry` of `dir` exports, with the `dir`-relative files declaring what it resolves to, as the
 * type checker sees it: an explicit export shadows a name of `export *` silently, and two `export *` giving one name
 * drop it, so only resolution tells whether a generated name still reaches the package.
 */
function resolvedExports(dir: string, entry: string, options: ts.CompilerOptions): Map<string, string[]> {
  const root = join(dir, entry);
  const program = ts.createProgram([root], options);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(root);
  const module = file && checker.getSymbolAtLocation(file);
  if (!module) throw new Error(`${root} is not a module`);
  return new Map(
    checker.getExportsOfModule(module).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const files = (target.declarations ?? []).map((node) => relative(dir, node.getSourceFile().fileName));
      return [symbol.name, [...new Set(files)]];
    }),
  );
}

describe('the package barrel (src/index.ts)', () => {
  const read = (file: string): string => readFileSync(join(projectDir, file), 'utf8');

  /** The names `src/index.ts` lists itself (everything but its one `export *` of the generated barrel). */
  function handwrittenExports(): string[] {
    const file = ts.createSourceFile('index.ts', read('src/index.ts'), ts.ScriptTarget.Latest);
    return file.statements.flatMap((statement) =>
      ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)
        ? statement.exportClause.elements.map((element) => element.name.text)
        : [],
    );
  }

  /** The component schema names of the bundled spec. */
  const specComponents = (): string[] =>
    Object.keys(
      (JSON.parse(read('generated/openapi.json')) as { components: { schemas: Record<string, unknown> } })
        .components.schemas,
    );

  /** Every name the generated declaration modules export, with the module that declares it. */
  const generatedNames = (): [name: string, file: string][] =>
    ['schemas.gen.ts', 'unions.gen.ts', 'guards.gen.ts'].flatMap((name) => {
      const { types, values } = exportsOf(read(`generated/${name}`));
      return [...types, ...values].map((exported): [string, string] => [exported, `generated/${name}`]);
    });

  it('has no handwritten export named like a spec component or a name generated from the spec', () => {
    const taken = new Set([...specComponents(), ...generatedNames().map(([name]) => name)]);
    const clashes = handwrittenExports().filter((name) => taken.has(name));
    // A clash would hide the spec's name behind `export *`: rename the handwritten one.
    expect(clashes).toEqual([]);
  });

  it('exports every generated name, each resolving to its generated declaration', { timeout: 60_000 }, () => {
    const { config } = ts.readConfigFile(join(projectDir, 'tsconfig.json'), (path) => ts.sys.readFile(path));
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, projectDir);
    const exported = resolvedExports(projectDir, 'src/index.ts', options);
    const names = generatedNames();
    expect(names.length).toBeGreaterThan(300);
    const wrong = names.flatMap(([name, file]) => {
      const files = exported.get(name);
      return files?.length === 1 && files[0] === file
        ? []
        : [`${name}: ${files?.join(', ') ?? 'not exported'}`];
    });
    expect(wrong).toEqual([]);
    expect(specComponents().filter((name) => !exported.has(name))).toEqual([]);
  });

  it('would see a handwritten export that hides a generated one', async () => {
    const dir = await temporaryDir('clash');
    await mkdir(join(dir, 'src'));
    await mkdir(join(dir, 'generated'));
    await writeFile(
      join(dir, 'generated/index.gen.ts'),
      'export type Pet = { name: string };\nexport const PETS = [];\n',
    );
    await writeFile(join(dir, 'src/pet.ts'), 'export type Pet = { id: number };\n');
    await writeFile(
      join(dir, 'src/index.ts'),
      "export type { Pet } from './pet.js';\nexport * from '../generated/index.gen.js';\n",
    );
    const exported = resolvedExports(dir, 'src/index.ts', { types: [], noLib: true });
    expect(Object.fromEntries(exported)).toEqual({ Pet: ['src/pet.ts'], PETS: ['generated/index.gen.ts'] });
  });

  it('gives the run-time values of the generated barrel unchanged', async () => {
    const [pkg, barrel] = await Promise.all([import('../src/index.js'), import('../generated/index.gen.js')]);
    const values = Object.entries(barrel);
    expect(values.length).toBeGreaterThan(100);
    for (const [name, value] of values) expect((pkg as Record<string, unknown>)[name], name).toBe(value);
  });

  it('re-exports generated names only through the generated barrel, the one `export *` of src/', () => {
    const files = readdirSync(join(projectDir, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.ts'),
    );
    expect(files).toContain('index.ts');
    const wildcards = files.flatMap((name) => {
      const file = ts.createSourceFile(name, read(`src/${name}`), ts.ScriptTarget.Latest);
      return file.statements
        .filter((statement) => ts.isExportDeclaration(statement) && !statement.exportClause)
        .map((statement) => `src/${name}: ${statement.getText(file)}`);
    });
    // src/types.ts gives the handwritten layer the wire types, as types only.
    expect(wildcards.sort()).toEqual([
      "src/index.ts: export * from '../generated/index.gen.js';",
      "src/types.ts: export type * from '../generated/index.gen.js';",
    ]);
  });

  it('exports the spec type ResponseStreamOptions (stream_options of a request)', () => {
    // Checked by the type checker: the package's ResponseStreamOptions is the component schema, not a handwritten type.
    expectTypeOf<ResponseStreamOptions>().toEqualTypeOf<components['schemas']['ResponseStreamOptions']>();
    const options: ResponseStreamOptions = { include_obfuscation: false };
    expect(Object.keys(options)).toEqual(['include_obfuscation']);
  });
});
