// The comparison core of `npm run spec:coverage`: walks an openai type and the spec's schemas for the same place side
// by side and reports the property names, closed-union values, tagged union members and deprecation marks the
// type has and the spec lacks.
import type ts from 'typescript';

import type { SpecDocument } from '../spec-diff/document.js';
import { describeSchemas, type SpecVariant } from './spec-side.js';
import { describeType, typeKey, type TsVariant } from './typescript-side.js';

/** One thing the openai type has that the spec lacks. */
export interface Finding {
  /**
   * `property`: a property name; `value`: a value of a closed string union; `member`: a union member tagged with a
   * `type` no spec alternative carries (its properties are not listed separately); `deprecated`: a property openai
   * marks `@deprecated` that the spec has without `deprecated: true`.
   */
  readonly kind: 'property' | 'value' | 'member' | 'deprecated';
  /** The openai declaration it belongs to (`Response.Moderation`, `ToolChoiceTypes.type`). */
  readonly owner: string;
  /** The property name, the value, or the member's tag. */
  readonly name: string;
  /** Where the walk first met it, from the root (`ResponseCreateParams.tool_choice<ToolChoiceTypes>.type`). */
  readonly path: string;
  /** For a member: the openai declaration of the member. */
  readonly declaration?: string;
}

/** One place compared: an openai type and the spec schemas that describe the same wire value. */
export interface Root {
  readonly label: string;
  readonly type: ts.Type;
  readonly schemas: readonly unknown[];
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;
/** A stable number per schema object, so a (type, schemas) pair is compared once. */
function identity(schema: unknown): number {
  if (typeof schema !== 'object' || schema === null) return 0;
  let id = identities.get(schema);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(schema, id);
  }
  return id;
}

/**
 * The spec variants that describe the openai variant: the same-named one, and those sharing a tag unless another
 * openai variant of the position claims them by name (openai's `ToolChoiceTypes` lists `mcp`, but the spec's
 * `ToolChoiceMcp` answers openai's own `ToolChoiceMcp`, not that value). Untagged openai variants match them all.
 */
function matchVariants(
  variant: TsVariant,
  specVariants: readonly SpecVariant[],
  claimed: ReadonlySet<string | undefined>,
): SpecVariant[] {
  if (variant.tags.length === 0) return [...specVariants];
  const named = specVariants.filter(
    (candidate) => candidate.name !== undefined && candidate.name === variant.name,
  );
  const tagged = specVariants.filter(
    (candidate) =>
      !named.includes(candidate) &&
      !claimed.has(candidate.name) &&
      candidate.tags.some((tag) => variant.tags.includes(tag)),
  );
  const matched = [...named, ...tagged];
  return matched.length > 0 ? matched : specVariants.filter((candidate) => candidate.tags.length === 0);
}

/** Compares every root and returns the findings, one per owner and name, in the order the walk met them. */
export function compareCoverage(
  checker: ts.TypeChecker,
  document: SpecDocument,
  roots: readonly Root[],
): Finding[] {
  const findings = new Map<string, Finding>();
  const seen = new Set<string>();
  const report = (finding: Finding): void => {
    const key = `${finding.kind}\0${finding.owner}\0${finding.name}`;
    if (!findings.has(key)) findings.set(key, finding);
  };

  // `documented`: values named by an enclosing array's description (an open `include` lists its values there).
  const walk = (
    type: ts.Type,
    schemas: readonly unknown[],
    path: string,
    owner: string,
    depth: number,
    documented: ReadonlySet<string> = new Set(),
  ): void => {
    const key = `${typeKey(type)}|${schemas.map(identity).sort().join(',')}`;
    if (seen.has(key) || depth > 64) return;
    seen.add(key);
    const ours = describeType(checker, type);
    const theirs = describeSchemas(document, schemas);
    if (theirs.unconstrained) return;

    for (const value of ours.values) {
      // An open set (a string without `enum`) names its known values in its description; a closed one must list them.
      const open = theirs.values.size === 0;
      const named =
        theirs.values.has(value) || (open && (theirs.documented.has(value) || documented.has(value)));
      if (!named) report({ kind: 'value', owner, name: value, path });
    }
    for (const element of ours.elements) {
      walk(element, theirs.items, `${path}[]`, owner, depth + 1, theirs.documented);
    }
    const claimed = new Set(
      theirs.variants
        .filter((candidate) => ours.variants.some((variant) => variant.name === candidate.name))
        .map((candidate) => candidate.name),
    );

    for (const variant of ours.variants) {
      const matched = matchVariants(variant, theirs.variants, claimed);
      const at =
        ours.variants.length > 1 && variant.tags.length > 0
          ? `${path}<${variant.name ?? variant.tags.join('|')}>`
          : path;
      if (matched.length === 0 && variant.tags.length > 0) {
        for (const tag of variant.tags) {
          report({
            kind: 'member',
            owner,
            name: tag,
            path,
            ...(variant.name && { declaration: variant.name }),
          });
        }
        continue;
      }
      for (const property of variant.properties) {
        const propertyOwner = property.owner ?? variant.name ?? owner;
        const holders = matched.filter((candidate) => candidate.properties.has(property.name));
        if (holders.length === 0) {
          report({
            kind: 'property',
            owner: propertyOwner,
            name: property.name,
            path: `${at}.${property.name}`,
          });
          continue;
        }
        if (property.deprecated && !holders.some((holder) => holder.deprecated.has(property.name))) {
          report({
            kind: 'deprecated',
            owner: propertyOwner,
            name: property.name,
            path: `${at}.${property.name}`,
          });
        }
        const schemasOfProperty = holders.flatMap((holder) => holder.properties.get(property.name) ?? []);
        walk(
          property.type,
          schemasOfProperty,
          `${at}.${property.name}`,
          `${propertyOwner}.${property.name}`,
          depth + 1,
        );
      }
    }
  };

  for (const root of roots) walk(root.type, root.schemas, root.label, root.label, 0);
  return [...findings.values()];
}
