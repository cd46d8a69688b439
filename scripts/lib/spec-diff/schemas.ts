// Compares two JSON Schemas (OpenAPI 3.1 dialect) where the spec uses them, judging each change by the direction
// data flows there: a client must be able to keep sending what it sent (request) and keep reading what it gets
// (response). Changes that narrow what a request accepts, or widen what a response may hold, are breaking.
import { deref, isJson, refName, type Json, type SpecDocument } from './document.js';
import type { Direction, Findings } from './findings.js';

/** Both documents, the findings, and the `$ref` pairs already compared (also what stops recursion). */
export interface SchemaContext {
  readonly old: SpecDocument;
  readonly new: SpecDocument;
  readonly findings: Findings;
  readonly compared: Set<string>;
}

const asSchema = (document: SpecDocument, value: unknown): Json => {
  const resolved = deref(document, value);
  return isJson(resolved) ? resolved : {}; // `true` and a missing schema accept anything
};

const list = (values: Iterable<string>): string => [...values].join(', ');
const json = (value: unknown): string => JSON.stringify(value);

/**
 * Compares the schemas `before` (in the old document) and `after` (in the new one), found at `location`.
 * Entering a `$ref` on both sides restarts the location at the component's name, and each pair of components is
 * compared once per direction.
 */
export function compareSchemas(
  context: SchemaContext,
  before: unknown,
  after: unknown,
  location: string,
  direction: Direction,
): void {
  const oldRef = refName(before);
  const newRef = refName(after);
  let where = location;
  if (oldRef !== undefined && newRef !== undefined) {
    const key = `${direction} ${String((before as Json)['$ref'])} ${String((after as Json)['$ref'])}`;
    if (context.compared.has(key)) return;
    context.compared.add(key);
    where = newRef;
  }
  const o = asSchema(context.old, before);
  const n = asSchema(context.new, after);
  const oldMembers = unionMembers(o);
  const newMembers = unionMembers(n);
  if (oldMembers || newMembers) {
    // A schema that becomes a union (or stops being one) is compared as a union of one member.
    compareUnions(context, o, n, oldMembers ?? [before], newMembers ?? [after], where, direction);
    if (!oldMembers || !newMembers) return;
  }
  compareTypes(context, o, n, where, direction);
  compareValues(context, o, n, where, direction);
  compareConstraints(context, o, n, where, direction);
  compareObjects(context, o, n, where, direction);
  if (o['items'] !== undefined && n['items'] !== undefined)
    compareSchemas(context, o['items'], n['items'], `${where}[]`, direction);
  compareAllOf(context, o, n, where, direction);
}

// ---------------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------------

const jsonType = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

/** The JSON types a schema allows, or `undefined` when it does not restrict them. */
function typesOf(schema: Json): Set<string> | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return new Set([type]);
  if (Array.isArray(type)) return new Set(type.map(String));
  if ('const' in schema) return new Set([jsonType(schema['const'])]);
  if (Array.isArray(schema['enum'])) return new Set(schema['enum'].map(jsonType));
  if (isJson(schema['properties']) || Array.isArray(schema['required'])) return new Set(['object']);
  if (schema['items'] !== undefined) return new Set(['array']);
  return undefined;
}

/** Whether values of `type` are allowed by `types` (`integer` is a kind of `number`). */
const allows = (types: Set<string>, type: string): boolean =>
  types.has(type) || (type === 'integer' && types.has('number'));

const describeTypes = (types: Set<string> | undefined): string =>
  types === undefined ? 'any type' : [...types].sort().join(' | ');

function compareTypes(context: SchemaContext, o: Json, n: Json, where: string, direction: Direction): void {
  const before = typesOf(o);
  const after = typesOf(n);
  if (before === undefined && after === undefined) return;
  // What the old schema allowed and the new one does not, and the other way round.
  const lost = before === undefined ? true : [...before].some((type) => !after || !allows(after, type));
  const gained = after === undefined ? true : [...after].some((type) => !before || !allows(before, type));
  if (!lost && !gained) return;
  // Requests break when they may no longer send something; responses when they may now hold something new.
  const breaks = direction === 'request' ? lost : gained;
  context.findings.add(
    breaks ? 'breaking' : 'compatible',
    'changed-type',
    `${where} (${direction})`,
    `${describeTypes(before)} → ${describeTypes(after)}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// enum and const
// ---------------------------------------------------------------------------------------------------------------

/** The values a schema is restricted to (`enum`, or `const` as one value), as JSON texts. */
function valuesOf(schema: Json): Set<string> | undefined {
  if ('const' in schema) return new Set([json(schema['const'])]);
  if (Array.isArray(schema['enum'])) return new Set(schema['enum'].map(json));
  return undefined;
}

function compareValues(context: SchemaContext, o: Json, n: Json, where: string, direction: Direction): void {
  const before = valuesOf(o);
  const after = valuesOf(n);
  const at = `${where} (${direction})`;
  const { findings } = context;
  if (before === undefined && after === undefined) return;
  if ('const' in o && 'const' in n) {
    if (json(o['const']) !== json(n['const']))
      findings.add('breaking', 'changed-const', at, `${json(o['const'])} → ${json(n['const'])}`);
    return;
  }
  if (before === undefined) {
    findings.addFor(direction, 'request', 'new-enum', at, `now restricted to ${list(after!)}`);
    return;
  }
  if (after === undefined) {
    findings.addFor(direction, 'response', 'removed-enum', at, `no longer restricted to ${list(before)}`);
    return;
  }
  const removed = [...before].filter((value) => !after.has(value));
  const added = [...after].filter((value) => !before.has(value));
  if (removed.length > 0) findings.addFor(direction, 'request', 'removed-enum-value', at, list(removed));
  if (added.length > 0) findings.addFor(direction, 'response', 'new-enum-value', at, list(added));
}

// ---------------------------------------------------------------------------------------------------------------
// Constraints (only requests: a tighter limit refuses requests that passed)
// ---------------------------------------------------------------------------------------------------------------

/** Limits where a larger value is tighter, and limits where a smaller one is. */
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;

function compareConstraints(
  context: SchemaContext,
  o: Json,
  n: Json,
  where: string,
  direction: Direction,
): void {
  if (direction !== 'request') return;
  const at = `${where} (request)`;
  const report = (tighter: boolean, keyword: string) =>
    context.findings.add(
      tighter ? 'breaking' : 'compatible',
      tighter ? 'tightened-constraint' : 'loosened-constraint',
      at,
      `${keyword} ${json(o[keyword]) ?? 'none'} → ${json(n[keyword]) ?? 'none'}`,
    );
  for (const keyword of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
    const before = o[keyword];
    const after = n[keyword];
    if (before === after) continue;
    if (typeof after !== 'number') report(false, keyword);
    else if (typeof before !== 'number') report(true, keyword);
    else
      report(
        (LOWER_BOUNDS as readonly string[]).includes(keyword) ? after > before : after < before,
        keyword,
      );
  }
  if (o['pattern'] !== n['pattern']) report(n['pattern'] !== undefined, 'pattern');
  if (o['uniqueItems'] !== n['uniqueItems']) report(n['uniqueItems'] === true, 'uniqueItems');
}

// ---------------------------------------------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------------------------------------------

const propertiesOf = (schema: Json): Json => (isJson(schema['properties']) ? schema['properties'] : {});
const requiredOf = (schema: Json): Set<string> =>
  new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []);

function compareObjects(context: SchemaContext, o: Json, n: Json, where: string, direction: Direction): void {
  const { findings } = context;
  const oldProperties = propertiesOf(o);
  const newProperties = propertiesOf(n);
  const oldRequired = requiredOf(o);
  const newRequired = requiredOf(n);
  const names = new Set([
    ...Object.keys(oldProperties),
    ...Object.keys(newProperties),
    ...oldRequired,
    ...newRequired,
  ]);
  for (const name of names) {
    const at = `${where}.${name} (${direction})`;
    const inOld = name in oldProperties || oldRequired.has(name);
    const inNew = name in newProperties || newRequired.has(name);
    if (!inNew) {
      findings.add('breaking', `removed-${direction}-property`, at, 'removed');
    } else if (!inOld) {
      if (direction === 'response') findings.add('compatible', 'new-response-property', at, 'added');
      else if (newRequired.has(name))
        findings.add('breaking', 'new-required-request-property', at, 'added, required');
      else findings.add('compatible', 'new-optional-request-property', at, 'added, optional');
    } else {
      if (!oldRequired.has(name) && newRequired.has(name))
        findings.addFor(
          direction,
          'request',
          `${direction}-property-became-required`,
          at,
          'optional → required',
        );
      if (oldRequired.has(name) && !newRequired.has(name))
        findings.addFor(
          direction,
          'response',
          `${direction}-property-became-optional`,
          at,
          'required → optional',
        );
      // A name only listed in `required` on one side has a schema that allows anything there.
      compareSchemas(
        context,
        oldProperties[name] ?? {},
        newProperties[name] ?? {},
        `${where}.${name}`,
        direction,
      );
    }
  }
  compareAdditionalProperties(context, o, n, where, direction);
}

function compareAdditionalProperties(
  context: SchemaContext,
  o: Json,
  n: Json,
  where: string,
  direction: Direction,
): void {
  const before = o['additionalProperties'];
  const after = n['additionalProperties'];
  if (direction === 'request' && (before === false) !== (after === false)) {
    context.findings.add(
      after === false ? 'breaking' : 'compatible',
      after === false ? 'closed-request-object' : 'opened-request-object',
      `${where} (request)`,
      after === false ? 'unknown properties are now refused' : 'unknown properties are now accepted',
    );
  }
  if (isJson(before) && isJson(after)) compareSchemas(context, before, after, `${where}.*`, direction);
}

// ---------------------------------------------------------------------------------------------------------------
// Unions (oneOf / anyOf) and allOf
// ---------------------------------------------------------------------------------------------------------------

function unionMembers(schema: Json): unknown[] | undefined {
  const members = schema['oneOf'] ?? schema['anyOf'];
  return Array.isArray(members) ? members : undefined;
}

/** How a member is recognised on the other side: its tag, its component, or its shape, in that order. */
interface Member {
  readonly raw: unknown;
  readonly tag: string | undefined;
  readonly ref: string | undefined;
  readonly shape: string;
  /** How the member is named in the report. */
  readonly label: string;
}

function describeMembers(document: SpecDocument, union: Json, raws: unknown[]): Member[] {
  const discriminator = isJson(union['discriminator']) ? union['discriminator'] : {};
  const tagProperty =
    typeof discriminator['propertyName'] === 'string' ? discriminator['propertyName'] : 'type';
  return raws.map((raw) => {
    const schema = asSchema(document, raw);
    const property = asSchema(document, propertiesOf(schema)[tagProperty]);
    const values = valuesOf(property);
    const tag = values?.size === 1 ? (JSON.parse([...values][0]!) as unknown) : undefined;
    const ref = refName(raw);
    const types = typesOf(schema);
    const shape = types === undefined ? json(raw) : describeTypes(types);
    const label = typeof tag === 'string' ? tag : (ref ?? shape);
    return { raw, tag: typeof tag === 'string' ? tag : undefined, ref, shape, label };
  });
}

/**
 * Pairs old and new members: by tag first, then by component name (a component whose tag changed is paired, so the
 * changed tag is reported as such), then, for untagged members, by shape.
 */
function pairMembers(
  before: Member[],
  after: Member[],
): { pairs: [Member, Member][]; removed: Member[]; added: Member[] } {
  const pairs: [Member, Member][] = [];
  const removed = [...before];
  const added = [...after];
  for (const key of ['tag', 'ref', 'shape'] as const) {
    for (const member of [...removed]) {
      if (member[key] === undefined) continue;
      // Two members of the same shape are not the same member when either has a tag.
      if (key === 'shape' && member.tag !== undefined) continue;
      const match = added.findIndex(
        (other) => other[key] === member[key] && (key !== 'shape' || other.tag === undefined),
      );
      if (match === -1) continue;
      pairs.push([member, added[match]!]);
      removed.splice(removed.indexOf(member), 1);
      added.splice(match, 1);
    }
  }
  return { pairs, removed, added };
}

function compareUnions(
  context: SchemaContext,
  o: Json,
  n: Json,
  oldRaws: unknown[],
  newRaws: unknown[],
  where: string,
  direction: Direction,
): void {
  const { findings } = context;
  const at = `${where} (${direction})`;
  const oldDiscriminator = isJson(o['discriminator']) ? o['discriminator']['propertyName'] : undefined;
  const newDiscriminator = isJson(n['discriminator']) ? n['discriminator']['propertyName'] : undefined;
  if (
    oldDiscriminator !== undefined &&
    newDiscriminator !== undefined &&
    oldDiscriminator !== newDiscriminator
  )
    findings.add(
      'breaking',
      'changed-discriminator',
      at,
      `${json(oldDiscriminator)} → ${json(newDiscriminator)}`,
    );
  const { pairs, removed, added } = pairMembers(
    describeMembers(context.old, o, oldRaws),
    describeMembers(context.new, n, newRaws),
  );
  if (removed.length > 0)
    findings.addFor(direction, 'request', 'removed-union-member', at, list(removed.map((m) => m.label)));
  // Clients must accept members they do not know when the union is tagged (new event and item types); a new
  // untagged member (`null`, another type) is a value they have never had to handle.
  const tagged = added.filter((m) => m.tag !== undefined);
  const untagged = added.filter((m) => m.tag === undefined);
  if (tagged.length > 0) findings.add('compatible', 'new-union-member', at, list(tagged.map((m) => m.label)));
  if (untagged.length > 0)
    findings.addFor(direction, 'response', 'new-union-member', at, list(untagged.map((m) => m.label)));
  for (const [before, after] of pairs) {
    const inner = before.ref !== undefined && after.ref !== undefined ? where : `${where}<${after.label}>`;
    compareSchemas(context, before.raw, after.raw, inner, direction);
  }
}

/** `allOf` parts are compared by position; a new part narrows what the schema allows. */
function compareAllOf(context: SchemaContext, o: Json, n: Json, where: string, direction: Direction): void {
  const before = Array.isArray(o['allOf']) ? o['allOf'] : [];
  const after = Array.isArray(n['allOf']) ? n['allOf'] : [];
  const at = `${where} (${direction})`;
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    if (index >= after.length)
      context.findings.addFor(direction, 'response', 'removed-all-of-part', at, `part ${index + 1}`);
    else if (index >= before.length)
      context.findings.addFor(direction, 'request', 'new-all-of-part', at, `part ${index + 1}`);
    else compareSchemas(context, before[index], after[index], `${where}&${index + 1}`, direction);
  }
}
