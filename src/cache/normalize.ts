const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const COMBINING = /[\u0300-\u036f]/g;
// "U.S.", "U.N.", "U.S.A.": an initialism written with dots is the same name as without them.
const DOTTED_INITIALISM = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;
const ASCII_DOTTED_INITIALISM = /(?<![a-z0-9])(?:[a-z]\.){2,}/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII_NON_WORD = /[^a-z0-9]+/g;
const PLAIN_ASCII = /^[\x00-\x7f]*$/;
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
// A whole word of a key (words are separated by single spaces once punctuation is folded).
const SHORT_FORM = new RegExp(`(?<=^| )(?:${Object.keys(SHORT_FORMS).join('|')})(?= |$)`, 'g');

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
  // Most names and texts are plain ASCII: for them the Unicode steps change nothing, and the ASCII
  // classes give the same result as the Unicode ones several times faster (imports key every record).
  const ascii = PLAIN_ASCII.test(name);
  const folded = ascii ? name.toLowerCase() : name.replace(ZERO_WIDTH, '').normalize('NFKD').replace(COMBINING, '').toLowerCase();
  const key = folded
    .replace(ascii ? ASCII_DOTTED_INITIALISM : DOTTED_INITIALISM, (m) => m.replace(/\./g, ''))
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(ascii ? ASCII_NON_WORD : NON_WORD, ' ')
    .trim();
  return key.replace(SHORT_FORM, (w) => SHORT_FORMS[w]!).replace(/^the /, '');
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
