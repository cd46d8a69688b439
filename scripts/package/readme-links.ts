// The relative links of a Markdown file, and which of them a set of packed files cannot satisfy: the README ships in
// the tarball, so each of its relative links must lead to a file that ships with it.
import { posix } from 'node:path';

/**
 * The targets of the Markdown links and images in `markdown` (`[text](target)`, `![alt](target)`,
 * `[label]: target`) outside code, in order.
 */
export function markdownLinks(markdown: string): string[] {
  // Fenced blocks and inline code spans are code, not links.
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  return [
    ...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g),
    ...prose.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm),
  ].map((match) => match[1] as string);
}

/** Whether a link target leaves the package: a URL with a scheme (`https:`, `mailto:`) or a bare `#anchor`. */
const isExternal = (target: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('#');

/**
 * The relative links of `markdown` (a file at `from`, relative to the package root) that resolve to no file of
 * `files` (paths relative to the package root, as `npm pack` lists them). A link to a folder resolves when a file
 * under it ships; `#anchor` and `?query` parts are ignored.
 */
export function unresolvedLinks(markdown: string, from: string, files: readonly string[]): string[] {
  const shipped = new Set(files);
  return markdownLinks(markdown).filter((target) => {
    if (isExternal(target)) return false;
    const path = decodeURIComponent(target.replace(/[?#].*$/, ''));
    const resolved = posix.normalize(posix.join(posix.dirname(from), path));
    if (resolved.startsWith('../') || resolved === '..') return true;
    const folder = resolved.endsWith('/') ? resolved : `${resolved}/`;
    return !shipped.has(resolved.replace(/\/$/, '')) && !files.some((file) => file.startsWith(folder));
  });
}
