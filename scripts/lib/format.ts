import { format, resolveConfig } from 'prettier';

/** Formats TypeScript source with the project's prettier config, so generated files are byte-stable. */
export async function formatTypeScript(source: string, configFile: string): Promise<string> {
  const config = (await resolveConfig(configFile, { editorconfig: false })) ?? {};
  return format(source, { ...config, parser: 'typescript' });
}
