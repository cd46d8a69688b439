// Redocly plugin: lint rules that keep the spec safe for code generation.
// openapi-typescript rewrites discriminator tags wrongly when a mapping is missing or disagrees with the
// member's `const` (openapi-typescript#2149, #2318, #2775), and Redocly's built-in rules do not notice.

/** Returns the `type` tag values a member schema pins: its `const`, or the values of a one-value `enum`. */
function tagValues(schema, propertyName) {
  const property = schema?.properties?.[propertyName];
  if (!property) return [];
  if (property.const !== undefined) return [property.const];
  if (Array.isArray(property.enum)) return property.enum;
  return [];
}

/** Every `oneOf`/`anyOf` with a discriminator must carry an explicit mapping that covers each member. */
function discriminatorHasMapping() {
  return {
    Schema: {
      enter(schema, { report, location }) {
        const discriminator = schema.discriminator;
        if (!discriminator) return;
        if (!discriminator.mapping || Object.keys(discriminator.mapping).length === 0) {
          report({
            message:
              'Discriminator needs an explicit `mapping` (openapi-typescript emits wrong tags without one).',
            location: location.child(['discriminator']),
          });
          return;
        }
        const members = schema.oneOf ?? schema.anyOf ?? [];
        const mapped = new Set(Object.values(discriminator.mapping));
        members.forEach((member, index) => {
          if (member.$ref && !mapped.has(member.$ref)) {
            report({
              message: `Union member \`${member.$ref}\` is missing from the discriminator mapping.`,
              location: location.child([schema.oneOf ? 'oneOf' : 'anyOf', index]),
            });
          }
        });
      },
    },
  };
}

/** Each discriminator mapping key must equal the `const` of the `type` property of the schema it points to. */
function discriminatorMappingMatchesConst() {
  return {
    Schema: {
      enter(schema, { report, location, resolve }) {
        const discriminator = schema.discriminator;
        if (!discriminator?.mapping) return;
        for (const [key, ref] of Object.entries(discriminator.mapping)) {
          const target = resolve({ $ref: ref });
          const where = location.child(['discriminator', 'mapping', key]);
          if (!target.node) {
            report({
              message: `Mapping \`${key}\` points to \`${ref}\`, which does not resolve.`,
              location: where,
            });
            continue;
          }
          const tags = tagValues(target.node, discriminator.propertyName);
          if (!tags.includes(key)) {
            const found = tags.length ? tags.map((t) => `\`${t}\``).join(', ') : 'no const';
            report({
              message: `Mapping key \`${key}\` must equal the \`${discriminator.propertyName}\` const of \`${ref}\` (found ${found}).`,
              location: where,
            });
          }
        }
      },
    },
  };
}

export default function sequrityRules() {
  return {
    id: 'sequrity',
    rules: {
      oas3: {
        'discriminator-has-mapping': discriminatorHasMapping,
        'discriminator-mapping-matches-const': discriminatorMappingMatchesConst,
      },
    },
  };
}
