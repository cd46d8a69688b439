// The emulator's optional peer dependencies. They are imported only here, dynamically, so that the main entry point
// (`sequrity-responses`) never loads them and users who do not run the emulator never need them installed.
import { EmulatorSetupError } from './setup-error.js';

/** The versions the package is tested with (equal to `peerDependencies`). */
const PEER_VERSIONS = { ajv: '8.20.0', yaml: '2.9.1' } as const;

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

async function importPeer<T>(
  name: keyof typeof PEER_VERSIONS,
  purpose: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    if (!isModuleNotFound(cause)) throw cause;
    const version = PEER_VERSIONS[name];
    throw new EmulatorSetupError(
      `The emulator needs the optional peer dependency "${name}" ${purpose}. Install it: npm install --save-dev ${name}@${version}`,
      { cause },
    );
  }
}

/** Ajv's JSON Schema 2020-12 class (what `new Ajv2020(options)` builds). Internal: it must not reach the .d.ts files
 * that `sequrity-responses/testing` exposes, since users may not have Ajv's types. */
type Ajv2020Class = typeof import('ajv/dist/2020.js').Ajv2020;

/** Loads Ajv (JSON Schema 2020-12), which validates requests against the spec and tool arguments. */
export async function loadAjv(): Promise<Ajv2020Class> {
  const module = await importPeer(
    'ajv',
    'to validate requests against the spec',
    () => import('ajv/dist/2020.js'),
  );
  return module.Ajv2020;
}

/** Ajv's classes for the JSON Schema dialects a request's schema may declare. Internal, like {@link Ajv2020Class}. */
export interface AjvDialects {
  draft07: typeof import('ajv').Ajv;
  draft2019: typeof import('ajv/dist/2019.js').Ajv2019;
  draft2020: Ajv2020Class;
}

/** Loads Ajv's classes for draft-07 (Ajv's default), 2019-09 and 2020-12: the dialects of tool and output schemas. */
export async function loadAjvDialects(): Promise<AjvDialects> {
  const [draft07, draft2019, draft2020] = await importPeer('ajv', 'to validate tool and output schemas', () =>
    Promise.all([import('ajv'), import('ajv/dist/2019.js'), import('ajv/dist/2020.js')]),
  );
  return { draft07: draft07.Ajv, draft2019: draft2019.Ajv2019, draft2020: draft2020.Ajv2020 };
}

/** Loads the YAML parser, which reads VCR cassettes (`.yaml`) for replay. */
export async function loadYamlParse(): Promise<(text: string) => unknown> {
  const module = await importPeer('yaml', 'to replay YAML cassettes', () => import('yaml'));
  return (text) => module.parse(text);
}
