// Reading a recording from a file (Node only): its format comes from the file name.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { EmulatorSetupError } from './setup-error.js';
import { parseTranscript, transcriptFormat, type Transcript } from './replay.js';

/**
 * Reads a recording to replay: raw SSE (`.sse`), JSONL event chunks (`.chunks.txt`, `.jsonl`, `.ndjson`) or a VCR
 * cassette (`.yaml`, `.yml`; needs the optional peer dependency `yaml`).
 *
 * @throws {@link EmulatorSetupError} when the file cannot be read or is not a recording.
 */
export async function loadTranscript(path: string): Promise<Transcript> {
  const name = basename(path);
  const format = transcriptFormat(name);
  if (!format) {
    throw new EmulatorSetupError(
      `Cannot replay ${name}: expected a .sse, .chunks.txt, .jsonl, .ndjson, .yaml or .yml recording.`,
    );
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new EmulatorSetupError(`Cannot read the recording ${path}.`, { cause });
  }
  return parseTranscript(text, format, name);
}
