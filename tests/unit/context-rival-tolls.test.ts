// When two tolls are rivals: not a part against its whole, an update against what it replaced, or a rounded number against its count.
import { describe, expect, it } from 'vitest';
import { agree } from '../../src/context/figures-agree';
import { discrepancies, discrepancyRows as rows } from './extract-helpers';

describe('parts and wholes', () => {
  it('does not set a count told step by step against the whole it is part of', () => {
    const text = [
      'Harbour police have arrested three people over the warehouse fire.',
      'Police spokesperson Dana Whitfield said the team managed to arrest two men near the port. Of the three suspects arrested, two had warrants against them.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two sources against each other when no whole is named', () => {
    const text = 'Harbour police have arrested three people over the fire. Police spokesperson Dana Whitfield said officers arrested two men.';
    expect(discrepancies(text)).toEqual([['detained', ['2 Dana Whitfield', '3 -']]]);
  });

  it('lists a count no one is given for once, under the source that gave it, where the text repeats it', () => {
    const text = 'The ministry said 40 people were killed. Kelmor Watch said 52 people were killed. Of the toll of 40, most died in Ostra.';
    expect(discrepancies(text)).toEqual([['killed', ['40 the ministry (unnamed)', '52 Kelmor Watch']]]);
    // A count only an unnamed text gives stays.
    expect(discrepancies('The ministry said 40 people were killed. Kelmor Watch said 52 people were killed. Some 61 people were killed.')).toEqual([
      ['killed', ['40 the ministry (unnamed)', '52 Kelmor Watch', '61 -']],
    ]);
  });

  it('lists a lede\'s "at least N" no one is given for once, where a source gives exactly N', () => {
    const text = 'A storm hit Ostra on Monday, killing at least 40 people. The ministry said 40 people were killed. Kelmor Watch said 52 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['40 the ministry (unnamed)', '52 Kelmor Watch']]]);
    // A bound on another number stays: "at least 45" is no restatement of the ministry's 40.
    expect(discrepancies(text.replace('at least 40', 'at least 45'))).toEqual([['killed', ['40 the ministry (unnamed)', '45 -', '52 Kelmor Watch']]]);
  });

  it('counts deaths as people killed', () => {
    const text = 'The Kestrel Herald reported 40 deaths after the storm. The interior ministry said 25 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['25 the interior ministry (unnamed)', '40 Kestrel Herald']]]);
  });
});

describe('counts that are no rival tolls', () => {
  it('keeps a toll of one group (police) apart from everyone’s toll', () => {
    const text =
      'Omar Dallo, a health official, said the total number of people injured nationwide is 180. ' +
      'The Interior Ministry said the total number of police injured nationwide was 75.';
    expect(rows(text)).toEqual([]);
  });

  it('compares the value an update set, not the one it replaced', () => {
    const text =
      'The Ruritanian interior ministry on Monday cut the death toll in the bazaar attack from 75 to 31. ' +
      'The director of the city hospital, Lena Varga, told reporters 31 people were killed.';
    expect(rows(text)).toEqual([]);
  });

  it('a count set "initially" or "an initial" toll is replaced by the later one, not a rival', () => {
    const text =
      'Revising an initial death toll of 14, the Varn Fire Service said on Sunday that 22 people had died. ' +
      'Police initially said 9 people were killed in the warehouse fire.';
    expect(rows(text)).toEqual([]);
  });

  it('a toll called "previous" is replaced by the later one, not a rival', () => {
    const text =
      'The death toll from the mine blast rose to at least 33, the mayor, Ana Pell, said. ' +
      'The previous death toll given by the police was 19.';
    expect(rows(text)).toEqual([]);
  });

  it('a toll a source "had earlier put" at a count is replaced by the later one, not a rival', () => {
    const text =
      'Varn Health Minister Ana Pell said 89 people had been confirmed dead. ' +
      'Deputy police chief Tomas Kelm had earlier put the death toll at 60 but said it could rise to 100.';
    expect(rows(text)).toEqual([]);
  });

  it('still sets a toll put at a count against another source where no "earlier" marks it', () => {
    const text =
      'Varn Health Minister Ana Pell said 89 people had been confirmed dead. ' +
      'Deputy police chief Tomas Kelm put the death toll at 60.';
    expect(rows(text)).toEqual(['killed: =60 by Tomas Kelm | =89 by Ana Pell']);
  });

  it('still sets two sources against each other where neither count is called initial', () => {
    const text = 'The Varn Fire Service said on Sunday that 22 people had died. Police said 9 people were killed in the warehouse fire.';
    expect(rows(text)).toEqual(['killed: =9 by police | =22 by Varn Fire Service']);
  });

  it('still reports two sources that disagree about the wounded after an update', () => {
    const text =
      'The Ruritanian interior ministry on Monday cut the toll from 75 to 31 and raised the number of wounded from 30 to 58. ' +
      'The director of the city hospital, Lena Varga, said 31 people were killed and 64 injured.';
    expect(rows(text)).toEqual(['injured: =58 by Ruritanian interior ministry | =64 by Lena Varga']);
  });
});

describe('one figure told twice is no disagreement', () => {
  it('a count an update replaced ("raised from six") is no rival of the new count, also without "to N"', () => {
    const text =
      'Floods struck the valley of Varna on Monday. The number of missing was raised from six earlier in the day after villagers called the police, said Ivana Petrova, the regional governor. "There are now 27 missing people," Petrova said. Rescuers said 27 people were missing.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('a count out of a group named first ("Of those detained on Monday, 41 …") is a part of the toll, not a rival one', () => {
    const text =
      'Police detained about 300 people at the rally in Tarvos on Monday, the Interior Ministry said. Some 300 people were detained across the city, the ministry said.\nOf those detained on Monday, 41 remain in custody, officials added.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('a rounded number agrees with the count it rounds ("nearly 200" and 198), not with a count far from it', () => {
    expect(agree({ value: 200, comparator: '~' }, { value: 198 })).toBe(true);
    expect(agree({ value: 197 }, { value: 200, comparator: '<' })).toBe(true);
    expect(agree({ value: 200, comparator: '~' }, { value: 160 })).toBe(false);
    expect(agree({ value: 200 }, { value: 198 })).toBe(false);
    expect(agree({ value: 200, comparator: '>' }, { value: 198 })).toBe(false);
  });

  it('"nearly 200 missing" from an agency and 198 from the police are one figure; 120 from another is a rival', () => {
    const same =
      'A tower collapsed in Dorval on Friday. Police chief Marco Lenz said 198 people were missing. Nearly 200 people were missing, Reuters reported.';
    expect(discrepancies(same)).toEqual([]);
    const rival = `${same} Commissioner Ana Ruiz said 120 people were missing.`;
    expect(discrepancies(rival).map(([about]) => about)).toEqual(['missing']);
  });
});

describe('a rounded number is no looser than its last digit', () => {
  it('"about 12,500" does not agree with 12,130 (it rounds to hundreds), "about 12,000" does', () => {
    expect(agree({ value: 12500, comparator: '~' }, { value: 12130 })).toBe(false);
    expect(agree({ value: 12000, comparator: '~' }, { value: 12130 })).toBe(true);
  });
});

describe('counts set apart and where a source spoke', () => {
  it('does not set a count the sentence sets apart ("Besides three people killed …") against the toll', () => {
    const text =
      'Besides three people who were killed in a car crash on the way, 40 died in the fire, police said. ' +
      'The hospital director, Lena Varga, said 40 people were killed in the fire.';
    expect(rows(text)).toEqual([]);
  });
  it('the town where a source told reporters is no place of the toll', () => {
    const text =
      'In Norland, at least 120 people are feared to have died, Interior Minister Ana Pell told reporters on Feb. 3 in Ostra, the capital. ' +
      'Data gathered by the Red Cross showed 48 people confirmed dead in Norland.';
    expect(rows(text)).toEqual(['killed: =48 by Red Cross | >=120 by Ana Pell']);
  });
});

describe('tolls told as event nouns or of named people', () => {
  it('counts arrests as people detained', () => {
    const text = 'Harbour police said they made 420 arrests during the strike. The Civic Rights Forum recorded 52 arrests in the same week.';
    expect(rows(text)).toEqual(['detained: =52 by Civic Rights Forum | =420 by Harbour police']);
  });

  it('counts injuries as people injured', () => {
    const text = 'The health minister reported 512 injuries in the riots. A rights group said at least 1,200 people were injured.';
    expect(rows(text)).toEqual(['injured: =512 by the health minister | >=1200 by a rights group']);
  });

  it('counts pilgrims who died as people killed', () => {
    const text = 'Health officials said 640 people died in the crush. Foreign minister Lena Varo later showed photos of 910 pilgrims who died in it.';
    expect(rows(text)).toEqual(['killed: =640 by Health officials | =910 by Lena Varo']);
  });
});

describe('hostages and the dead', () => {
  it('sets two counts of hostages killed against each other', () => {
    const text = 'The interior ministry said 19 hostages were killed in the siege. The Varn Daily gave a toll of 27 hostages killed.';
    expect(discrepancies(text)).toEqual([['killed', ['19 the interior ministry (unnamed)', '27 Varn Daily']]]);
  });
  it('does not set a count picked out of the dead against the toll', () => {
    const text = 'The interior ministry said 19 hostages were killed in the siege. The Norland government said four Norland hostages were among the dead.';
    expect(discrepancies(text)).toEqual([]);
  });
  it('sets lives claimed against an unofficial toll', () => {
    expect(discrepancies('The Varn bus crash has claimed 19 lives till Friday but the unofficial toll goes up to 31.')).toEqual([['killed', ['19 -', '31 -']]]);
  });
});

describe('counts that later ones corrected', () => {
  it('sets no link of a chain of corrections against the last ("revised from 103 to 95", then "from 95 to 84")', () => {
    const text =
      'Interior Minister Lena Varga on Thursday revised from 95 to 84 the death toll from the blasts in Ostra. ' +
      'On Wednesday, Health Minister Tomas Brink revised the death toll from 103 to 95.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets a source that gives the corrected value itself against the correction', () => {
    const text = 'Interior Minister Lena Varga revised the death toll from 95 to 84. The Ostra Herald said 95 people had died.';
    expect(discrepancies(text).map(([about, values]) => [about, values.map((v) => v.split(' ')[0])])).toEqual([['killed', ['84', '95']]]);
  });

  it('sets no count of a sentence opening on earlier reports against the new one', () => {
    const text = 'Rescuers said 13 people died in the collapse. Previous reports put the death toll at 11. Earlier reports said 9 were killed and 20 injured.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('sets the count a denial names (", not 12") against the toll it denies', () => {
    const text =
      "Ostra's border police said on Sunday that three people died in clashes between guards and smugglers near Varn, not 12, as claimed by a local rights group.";
    expect(discrepancies(text)).toEqual([['killed', ["3 Ostra's border police (unnamed)", '12 a local rights group (unnamed)']]]);
    // "not counting 12" and "not 12 days ago" deny no toll.
    expect(discrepancies(text.replace('not 12, as claimed by a local rights group', 'not counting 12 who were hurt'))).toEqual([]);
    expect(discrepancies(text.replace('not 12, as claimed by', 'not 12 days ago, said'))).toEqual([]);
  });
});

