/**
 * Counts of work's own events, which a union and a government or a company tell apart as police and organisers tell a crowd:
 * the workers on strike ('struck': "the union said 40,000 staff walked out", "some 12 per cent of teachers stayed away") and
 * the jobs a firm cuts ('jobs cut': "plans to lay off 800 workers", "the redundancies will be 350").
 */
import { hasAsciiWord } from '../chars';
import type { Range } from '../sentences';

export const STRUCK = 'struck';
export const JOBS_CUT = 'jobs cut';

/** How far before a count a strike named earlier makes "took part" or "walked out" a strike's turnout. */
const STRIKE_REACH = 400;
/** A strike named by its noun ("the strike", "a walk-out", "the stoppage", "industrial action"). */
const STRIKE_WORD = /\b(?:strik(?:e|es|ers|ing)|walk-?outs?|stoppages?|industrial action)\b/i;
/**
 * After the count and its noun: a verb that says they were on strike ("went on strike", "are on strike", "joined the strike",
 * "took part in the strike", "failed to show up for work"), each enough alone.
 */
const ON_STRIKE_AFTER =
  /^[^.;:!?\d]{0,90}?\b(?:on strike|joined (?:the|a|this|their) (?:strike|walk-?out|stoppage)|(?:took|take|taking|have taken|had taken) part in (?:the|a|this|their|today's|yesterday's) (?:[\p{L}-]+ )?(?:strike|walk-?out|stoppage)|(?:did not|didn't|failed to) (?:turn|show) up for work)\b/iu;
/** A verb that says they left work or took part, a strike's turnout only where a strike is named near ("walked out", "took part"). */
const TOOK_PART_AFTER = /^[^.;:!?\d]{0,60}?\b(?:walked out|stayed away|(?:took|take|taking) (?:part|action|industrial action))(?! in (?:a |the )?(?:rall|march|protest|demonstration|vigil))/iu;
/** "…, as the unions put their number at over 40,000": a rival count of the strike the sentence told before. */
const FIGURE_AT_BEFORE = /\b(?:put|puts|putting|estimated?|estimates) (?:the|their|its) (?:figure|number|turnout|total|count) at (?:[\p{L}-]+ ){0,3}$/iu;
/** "75 per cent of the 2.3m workers": a whole a share is taken out of, not the strikers. */
const WHOLE_OF_SHARE = /(?:%|\bper ?cent|\bpercent) of (?:the |its |their |[\p{L}'’-]+['’]s? )*$/iu;

/**
 * 'struck' for a count of workers on strike, 'jobs cut' for jobs a firm cuts, else null. `before` is the sentence's text
 * before the count's phrase, `clauseEnd` where the count's clause ends. Cheap words are looked for before any pattern: the
 * reader runs on every count of every page.
 */
export function workEvent(text: string, sentence: Range, hitEnd: number, phraseStart: number, clauseEnd: number, unit: string | null): string | null {
  const after = text.slice(hitEnd, Math.min(clauseEnd, hitEnd + 100));
  const before = text.slice(Math.max(sentence.start, phraseStart - 80), phraseStart);
  return strikeCount(text, sentence, after, before, phraseStart, unit) ? STRUCK : jobsCut(after, before, unit) ? JOBS_CUT : null;
}

function strikeCount(text: string, sentence: Range, after: string, before: string, phraseStart: number, unit: string | null): boolean {
  if (WHOLE_OF_SHARE.test(before)) return false;
  // "up to 60 per cent of the 1.2m staff stayed at home": the whole a share is of does not end the share's clause.
  const clause = unit !== null && unit.startsWith('%') ? after.replace(WHOLE_NUMBER, 'N') : after;
  if ((hasAsciiWord(clause, 'strike') || hasAsciiWord(clause, 'work')) && ON_STRIKE_AFTER.test(clause)) return true;
  const strikeNear = () => STRIKE_WORD.test(text.slice(Math.max(0, phraseStart - STRIKE_REACH), phraseStart));
  if (TOOK_PART_AFTER.test(after) && strikeNear()) return true;
  // "Fewer than 300 staff are on strike, the council says, as the union puts the figure at 900."
  return unit === null && FIGURE_AT_BEFORE.test(before) && ON_STRIKE_BEFORE.test(text.slice(sentence.start, phraseStart));
}
const WHOLE_NUMBER = /\d[\d.,]*\d|\d/g;
const ON_STRIKE_BEFORE = /\b(?:on strike|walked out|joined the strike|took part in (?:the|this) strike)\b/i;

/** Jobs, posts or the people in them ("jobs", "workers", "staff"): what a firm cuts. */
const JOB_NOUNS = /^(?:[\p{L}-]+ ){0,2}(?:jobs|posts|positions|roles|workers|staff|employees|people|staffers|workforce)$/iu;
/** "to lay off 800 workers", "will cut 300 jobs", "axing 90 posts". */
const CUTTING_BEFORE = /\b(?:lay(?:s|ing)? off|laid off|cut(?:s|ting)?|ax(?:e|es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|scrap(?:s|ped|ping)?)(?: (?:about|around|some|up to|as many as|nearly|almost|more than|over|at least|another|a further))?\s*$/i;
/** "the job losses will be 350", "total redundancies are 350", "job cuts of 350". */
const CUTS_ARE_BEFORE = /\b(?:job (?:losses|cuts)|redundancies|lay-?offs)(?: [\p{L}-]+){0,4}? (?:will be|would be|are|were|of|at|total|totalled|totaled|totalling|totaling|number|numbered|reached|stand at|stood at)(?: (?:about|around|some|up to|as many as|nearly|almost|more than|over|at least))?\s*$/iu;
/** "350 job losses", "350 redundancies", "350 jobs will go". */
const CUTS_AFTER = /^(?: [\p{L}-]+){0,2}? (?:job (?:losses|cuts)|redundancies|lay-?offs)\b|^ (?:jobs|posts|positions|roles) (?:(?:will|would|are to|are set to|could|are being|have been) )?(?:go|be (?:cut|lost|axed|shed)|cut|lost|axed|shed)\b/iu;

function jobsCut(after: string, before: string, unit: string | null): boolean {
  if (unit !== null && unit.startsWith('%')) return false;
  if (CUTTING_BEFORE.test(before)) return unit === null ? /\blaid off|\blay(?:s|ing)? off/i.test(before) : JOB_NOUNS.test(unit);
  return CUTS_ARE_BEFORE.test(before) || CUTS_AFTER.test(after);
}
