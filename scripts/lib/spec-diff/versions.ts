// Whether a version change announces breaking changes, by semver: a new major version, or for 0.x versions (where
// npm's caret ranges treat the minor number as the major one, `^0.1.0` never installs 0.2.0) a new minor version.

/** A `major.minor.patch` version, pre-release and build suffixes ignored. */
interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

function parseVersion(text: string): Version {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text.trim());
  if (!match) throw new TypeError(`"${text}" is not a semver version (major.minor.patch).`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/**
 * Orders two versions by major, minor and patch (pre-release and build suffixes ignored): negative when `a` comes
 * before `b`, 0 when they are the same release, positive after.
 *
 * @throws TypeError when either is not a `major.minor.patch` version.
 */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

/**
 * Whether going from `before` to `after` is a breaking release: the major number grew, or both are 0.x and the minor
 * number grew.
 *
 * @throws TypeError when either is not a `major.minor.patch` version.
 */
export function isBreakingRelease(before: string, after: string): boolean {
  const o = parseVersion(before);
  const n = parseVersion(after);
  if (n.major !== o.major) return n.major > o.major;
  return n.major === 0 && n.minor > o.minor;
}
