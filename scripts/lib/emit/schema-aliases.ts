import { schemaEntries, type BundledSpec } from '../spec-model.js';
import { emitSource } from './project.js';
import { identifier, literal, writeDoc } from './writer.js';

/** `schemas.gen.ts`: one named type per component schema, documented with the schema's description. */
export function emitSchemaAliases(spec: BundledSpec): string {
  return emitSource((writer) => {
    writer.writeLine("import type { components } from './types.gen.js';").blankLine();
    for (const [name, schema] of schemaEntries(spec)) {
      writeDoc(writer, schema.description, schema.deprecated ? ['@deprecated'] : []);
      writer.writeLine(
        `export type ${identifier(name, 'Schema')} = components['schemas'][${literal(name)}];`,
      );
    }
  });
}
