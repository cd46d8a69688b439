import type { CodeBlockWriter } from 'ts-morph';

/** A single-quoted string literal for generated code, with quotes, backslashes and line breaks escaped. */
export const literal = (value: string): string =>
  `'${JSON.stringify(value).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;

/** Returns `name`, or fails with a clear message when a spec name cannot become a TypeScript identifier. */
export function identifier(name: string, what: string): string {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) {
    throw new Error(`${what} \`${name}\` is not a valid TypeScript identifier; rename it in the spec.`);
  }
  return name;
}

/** `ResponseStreamEvent` → `RESPONSE_STREAM_EVENT`. */
export function constantCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Writes `text` (and then `tags`) as a TSDoc block; `*\/` is escaped so a description cannot end the comment. */
export function writeDoc(writer: CodeBlockWriter, text: string | undefined, tags: string[] = []): void {
  const lines = [...(text ?? '').trim().split('\n'), ...tags].filter(
    (line, i, all) => line !== '' || i < all.length - 1,
  );
  if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) return;
  writer.writeLine('/**');
  for (const line of lines) writer.writeLine(` *${line ? ` ${line.replaceAll('*/', '*\\/')}` : ''}`);
  writer.writeLine(' */');
}
