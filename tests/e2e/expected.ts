/**
 * What the sidebar must show for the reference article (shared by the Chromium and Firefox suites).
 * A source card's title may be the knowledge-pack entity's name or the name as mentioned in the text.
 */
export const REFERENCE_SOURCES: ReadonlyArray<[label: string, pattern: RegExp]> = [
  ['All Out', /\bAll Out\b/i],
  ['Novaya Gazeta', /\bNovaya Gazeta\b/i],
  ['Russian LGBT Network', /\bRussian LGBT Network\b/i],
  ['BuzzFeed', /\bBuzz ?Feed\b/i],
  ['Chad Griffin', /\b(?:Chad )?Griffin\b/i],
  ['Vladimir Putin', /\b(?:Vladimir )?Putin\b/i],
];

/** Labels of the expected sources that no title matches. */
export function missingSources(titles: string[], expected = REFERENCE_SOURCES): string[] {
  return expected.filter(([, re]) => !titles.some((t) => re.test(t))).map(([label]) => label);
}

/** "at least 6" / "at least six", attributed to (Enrique Torre) Molina. */
export const SIX_KILLED = { value: /at least (?:6|six)\b/i, attribution: /\bMolina\b/ };
