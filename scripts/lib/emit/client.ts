import type { CodeBlockWriter } from 'ts-morph';
import { operations, parameterEnums, type BundledSpec, type OperationInfo } from '../spec-model.js';
import { emitSource } from './project.js';
import { identifier, literal, writeDoc } from './writer.js';

/** `client.gen.ts`: the servers, the operations and the typed low-level client on openapi-fetch. */
export function emitClient(spec: BundledSpec): string {
  const ops = operations(spec);
  const servers = spec.servers ?? [];
  const jsonHeaders = new Map(ops.flatMap((op) => op.jsonHeaders.map((h) => [h.name, h.schema] as const)));
  const headerSchemas = [...new Set(jsonHeaders.values())].sort();
  const streaming = ops.some((op) => op.streamFlag);
  const enums = parameterEnums(spec);
  const fetchTypes = ['ClientForPath', 'ClientOptions'];
  if (streaming) fetchTypes.push('FetchResponse', 'MaybeOptionalInit', 'ParseAs');
  return emitSource((writer) => {
    writer.writeLine(
      `import createClient, { ${fetchTypes.map((name) => `type ${name}`).join(', ')} } from 'openapi-fetch';`,
    );
    writer.writeLine(`import type { ${enums.length > 0 ? 'components, ' : ''}paths } from './types.gen.js';`);
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

    if (enums.length > 0) {
      writeDoc(
        writer,
        'The values of each parameter whose schema is an enum, keyed by its component name, in spec order: what a\n' +
          'client can check an option against before it builds a URL or a header.',
      );
      writer.writeLine('export const PARAMETER_ENUMS = {');
      for (const { name, values } of enums)
        writer.writeLine(
          `  ${identifier(name, 'Parameter')}: [${values.map((value) => literal(value)).join(', ')}],`,
        );
      writer.writeLine(
        "} as const satisfies { [Name in keyof components['parameters']]?: readonly components['parameters'][Name][] };",
      );
      writer.blankLine();
    }

    writeDoc(
      writer,
      'The JSON documents that header parameters carry, keyed by header name. On the wire each is the\n' +
        "`JSON.stringify`-ed document; the package's `encodeJsonHeaders` builds the header strings.",
    );
    writer.write('export interface JsonHeaderDocuments').block(() => {
      for (const [name, schema] of jsonHeaders) writer.writeLine(`${literal(name)}: ${schema};`);
    });
    writer.blankLine();

    if (streaming) writeStreamChoice(writer);

    writeDoc(
      writer,
      'Creates the typed low-level client as plain openapi-fetch: one method per operation, each returning\n' +
        "openapi-fetch's `{ data, error, response }`. " +
        (streaming
          ? 'A call whose body says `stream: true` reads the reply as\n' +
            '`text/event-stream` unless it passes `parseAs`: `data` is then the unread body stream. Other calls\n' +
            'get the parsed JSON document.'
          : "JSON responses are typed; pass `parseAs: 'stream'` for any other body.") +
        '\nThe package wraps it in `createLowLevelClient`, which adds the safe defaults (no redirect followed,\n' +
        "bounded bodies); this one has openapi-fetch's own.",
      [
        `@param options - openapi-fetch client options (\`baseUrl\`, \`fetch\`, \`headers\`, …).`,
        ...(servers[0] ? [`@defaultValue options.baseUrl \`${servers[0].url}\``] : []),
        '@example',
        '```ts',
        'const client = createGeneratedClient({ headers: { Authorization: `Bearer ${key}` } });',
        `const { data, error } = await client.${ops[0]?.operationId ?? 'operation'}({ params, body });`,
        '```',
      ],
    );
    writer.write('export function createGeneratedClient(options: ClientOptions = {})').block(() => {
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
        for (const op of ops) writeOperation(writer, op);
      });
      writer.writeLine('};');
    });
    writer.blankLine();
    writeDoc(writer, 'The client {@link createGeneratedClient} returns.');
    writer.writeLine('export type LowLevelClient = ReturnType<typeof createGeneratedClient>;');
  });
}

/** One operation method: openapi-fetch's method for the path, choosing `parseAs` itself for a stream flag. */
function writeOperation(writer: CodeBlockWriter, op: OperationInfo): void {
  const path = literal(op.path);
  const method = op.method.toUpperCase();
  const streamNote = op.streamFlag
    ? 'With `body.stream: true` and no `parseAs`, the reply is read as `text/event-stream`: `data` is the unread\n' +
      'body stream (the same as `response.body`).'
    : undefined;
  writeDoc(writer, [op.summary, op.description, streamNote].filter(Boolean).join('\n\n'), [
    `\`${method} ${op.path}\``,
  ]);
  // openapi-fetch does not export its rest-parameter type, so each forwarding function is typed by cast.
  if (op.streamFlag) {
    writer.writeLine(
      `${op.operationId}: ((init?: ReadChoice) => client.${method}(${path}, ...([streamWhenAsked(init)] as [never]))) as StreamingMethod<paths[${path}], ${literal(op.method)}>,`,
    );
  } else {
    writer.writeLine(
      `${op.operationId}: ((...init: unknown[]) => client.${method}(${path}, ...(init as [never]))) as ClientForPath<paths[${path}], 'application/json'>['${method}'],`,
    );
  }
}

/**
 * The types and the one function behind operations whose body field `stream` switches the reply to
 * `text/event-stream`: forgetting `parseAs: 'stream'` there would make openapi-fetch parse SSE frames as JSON.
 */
function writeStreamChoice(writer: CodeBlockWriter): void {
  writeDoc(
    writer,
    'How a call reads its reply: the `parseAs` it passed; else `text/event-stream` (`data` is the unread body) when\n' +
      'its body says `stream: true`; else JSON. A body whose `stream` is only known to be a `boolean` may get either.',
  );
  writer.writeLine('type StreamAwareOptions<Init> = Init extends { parseAs: ParseAs }');
  writer.writeLine('  ? Init');
  writer.writeLine('  : Init extends { body: { stream: true } }');
  writer.writeLine("    ? Init & { parseAs: 'stream' }");
  // The index signature keeps `{ stream?: … }` from being a weak type, which a body without `stream` would fail.
  writer.writeLine(
    '    : Init extends { body?: { [key: string]: unknown; stream?: false | null | undefined } | undefined }',
  );
  writer.writeLine('      ? Init');
  writer.writeLine("      : Init | (Init & { parseAs: 'stream' });").blankLine();

  writeDoc(
    writer,
    'An operation method as openapi-fetch types it, with `data` following {@link StreamAwareOptions}.',
  );
  writer.writeLine(
    'type StreamingMethod<PathItem extends Record<string | number, any>, Method extends keyof PathItem> = <',
  );
  writer.writeLine('  Init extends MaybeOptionalInit<PathItem, Method>,');
  writer.writeLine('>(');
  writer.writeLine('  ...init: undefined extends MaybeOptionalInit<PathItem, Method>');
  writer.writeLine('    ? [(Init & { [key: string]: unknown })?]');
  writer.writeLine('    : [Init & { [key: string]: unknown }]');
  writer.writeLine(
    ") => Promise<FetchResponse<PathItem[Method], StreamAwareOptions<Init>, 'application/json'>>;",
  );
  writer.blankLine();

  writeDoc(writer, 'The part of a call that decides how its reply is read.');
  writer
    .writeLine('interface ReadChoice { body?: { stream?: unknown } | undefined; parseAs?: ParseAs }')
    .blankLine();
  writeDoc(
    writer,
    "Adds `parseAs: 'stream'` when the body says `stream: true` and the caller chose no `parseAs`.",
  );
  writer.write('function streamWhenAsked(init: ReadChoice | undefined): ReadChoice | undefined').block(() => {
    writer.writeLine(
      "return init?.parseAs === undefined && init?.body?.stream === true ? { ...init, parseAs: 'stream' } : init;",
    );
  });
  writer.blankLine();
}
