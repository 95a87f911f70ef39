/** A county's name that stands for the county's government, where the county speaks; separate because a place noun otherwise makes the name a place (name-heads.ts). */
import { DAY_PARTS, WEEKDAYS } from '../lexicon';
import { reportsAfter } from '../scan';
import { REPORTING_VERB, wordClass } from '../wordclass';

/**
 * "Kelmor County said on Monday that 212 were missing", "Kelmor County posted its list … . The county said …": a county
 * that speaks (said, posted, announced, explained), by its name or as "the county", is its government, a body that can be
 * cited, not the place; "the county" then stands for it (definite-references.ts). A county that never speaks ("flooding
 * in Kelmor County", "the county's sheriff said"), or another county named before "the county said", stays a place. `words` are the name's lower-case words.
 */
export function isActingCounty(words: readonly string[], uses: readonly { end: number }[], text: string): boolean {
  if (words.length < 2 || words[words.length - 1] !== 'county') return false;
  return uses.some((o) => reportsAfter(text, afterDay(text, o.end), Math.min(text.length, o.end + ACT_REACH))) || countySpeaks(text, uses);
}

/** How far after a county's name its verb may stand, past a day and its part ("on Friday evening said"). */
const ACT_REACH = 50;

/**
 * "the county said", "The county explained": "county" after "the", then a reporting verb, where the last county named
 * before it is this one (a use of it ends at the last "County" before). Why: "Flooding hit Ostra County and Kelmor County
 * … The county said" speaks for Kelmor County only.
 */
function countySpeaks(text: string, uses: readonly { end: number }[]): boolean {
  for (let at = text.indexOf('he county '); at >= 0; at = text.indexOf('he county ', at + 1)) {
    if (!/[tT]/.test(text[at - 1] ?? '') || (at >= 2 && /\p{L}/u.test(text[at - 2]!)) || !(wordClass(verbAt(text, at + 10)) & REPORTING_VERB)) continue;
    const named = text.lastIndexOf('County', at) + 'County'.length;
    if (uses.some((o) => o.end === named)) return true;
  }
  return false;
}

/** The lower-case word from `at`. */
const verbAt = (text: string, at: number): string => /^\p{Ll}+/u.exec(text.slice(at, at + 20))?.[0] ?? '';

/** After "on Friday", "late Monday night", "on Friday evening" right after the name at `end`; `end` where none stands there. */
function afterDay(text: string, end: number): number {
  const m = DAY_AFTER.exec(text.slice(end, end + ACT_REACH));
  return m ? end + m[0].length : end;
}
const DAY_AFTER = new RegExp(String.raw`^,? (?:(?:on|late|early|last) )?(?:${[...WEEKDAYS].join('|')})(?: (?:${[...DAY_PARTS].join('|')}))?,?`, 'i');
