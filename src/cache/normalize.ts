const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const COMBINING = /[\u0300-\u036f]/g;
// "U.S.", "U.N.", "U.S.A.": an initialism written with dots is the same name as without them.
const DOTTED_INITIALISM = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;
// Unambiguous abbreviations that names are printed with ("Amnesty Int'l", "Dept. of State").
const SHORT_FORMS: Record<string, string> = {
  intl: 'international',
  natl: 'national',
  dept: 'department',
  govt: 'government',
  univ: 'university',
  assn: 'association',
  corp: 'corporation',
};

/**
 * The key under which names and aliases are compared: case, diacritics, punctuation, dotted
 * initialisms, "&", a few known abbreviations, a leading "the" and possessives do not matter. Letters
 * outside Latin are kept as they are, so a homoglyph ("Reuter\u0455" with a Cyrillic dze) never
 * collapses onto the real name.
 *
 * Changing this function changes stored keys: add a schema version whose upgrade recomputes them
 * (src/cache/schema-history.ts).
 */
export function nameKey(name: string): string {
  return name
    .replace(ZERO_WIDTH, '')
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(DOTTED_INITIALISM, (m) => m.replace(/\./g, ''))
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => SHORT_FORMS[w] ?? w)
    .join(' ')
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
