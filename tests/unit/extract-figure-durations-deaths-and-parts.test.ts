// Durations and names that are no figures, "buried alive" as a death, "closer to" as about, and counts of
// people listed right after a toll as its parts.
import { describe, expect, it } from 'vitest';
import { discrepancyRows, figure, phrases } from './extract-helpers';

describe('time frames, a year opening a sentence and numbers inside names are no figures', () => {
  it('"during three days" and "in/during the first three months" frame the story', () => {
    expect(phrases('Police said the protests went on during three days in Varn, and 40 people were killed.')).toEqual(['40']);
    expect(phrases('Revenue at Ostra Corp rose 10 percent in the first three months of the year, the company said.')).toEqual(['10 percent']);
    expect(phrases('Revenue at Ostra Corp rose 10 percent during the first three months of the year.')).toEqual(['10 percent']);
  });

  it('a count of days after a bracketed date, before "before", says when', () => {
    expect(phrases('Keller held his final rally in Varn on Friday (May 12) two days before the vote.')).toEqual([]);
  });

  it('"14 years of war" is how long a war lasted; a sentence "of 10 years" in prison stays', () => {
    expect(phrases('The accord would end more than 14 years of war in Ostra, he said.')).toEqual([]);
    expect(phrases('The court gave him 14 years of prison, he said.')).toEqual(['14']);
  });

  it('"60 years of independence" is how old a state is; years of a sentence stay', () => {
    expect(phrases('Crowds filled Varn as the republic celebrated its 60 years of independence from Kelmor.')).toEqual([]);
    expect(phrases('The court gave the Varn rebel 60 years of prison, the judge said.')).toEqual(['60']);
  });

  it('"in Ana Pell\'s first 100 days" and "for the other 11 months" frame a count; days spent stay', () => {
    expect(phrases('Arrests in Ana Pell\'s first 100 days topped those in the whole year before, Ostra Watch said.')).toEqual([]);
    expect(phrases('Varn police gave a toll for May but gave no data for the other 11 months.')).toEqual([]);
    expect(phrases('Ana Pell spent 100 days in a Varn jail.')).toEqual(['100']);
  });

  it('whole digits before a fraction glued to "-year-old" open an age, no count', () => {
    expect(phrases('Nobody can say how many have died in the 3 1/2-year-old feud in Varn.')).toEqual([]);
    expect(phrases('Police said 12 people died in the 3 1/2-year-old feud in Varn.')).toEqual(['12']);
  });

  it('"In 2002 sales …" opens with a year; "1990 protesters" still counts', () => {
    expect(phrases('In 2002 sales outside Ostra totalled only $3 billion, the report said.')).toEqual(['$3 billion']);
    expect(phrases('Police said 1990 protesters were held in Varn.')).toEqual(['1990']);
  });

  it('a number ending a bracketed outlet name, and "only one name", count nothing', () => {
    expect(phrases('VARN (Kelmor 24) – Ostra Watch said 30 people were killed.')).toEqual(['30']);
    expect(phrases('A mourner who provided only one name said 12 people died.')).toEqual(['12']);
    expect(phrases('Police said (about 30) people were hurt.')).toEqual(['about 30']);
  });
});

describe('event and comparator wordings', () => {
  it('people "believed to have been buried alive" are counted dead; "feared buried" stay missing', () => {
    expect(figure('Officials told Ostra Aid more than 2,000 people were believed to have been buried alive.', 'more than 2,000').about).toBe('killed');
    expect(figure('Officials said 20 people were feared buried in the landslide.', '20').about).toBe('missing');
  });

  it('"closer to 33 cents" is about 33, as "close to" is', () => {
    expect(figure('Analysts suggest the figure will be closer to 33 cents a share.', 'closer to 33').comparator).toBe('~');
  });
});

describe('counts of people listed after a toll are its parts', () => {
  it('"13 dead, nine civilians and four policemen" and "14 dead, including six policemen and eight civilians" form part rows', () => {
    const text =
      '"There are 13 dead, nine civilians and four policemen, as well as 19 injured," Varn police chief Tomas Keller told reporters. ' +
      'Ana Pell, spokesperson for the governor, gave a lower toll of 14 dead, including six policemen and eight civilians, and said the bomber fled.';
    expect(figure(text, 'nine').about).toBe('killed');
    expect(figure(text, 'four').about).toBe('killed');
    expect(figure(text, '19')).toMatchObject({ about: 'injured', unit: null });
    expect(discrepancyRows(text)).toEqual([
      'killed: =13 by Tomas Keller | =14 by Ana Pell',
      'killed: =8 by Ana Pell | =9 by Tomas Keller',
      'killed: =4 by Tomas Keller | =6 by Ana Pell',
    ]);
  });

  it('parts naming their own event, and things, are left alone', () => {
    expect(figure('The blast left 13 dead, nine civilians injured and four soldiers missing.', 'nine').about).toBe('injured');
    expect(figure('There were 13 dead, 40 houses and two schools destroyed.', '40').about).toBeNull();
  });
});
