/**
 * Script payloads planted in page data. Every one of them, if it ever ran — in the page, in the
 * sidebar frame or anywhere page data is turned back into markup or code — calls the trap
 * `__pwned(tag)`, which the page's recorder (see page-template.ts) counts. The pages carry them as
 * data only (escaped in text and attributes, \u003c-encoded in JSON-LD), so the page itself never runs them.
 */
export const TRAP = '__pwned';

/** The payload shapes, each a function of the tag that identifies where it was planted. */
const SHAPES: ((tag: string) => string)[] = [
  (t) => `<script>${TRAP}('${t}')</script>`,
  (t) => `<img src=x onerror="${TRAP}('${t}')">`,
  (t) => `<svg onload=${TRAP}('${t}')>`,
  (t) => `"><script>${TRAP}('${t}')</script>`,
  (t) => `'><img src=x onerror=${TRAP}('${t}')>`,
  (t) => `javascript:${TRAP}('${t}')`,
  (t) => `<a href="javascript:${TRAP}('${t}')">link</a>`,
  (t) => `<iframe srcdoc="<script>parent.${TRAP}('${t}')</script>"></iframe>`,
  (t) => `<details open ontoggle=${TRAP}('${t}')>`,
  (t) => `</script><script>${TRAP}('${t}')</script>`,
  (t) => `<math><mtext><table><mglyph><style><img src=x onerror=${TRAP}('${t}')>`,
  (t) => `{{constructor.constructor('${TRAP}("${t}")')()}}`,
  (t) => `\${${TRAP}('${t}')}`,
  (t) => `';${TRAP}('${t}');//`,
  (t) => `data:text/html,<script>${TRAP}('${t}')</script>`,
  (t) => `<style>@import "javascript:${TRAP}('${t}')";</style>`,
  (t) => `<object data="javascript:${TRAP}('${t}')"></object>`,
  (t) => `<body onload=${TRAP}('${t}')>`,
];

export const PAYLOAD_COUNT = SHAPES.length;

/** Every payload shape, tagged `${where}-${index}` so a recorded call names the field that leaked. */
export function payloads(where: string): string[] {
  return SHAPES.map((shape, i) => shape(`${where}-${i}`));
}

/** One payload, chosen by index (wraps around), for fields that hold a single value. */
export function payload(where: string, index: number): string {
  return SHAPES[index % SHAPES.length]!(`${where}-${index % SHAPES.length}`);
}
