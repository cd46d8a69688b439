import { Project, type CodeBlockWriter } from 'ts-morph';
import {
  discriminatedUnions,
  operations,
  schemaEntries,
  type BundledSpec,
  type DiscriminatedUnion,
} from './spec-model.js';

/** A single-quoted string literal for generated code, with quotes, backslashes and line breaks escaped. */
const literal = (value: string): string =>
  `'${JSON.stringify(value).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;

/** Fails with a clear message when a spec name cannot become a TypeScript identifier. */
function identifier(name: string, what: string): string {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) {
    throw new Error(`${what} \`${name}\` is not a valid TypeScript identifier; rename it in the spec.`);
  }
  return name;
}

/** Writes `text` as a TSDoc block; `*\/` inside descriptions is escaped so it cannot end the comment. */
function writeDoc(writer: CodeBlockWriter, text: string | undefined, tags: string[] = []): void {
  const lines = [...(text ?? '').trim().split('\n'), ...tags].filter(
    (line, i, all) => line !== '' || i < all.length - 1,
  );
  if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) return;
  writer.writeLine('/**');
  for (const line of lines) writer.writeLine(` *${line ? ` ${line.replaceAll('*/', '*\\/')}` : ''}`);
  writer.writeLine(' */');
}

/** `ResponseStreamEvent` → `RESPONSE_STREAM_EVENT`. */
function constantCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function emit(build: (writer: CodeBlockWriter) => void): string {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('emitted.ts');
  file.addStatements(build);
  return file.getFullText();
}

/** `schemas.gen.ts`: one named type per component schema, documented with the schema's description. */
export function emitSchemaAliases(spec: BundledSpec): string {
  return emit((writer) => {
    writer.writeLine("import type { components } from './types.gen.js';").blankLine();
    for (const [name, schema] of schemaEntries(spec)) {
      writeDoc(writer, schema.description, schema.deprecated ? ['@deprecated'] : []);
      writer.writeLine(
        `export type ${identifier(name, 'Schema')} = components['schemas'][${literal(name)}];`,
      );
    }
  });
}

function assertNoCollisions(spec: BundledSpec, unions: DiscriminatedUnion[]): void {
  const taken = new Set(schemaEntries(spec).map(([name]) => name));
  for (const union of unions) {
    for (const name of [union.name, ...union.members.map((member) => member.schema)])
      identifier(name, 'Schema');
    for (const name of [`${union.name}Type`, `${union.name}Map`]) {
      if (taken.has(name)) {
        throw new Error(
          `Generated name ${name} (for union ${union.name}) collides with a schema of the same name.`,
        );
      }
    }
  }
}

/**
 * `unions.gen.ts`: for every discriminated union, the tag union type, a map from tag to member type, the runtime
 * list of known tags and a guard for "is this a known tag".
 */
export function emitUnions(spec: BundledSpec): string {
  const unions = discriminatedUnions(spec);
  assertNoCollisions(spec, unions);
  const imported = [
    ...new Set(unions.flatMap((union) => [union.name, ...union.members.map((m) => m.schema)])),
  ];
  return emit((writer) => {
    writer.writeLine(`import type { ${imported.sort().join(', ')} } from './schemas.gen.js';`).blankLine();
    for (const union of unions) {
      const tag = union.propertyName;
      const constant = `${constantCase(union.name)}_${constantCase(tag)}S`;
      writeDoc(writer, `The \`${tag}\` tags of {@link ${union.name}}.`);
      writer.writeLine(`export type ${union.name}Type = ${union.name}[${literal(tag)}];`).blankLine();
      writeDoc(writer, `Each {@link ${union.name}} member, keyed by its \`${tag}\` tag.`);
      writer.write(`export interface ${union.name}Map`).block(() => {
        for (const member of union.members) writer.writeLine(`${literal(member.tag)}: ${member.schema};`);
      });
      writer.blankLine();
      writeDoc(
        writer,
        `Every \`${tag}\` tag of {@link ${union.name}} that this version of the spec knows, in spec order.\n` +
          'Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.',
      );
      writer.writeLine(`export const ${constant} = [`);
      for (const member of union.members) writer.writeLine(`  ${literal(member.tag)},`);
      writer.writeLine(`] as const satisfies readonly ${union.name}Type[];`).blankLine();
      writer.writeLine(`const ${constant}_SET: ReadonlySet<string> = new Set(${constant});`).blankLine();
      writeDoc(
        writer,
        `Whether \`value\` is one of the \`${tag}\` tags of {@link ${union.name}} listed in the spec.`,
      );
      writer
        .write(`export function is${union.name}Type(value: unknown): value is ${union.name}Type`)
        .block(() => writer.writeLine(`return typeof value === 'string' && ${constant}_SET.has(value);`));
      writer.blankLine();
    }
  });
}

/** `guards.gen.ts`: a type guard per member of every discriminated union, checking its tag. */
export function emitGuards(spec: BundledSpec): string {
  const tags = new Map<string, { property: string; tag: string }>();
  for (const union of discriminatedUnions(spec)) {
    for (const member of union.members) {
      const seen = tags.get(member.schema);
      if (seen && (seen.tag !== member.tag || seen.property !== union.propertyName)) {
        throw new Error(
          `${member.schema} is tagged both '${seen.tag}' and '${member.tag}' in different unions.`,
        );
      }
      tags.set(member.schema, { property: union.propertyName, tag: member.tag });
    }
  }
  const names = [...tags.keys()].sort();
  return emit((writer) => {
    writer.writeLine(`import type { ${names.join(', ')} } from './schemas.gen.js';`).blankLine();
    for (const [schema, { property, tag }] of tags) {
      writeDoc(writer, `Whether \`value\` is a {@link ${schema}} (its \`${property}\` is \`'${tag}'\`).`);
      writer
        .write(
          `export function is${schema}(value: { readonly ${property}?: unknown } | null | undefined): value is ${schema}`,
        )
        .block(() =>
          writer.writeLine(
            `return value?.${identifier(property, 'Discriminator property')} === ${literal(tag)};`,
          ),
        );
      writer.blankLine();
    }
  });
}

/** `client.gen.ts`: the typed low-level client on openapi-fetch, with one method per operation. */
export function emitClient(spec: BundledSpec): string {
  const ops = operations(spec);
  const servers = spec.servers ?? [];
  const jsonHeaders = new Map(ops.flatMap((op) => op.jsonHeaders.map((h) => [h.name, h.schema] as const)));
  const headerSchemas = [...new Set(jsonHeaders.values())].sort();
  return emit((writer) => {
    writer.writeLine("import createClient, { type ClientForPath, type ClientOptions } from 'openapi-fetch';");
    writer.writeLine("import type { paths } from './types.gen.js';");
    if (headerSchemas.length > 0)
      writer.writeLine(`import type { ${headerSchemas.join(', ')} } from './schemas.gen.js';`);
    writer.blankLine();

    writeDoc(writer, 'The servers the spec lists, in order; the first is the default base URL.');
    writer.writeLine(`export const SERVERS = ${JSON.stringify(servers)} as const;`).blankLine();
    writeDoc(writer, 'Method and path of each operation, keyed by `operationId`.');
    writer.writeLine('export const OPERATIONS = {');
    for (const op of ops)
      writer.writeLine(
        `  ${identifier(op.operationId, 'operationId')}: { method: ${literal(op.method)}, path: ${literal(op.path)} },`,
      );
    writer.writeLine('} as const;').blankLine();

    if (jsonHeaders.size > 0) writeJsonHeaders(writer, jsonHeaders);

    writeDoc(
      writer,
      "Creates the typed low-level client: one method per operation, each returning openapi-fetch's\n" +
        "`{ data, error, response }`. JSON responses are typed; pass `parseAs: 'stream'` for `text/event-stream`.",
      [
        `@param options - openapi-fetch client options (\`baseUrl\`, \`fetch\`, \`headers\`, …).`,
        ...(servers[0] ? [`@defaultValue options.baseUrl \`${servers[0].url}\``] : []),
        '@example',
        '```ts',
        'const client = createLowLevelClient({ headers: { Authorization: `Bearer ${key}` } });',
        `const { data, error } = await client.${ops[0]?.operationId ?? 'operation'}({ params, body });`,
        '```',
      ],
    );
    writer.write('export function createLowLevelClient(options: ClientOptions = {})').block(() => {
      writer.writeLine(
        `const client = createClient<paths, 'application/json'>({ ${servers.length ? 'baseUrl: SERVERS[0].url, ' : ''}...options });`,
      );
      writer.writeLine('return {');
      writer.indent(() => {
        writeDoc(
          writer,
          'The underlying openapi-fetch client, for anything the operation methods do not cover.',
        );
        writer.writeLine('fetchClient: client,');
        for (const op of ops) {
          const pathType = `paths[${literal(op.path)}]`;
          const method = op.method.toUpperCase();
          writeDoc(writer, [op.summary, op.description].filter(Boolean).join('\n\n'), [
            `\`${method} ${op.path}\``,
          ]);
          // openapi-fetch does not export its rest-parameter type, so the forwarding function is typed by cast.
          writer.writeLine(
            `${op.operationId}: ((...init: unknown[]) => client.${method}(${literal(op.path)}, ...(init as [never]))) as ClientForPath<${pathType}, 'application/json'>['${method}'],`,
          );
        }
      });
      writer.writeLine('};');
    });
    writer.blankLine();
    writeDoc(writer, 'The client {@link createLowLevelClient} returns.');
    writer.writeLine('export type LowLevelClient = ReturnType<typeof createLowLevelClient>;');
  });
}

/** `JsonHeaderDocuments` and `encodeJsonHeaders`, for specs whose header parameters carry JSON documents. */
function writeJsonHeaders(writer: CodeBlockWriter, jsonHeaders: ReadonlyMap<string, string>): void {
  writeDoc(
    writer,
    'The JSON documents that header parameters carry, keyed by header name. On the wire each is the\n' +
      '`JSON.stringify`-ed document; use {@link encodeJsonHeaders} to build the header strings.',
  );
  writer.write('export interface JsonHeaderDocuments').block(() => {
    for (const [name, schema] of jsonHeaders) writer.writeLine(`${literal(name)}: ${schema};`);
  });
  writer.blankLine();
  writeDoc(writer, 'Encodes JSON header documents as header strings; `undefined` entries are left out.', [
    '@param documents - The documents to send, keyed by header name.',
    '@returns Header values ready for `params.header`.',
  ]);
  writer
    .write(
      'export function encodeJsonHeaders(documents: { [K in keyof JsonHeaderDocuments]?: JsonHeaderDocuments[K] | undefined }): { [K in keyof JsonHeaderDocuments]?: string }',
    )
    .block(() => {
      writer.writeLine('const headers: { [K in keyof JsonHeaderDocuments]?: string } = {};');
      writer
        .writeLine('for (const name of Object.keys(documents) as (keyof JsonHeaderDocuments)[])')
        .block(() => {
          writer.writeLine('const document = documents[name];');
          writer.writeLine('if (document !== undefined) headers[name] = JSON.stringify(document);');
        });
      writer.writeLine('return headers;');
    });
  writer.blankLine();
}
