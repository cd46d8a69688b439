import {
  discriminatedUnions,
  schemaEntries,
  type BundledSpec,
  type DiscriminatedUnion,
} from '../spec-model.js';
import { emitSource } from './project.js';
import { constantCase, identifier, literal, writeDoc } from './writer.js';

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
  return emitSource((writer) => {
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
      // Marked pure so that a bundler drops the set with its guard when a program does not use it.
      writer
        .writeLine(`const ${constant}_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(${constant});`)
        .blankLine();
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
