import { discriminatedUnions, type BundledSpec } from '../spec-model.js';
import { emitSource } from './project.js';
import { identifier, literal, writeDoc } from './writer.js';

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
  return emitSource((writer) => {
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
