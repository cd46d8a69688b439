// The places compared: openai's request, response and stream-event types against what the spec's operations take
// and return. The WebSocket-only unions (`ResponsesClientEvent`: `response.create`, `response.steer`;
// `ResponsesServerEvent`: the `…Ws…` echoes and `response.steer.*`) are not roots: Sequrity's API is HTTP only.
import { deref, isJson, type SpecDocument } from '../spec-diff/document.js';
import type { Declarations } from './typescript-side.js';
import type { Finding, Root } from './compare.js';

/** The openai types compared, and where the spec describes the same wire value. */
export const ROOTS = [
  { label: 'ResponseCreateParams', openai: 'ResponseCreateParams', site: 'request' },
  { label: 'Response', openai: 'Response', site: 'application/json' },
  { label: 'ResponseStreamEvent', openai: 'ResponseStreamEvent', site: 'text/event-stream' },
] as const;

/** The openai union names left out on purpose, with why; printed by the report. */
export const LEFT_OUT = [
  'ResponsesClientEvent and ResponsesServerEvent: the WebSocket mode of the Responses API (response.create, ' +
    'response.steer, response.steer.accepted/pending/failed and the …Ws… event echoes); Sequrity serves HTTP only.',
] as const;

/**
 * Findings the spec leaves open on purpose (say why in `reason`, e.g. a value waiting for a breaking release):
 * reported, but not failing `--check`. None today.
 */
export const KNOWN_GAPS: readonly { owner: RegExp; names: readonly string[]; reason: string }[] = [];

/** The reason a finding is a known gap, or undefined when it is not one. */
export const knownGap = (finding: Finding): string | undefined =>
  KNOWN_GAPS.find((gap) => gap.owner.test(finding.owner) && gap.names.includes(finding.name))?.reason;

/** The schemas of `site` across every operation: the JSON request bodies, or the 200 replies of a media type. */
export function specSchemas(
  document: SpecDocument,
  site: 'request' | 'application/json' | 'text/event-stream',
): unknown[] {
  const schemas: unknown[] = [];
  const paths = isJson(document.root['paths']) ? document.root['paths'] : {};
  for (const item of Object.values(paths)) {
    if (!isJson(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isJson(operation)) continue;
      const holder =
        site === 'request'
          ? deref(document, operation['requestBody'])
          : deref(document, isJson(operation['responses']) ? operation['responses']['200'] : undefined);
      const content = isJson(holder) && isJson(holder['content']) ? holder['content'] : {};
      const media = content[site === 'request' ? 'application/json' : site];
      if (isJson(media) && media['schema'] !== undefined && !schemas.includes(media['schema'])) {
        schemas.push(media['schema']);
      }
    }
  }
  return schemas;
}

/** The roots of the comparison; throws when the package or the spec lacks one of them. */
export function coverageRoots(declarations: Declarations, document: SpecDocument): Root[] {
  return ROOTS.map(({ label, openai, site }) => {
    const type = declarations.typeNamed(openai);
    if (type === undefined) throw new Error(`The openai declarations export no type ${openai}.`);
    const schemas = specSchemas(document, site);
    if (schemas.length === 0) throw new Error(`${document.source} has no operation with a ${site} schema.`);
    return { label, type, schemas };
  });
}
