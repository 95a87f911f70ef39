// Words a sentence opens with that are no part of a name ("Furthermore", "Neither", "Boss" before a given name), and a
// short body name its owner's name is written before, which is that owner's body, not another's longer name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { mentionRoles } from './extract-source-helpers';

describe('linking adverbs and "neither" opening a sentence', () => {
  it('makes no name of "Furthermore," before an apposition', () => {
    expect(mentionRoles('Furthermore, the group, which runs clinics in Ostra, said it would hire nurses.').map(([name]) => name)).toEqual(['Ostra']);
    // A name before an apposition stays one.
    expect(mentionRoles('Shelvo, a housing charity, said it would hire staff.').map(([name]) => name)).toEqual(['Shelvo']);
  });

  it('keeps "Neither" out of the role of the person it opens', () => {
    expect(mentionRoles('Neither President Tomas Varn nor his ministers came to the hearing.')).toContainEqual(['Tomas Varn', 'person', 'President']);
  });
});

describe('an informal title opening a sentence before a given name', () => {
  it('is the title of the person named after it, not a word of the name', () => {
    expect(mentionRoles('The airline lost money. Boss Tomas Varn said fares would rise.')).toContainEqual(['Tomas Varn', 'person', 'Boss']);
    // Before a company's name it stays a word of the name.
    expect(mentionRoles('Boss Kelmor Ltd said fares would rise.').map(([name]) => name)).toEqual(['Boss Kelmor Ltd']);
  });
});

describe('a short body name after its owner’s name', () => {
  const speakers = (text: string) => extract(text).claims.filter((c) => c.kind !== 'figure').map((c) => c.attributedTo);
  it('stays the owner’s body, not another owner’s longer name', () => {
    const text = 'On Tuesday, Kelmor’s Defence Ministry denied the report of heavy losses.\n\nThe Ostran Defence Ministry said its troops had taken the pass.';
    expect(speakers(text)).toEqual(['Kelmor’s Defence Ministry', 'Ostran Defence Ministry']);
  });

  it('still joins a longer name that holds the owner’s words', () => {
    const text = 'On Tuesday, Kelmor’s Defence Ministry denied the report of heavy losses.\n\nThe Kelmorese Defence Ministry said its troops had held the pass.';
    expect(speakers(text)).toEqual(['Kelmorese Defence Ministry', 'Kelmorese Defence Ministry']);
  });
});

describe('common words and cut body names before a title or a plural noun', () => {
  it('makes no name of "Media" opening "Media reports … said"', () => {
    expect(mentionRoles('Media reports citing families said 47 passengers were missing in Ostra.').map(([name]) => name)).toEqual(['Ostra']);
  });

  it('cuts no one-word body from a body name before a qualified title', () => {
    expect(mentionRoles('Ambulance Service deputy director Tomas Varn said the toll would rise.')).toEqual([['Tomas Varn', 'person', 'Ambulance Service deputy director']]);
    // A body's name before the same title alone stays a name.
    expect(mentionRoles('The Kelmor Ambulance Service said the toll would rise.').map(([name]) => name)).toEqual(['Kelmor Ambulance Service']);
  });

  it('gives no apposed title to a name "which" follows', () => {
    expect(mentionRoles('According to the president, Kelmor-PF, which has ruled Ostra since 1980, is the only party able to lead.')).toContainEqual(['Kelmor-PF', 'other', null]);
    expect(mentionRoles('According to the president, Tomas Varn, who has led Ostra since 1980, is the only man able to lead.')).toContainEqual(['Tomas Varn', 'person', 'president']);
  });
});
