const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * The key under which names and aliases are compared: case, diacritics, punctuation, a leading
 * "the" and a trailing possessive do not matter. Letters outside Latin are kept as they are, so a
 * homoglyph ("Reuter\u0455" with a Cyrillic dze) never collapses onto the real name.
 */
export function nameKey(name: string): string {
  return name
    .replace(ZERO_WIDTH, '')
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Words of a text for prefix search, de-duplicated; short words carry no signal and are dropped. */
export function searchWords(...texts: (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const w of nameKey(t).split(' ')) if (w.length >= 2) words.add(w);
  }
  return [...words];
}

/** The host of a URL without "www.", or null for anything that is not an http(s) URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
