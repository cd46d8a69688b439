import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * Emits `types.gen.ts`: the `paths`, `components` and `operations` interfaces of the bundled spec.
 * `defaultNonNullable: false` keeps request fields that document a default optional (toolchain-notes §0.6).
 */
export async function emitTypes(bundledSpec: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(bundledSpec), {
    defaultNonNullable: false,
    alphabetize: false,
    exportType: false,
    enum: false,
    rootTypes: false,
  });
  return astToString(ast);
}
