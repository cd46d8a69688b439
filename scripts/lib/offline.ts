// What a page would load from the network: the check both API references pass before they are written.

/**
 * The network loads `text` (HTML, CSS or a script) names: a `<script src>`, `<link href>`, `<img>`, `<iframe>` or
 * `<source>` pointing at `http(s):` or a protocol-relative URL, and any CSS `url()` that does. Links a reader clicks
 * (`<a href>`) are not loads.
 */
export function externalLoads(text: string): string[] {
  return [
    ...text.matchAll(
      /<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["']?(?:https?:)?\/\/[^"'\s>]+/gi,
    ),
    ...text.matchAll(/url\(\s*["']?(?:https?:)?\/\/[^)]+\)/gi),
  ].map((match) => match[0]);
}
