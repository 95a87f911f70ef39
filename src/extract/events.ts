/**
 * Canonical events, so that "3 killed" and "6 were murdered" can be compared across sources. A
 * "death risk" or "death rate" is a measure, not deaths ("cuts death risk 34%"). People buried by a
 * landslide or under rubble, or unaccounted for, are missing until found; "buried on Sunday" is a funeral,
 * and bodies buried are of the dead ("270 bodies had been hastily buried by the army").
 * "suffered a head injury" counts the injured as "injured" does. "92 people succumbed (to the virus)" died.
 * "Slaughtered" people were killed, and so were people "buried alive" (a death, unlike "feared buried"); people "laid to
 * rest" are the dead buried.
 * "Casualties" is left out: it may count the injured with the dead; so is "alive or dead" ("dead or alive"): the fate
 * of people not yet known, no count of the dead.
 * A crowd's size is an event too, which police and organisers count apart ("police said 9,000 marched, the organisers
 * claimed 40,000", "a turnout of 12,000", "some 5,000 attended the rally in Ostra", "a crowd of 3,000", "put the crowd at
 * 8,000"): marching, protesting, rallying, gathering, turning out, taking part in or attending a rally, march or protest. Not "turned out to be"
 * ("turned out to jeer the minister" is still a turnout); "showed up" or "turned up" that ends its clause or says what for (not "turned up
 * dead", "turned up at the hospital"), a bare "attended" that ends its clause ("Organisers said 8,000
 * attended, while …") and people brought "into the streets" ("the strike drove 60,000 into the streets of Varn") are crowds too;
 * whether the count is of people at all, and not of an election's voters, is read where the figure is (figures/crowds.ts).
 * People a disaster drove from their homes ("displaced", "forced from their homes", "left homeless") are counted apart too;
 * not "evacuated", whom the authorities moved and count themselves.
 * The weekday names after "showed/turned up on" are lexicon.ts WEEKDAYS written out (a regex literal cannot take the set); keep them alike.
 */
export const ABOUT_RE =
  /\b(?:(killed|murdered|(?<!alive or )dead(?! or alive)|died|deaths?(?!\s+(?:risks?|rates?)\b)|death toll|bodies (?:(?:had|have|were|was|are) )?(?:been )?(?:[a-z]+ly )?buried|executed|slain|slaughtered|fatalities|massacred|drowned|drowning|perished|succumbed|succumbing|lost (?:their|his|her) lives|buried alive|laid to rest)|(arrested|arrests?|detained|detentions?|detainees|round-?ups?|rounded up|jailed|imprisoned|in custody|captured)|(missing|vanished|disappeared|abducted|kidnapped|unaccounted for|(?:feared|believed|presumed) (?:buried|trapped)|buried (?:by|under|beneath))|(injured|wounded|hurt|injuries|(?:suffered|sustained) (?:[a-z-]+ ){0,2}injury)|(marched|demonstrated|protested|rallied|turned out(?! to (?:be|have|mean|contain|include)\b)|(?:showed|turned) up(?=[,.;:!?—–]| to (?!be\b)| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|turnout|took part(?! in\b)|attended(?=[,.;:!?—–]| (?:on|in|at|last|this|yesterday|today)\b)|(?:attended|joined|took part in|participated in)(?: [a-z'’-]+){0,5}? (?:rall(?:y|ies)|march(?:es)?|protests?|demonstrations?|vigils?|sit-ins?)|gathered|throng(?:ed|ing)|(?:packed|filled|took to|poured into|thronged) (?:the )?streets|(?:into|onto) the streets?|crowds? (?:of|estimated|numbering|numbered|was|were)|crowd (?:size )?at(?= (?:about|around|some|over|more than|at least|nearly|roughly|up to|just|only|\d)| ?$)|crowd size|size of the crowd)|(displaced|forced (?:from|out of) (?:their|his|her) homes?|(?:made|left) homeless))\b/gi;
const ABOUT = ['killed', 'detained', 'missing', 'injured', 'crowd', 'displaced'];

/** The canonical event of an ABOUT_RE match: the one of its groups that matched. */
export function eventOf(m: RegExpExecArray): string | null {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return ABOUT[g - 1] ?? null;
  return null;
}

/** Whether `window` names `event` (a canonical event, as eventOf gives it). */
export function namesEvent(window: string, event: string): boolean {
  ABOUT_RE.lastIndex = 0;
  for (let m = ABOUT_RE.exec(window); m; m = ABOUT_RE.exec(window)) if (eventOf(m) === event) return true;
  return false;
}
