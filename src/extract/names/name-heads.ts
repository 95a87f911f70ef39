/** The kind a name's own words give: its head ("Human Rights Council", "Orange County"), a legal form, a call sign, an outlet's word, a club's or a public body's; separate because it reads the name, not the text around it. */
import { COMPANY_FORMS, COMPASS_WORDS, FACILITY_HEADS, FIRM_HEADS, FOREIGN_BODY_HEADS, FOREIGN_PRESS_WORDS, GEO_OPENERS, LANDFORM_HEADS, MINISTRY_SHORT_FORMS, NATIONAL_HEADS, OUTLETS, PLACES, PUBLIC_HEADS, TEAM_WORDS, WIRE_HEADS } from '../lexicon';
import { isShortForm } from '../tokens';
import type { MentionKind } from '../types';
import { CONNECTOR, DEMONYM, GIVEN_NAME, GOV_HEAD, HEAD_WORD, ORG_HEAD, OUTLET_CUE, OUTLET_WORD, PLACE_NOUN, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, wordClass } from '../wordclass';

/**
 * Kind of a name from its words (`classes` are their word classes) once the words around its uses
 * have said nothing decisive, or null; `placeOwned` counts the uses a country owns ("Hungary’s …").
 */
export function headKind(name: string, words: readonly string[], classes: readonly number[], placeOwned: number): MentionKind | null {
  const last = words.length - 1;
  // "the Kelmor County Medical Examiner": a public office, though "Examiner" also names newspapers.
  if (last > 0 && words[last] === 'examiner' && words[last - 1] === 'medical') return 'government';
  // "KFOR-TV", "WXYZ-FM": a station's call sign with its band; "KelmorNews.com": a site's domain.
  // Each expression is tried only on a name with the hyphen or the dot it needs: most names have neither.
  if ((name.includes('-') && CALL_SIGN.test(name)) || (name.includes('.') && SITE_DOMAIN.test(name))) return 'outlet';
  // "Agence Kelmor Presse", "Prensa Kelmor": the press's word in another language names an outlet.
  if (last > 0 && words.some((w) => FOREIGN_PRESS_WORDS.has(w))) return 'outlet';
  // "An Post": after the Irish article that opens a body's name (name-trims.ts isOwnerAn), "Post" is no paper's word.
  if (last === 1 && words[0] === 'an' && classes[last]! & OUTLET_WORD) return 'organization';
  if (classes[last]! & OUTLET_WORD || words.some((w) => w.startsWith('gazet'))) return 'outlet';
  // "Independent News & Media", "Vox Media": a company named for its media is a company, no person.
  if (last > 0 && words[last] === 'media') return 'organization';
  // "New England Journal of Medicine", "Times of India": an outlet's word before "of" heads the name.
  if (words.some((w, i) => i > 0 && w === 'of' && classes[i - 1]! & OUTLET_WORD)) return 'outlet';
  // "Port United", "Leeds Rovers": a club's name (these words are no head: "United Nations", "United States").
  if (last > 0 && TEAM_WORDS.has(words[last]!)) return 'organization';
  // "the Ostraanse Onderwysers Unie", "Sindicato Kelmor": a union's word in another language heads a body's name.
  if (last > 0 && (FOREIGN_BODY_HEADS.has(words[last]!) || FOREIGN_BODY_HEADS.has(words[0]!))) return 'organization';
  // "Thomson Financial", "Kelmor Capital": a firm's word ends its name.
  if (last > 0 && FIRM_HEADS.has(words[last]!)) return 'organization';
  // "Siemens AG", "Nestlé SA": a company's legal form ends its name.
  if (last > 0 && isCompanyForm(name, words[last]!)) return 'organization';
  // "Thomson Reuters": a known outlet after its owner's name is the company, not the outlet ("Reuters" alone).
  if (last > 0 && OUTLETS.has(words[last]!) && !classes.slice(0, last).some((c) => c & (DEMONYM | OUTLET_WORD | OUTLET_CUE | PLACE_NOUN))) return 'organization';
  if (last > 0 && classes[last - 1]! & OUTLET_WORD && WIRE_HEADS.has(words[last]!)) return 'outlet';
  // "Yonhap Infomax", "CNN International": a known outlet opening a name with no body's head is its service.
  if (last === 1 && OUTLETS.has(words[0]!) && !(classes[last]! & HEAD_WORD)) return 'outlet';
  // The head is last ("Human Rights Council") or before a connector ("Institute for Fiscal Studies").
  let heads = classes[last]!;
  for (let i = 0; i < last; i++) if (classes[i + 1]! & CONNECTOR) heads |= classes[i]!;
  // A public body's head: named after its country or as a national one, owned by a country, or an
  // authority ("Ostra Transport Authority").
  const publicHead = heads & ORG_HEAD && (isPublicBody(words, classes) || (placeOwned > 0 && NATIONAL_HEADS.has(words[last]!)) || words[last] === 'authority');
  if (isPartyCongress(words, classes)) return 'organization';
  if (heads & GOV_HEAD || publicHead) return 'government';
  if (heads & ORG_HEAD) return 'organization';
  // "Radio Ostra", "Radio Free Kelmor": a name opened by "Radio" and headed by nothing else is a broadcaster's.
  if (last > 0 && words[0] === 'radio') return 'outlet';
  // "United for Peace and Justice", "Alternative for Germany": a name that opens with a purpose is a
  // body's; not a title's ("Minister for …"), nor a shouted line's verb ("CALLED FOR AN INQUIRY").
  if (last > 1 && words[1] === 'for' && !(classes[0]! & (ROLE_HEAD | ROLE_MODIFIER | REPORTING_VERB))) return 'organization';
  if (namesOfficeForField(words, classes)) return 'organization';
  // "Orange County", "Democratic Republic of Congo": a place noun is the head.
  // "Ostra and Tarsk Counties": the plural of a place noun heads places too; so does a landform's ("the Kelmor Valley").
  if (last > 0 && (heads & PLACE_NOUN || FACILITY_HEADS.has(words[last]!) || LANDFORM_HEADS.has(words[last]!) || wordClass(singular(words[last]!)) & PLACE_NOUN)) return 'place';
  // "Mount Everest", "San Juan": a geographic word opens the name.
  if (last > 0 && GEO_OPENERS.has(words[0]!)) return 'place';
  return null;
}

/**
 * "the Kelmor High Commissioner for Water Rights (KHCWR)": a body's words, a title and the field its "for" gives, no given
 * name among them, left whole as a name (role-split.ts keeps such an office whole only where its short form follows), name
 * the office as a body, as its short form does.
 */
const namesOfficeForField = (words: readonly string[], classes: readonly number[]): boolean =>
  words.some((w, i) => i > 1 && i < words.length - 1 && w === 'for' && (classes[i - 1]! & ROLE_HEAD) !== 0) && !classes.some((c) => c & GIVEN_NAME);

/** A broadcaster's call sign and band: "KFOR-TV", "WXYZ-FM". */
const CALL_SIGN = /^[A-Z]{3,4}-(?:TV|FM|AM|DT)$/;

/**
 * A web site's domain written as its name: "KelmorNews.com", "kelmor.co.uk", "KELMOR.AZ"; one word of
 * three or more letters before a generic or a country's ending ("U.S" and "St.Kitts" are no domains).
 */
const SITE_DOMAIN = /^[\p{L}\p{N}-]{3,}(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|news|tv|(?:co\.|com\.)?[a-z]{2})$/iu;

/** "counties" → "county", "provinces" → "province"; other words as they are. */
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w);

/** "Pakistan MoFA", "the MFA": the name ends in a ministry's short form, written as one. */
export function isMinistryShortForm(name: string, lastWord: string): boolean {
  return MINISTRY_SHORT_FORMS.has(lastWord) && isShortForm(name.slice(name.lastIndexOf(' ') + 1));
}

/**
 * The name ends in a company's legal form written as one ("Siemens AG", "BMW AG"); the words before
 * it are not in capitals too, unless a short form: "TRADERS SA" is a cut "SAID" in a shouted text.
 */
function isCompanyForm(name: string, lastWord: string): boolean {
  const space = name.lastIndexOf(' ');
  const before = name.slice(name.lastIndexOf(' ', space - 1) + 1, space);
  return COMPANY_FORMS.has(lastWord) && isShortForm(name.slice(space + 1)) && (before.length <= MAX_COMPANY_SHORT_FORM || before !== before.toUpperCase());
}

/** Longest short form of a company's name before its legal form ("BASF SE", "ABB AG"). */
const MAX_COMPANY_SHORT_FORM = 4;

/**
 * A body named after its country or as a national one, with the head of a public body: "Pakistan
 * Bureau of Statistics", "National Disaster Risk Reduction and Management Council".
 */
function isPublicBody(words: readonly string[], classes: readonly number[]): boolean {
  const national = words[0] === 'national' || words[0] === 'federal';
  if (!national && !PLACES.has(words[0]!) && !(classes[0]! & DEMONYM)) return false;
  const heads = national ? NATIONAL_HEADS : PUBLIC_HEADS;
  const last = words.length - 1;
  return heads.has(words[last]!) || words.some((w, i) => i < last && classes[i + 1]! & CONNECTOR && heads.has(w));
}

/**
 * "Rashtriya Lok Congress", "NDP Congress": a congress named after no country, nor as a national one,
 * is a party or a movement, not a legislature ("US Congress", "Peruvian Congress", "National People's Congress").
 */
function isPartyCongress(words: readonly string[], classes: readonly number[]): boolean {
  const last = words.length - 1;
  return last > 0 && words[last] === 'congress' && words[0] !== 'national' && !PLACES.has(words[0]!) && !(classes[0]! & DEMONYM) && !COMPASS_WORDS.has(words[0]!) && !words.includes('of');
}
