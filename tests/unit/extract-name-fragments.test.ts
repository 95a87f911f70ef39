// Capitalised words that open, close or sit beside a name without being one: a dateline's next word, a word of
// standing before a party's title, an air force's rank, a law's numbered article, an address to fellow citizens.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { nameList as names } from './extract-source-helpers';

describe('the first word after a dateline', () => {
  it('reads it as capitalised by its place, as a sentence’s first word', () => {
    expect(names('OSTRA – Soldiers and rebels have both claimed victory in the north.')).toEqual([]);
    expect(names('VARN, Kelmor — Aid workers and officials are scrambling to reach the town.')).toEqual(['Kelmor']);
  });

  it('keeps a name there that speaks or reports its results', () => {
    expect(names('OSTRA – Kelmor said on Monday it would cut 30 jobs.')).toEqual(['Kelmor']);
    expect(names('OSTRA – Kelmortel posted an 8 percent rise in net profit on Monday.')).toEqual(['Kelmortel']);
  });

  it('keeps a name of two words there that opens with the word', () => {
    expect(names('OSTRA – Aid Kelmor said it sent 40 trucks.')).toEqual(['Aid Kelmor']);
  });
});

describe('a word of standing before a party’s title', () => {
  it('is the title’s, no part of the party’s name', () => {
    const r = extract('Senior Ostra People’s Party (OPP) leader Ana Varn paid tribute to the army.');
    expect(r.mentions.map((m) => m.name)).toEqual(['Ostra People’s Party', 'Ana Varn']);
    expect(names('Former Kelmor Labour Party chairman Ravi Dun resigned on Monday.')).toContain('Kelmor Labour Party');
  });

  it('stays in a company’s name with no title after it', () => {
    expect(names('Senior Airlines said it cut 30 flights.')).toEqual(['Senior Airlines']);
    expect(names('Senior Varn Airlines said it cut 30 flights.')).toEqual(['Senior Varn Airlines']);
  });
});

describe('words capitalised beside a name', () => {
  it('reads "Air" before "Chief Marshal" as the rank’s', () => {
    const r = extract('We thank Air Chief Marshal Ravi Kelm Dun for his service, he said.');
    expect(r.mentions.map((m) => [m.name, m.role])).toEqual([['Ravi Kelm Dun', 'Air Chief Marshal']]);
    expect(names('Air Ostra said it cut 30 flights.')).toEqual(['Air Ostra']);
  });

  it('drops a law’s article or section cited by its number', () => {
    expect(names('Ostra reserves the right to respond under Article 51 of the Varn Charter, Ana Dun said.')).not.toContain('Article');
    expect(names('Section 144 was imposed in the town, Ana Dun said.')).toEqual(['Ana Dun']);
    // A word that is no law's part stays before a number.
    expect(names('Sales of the Kelmor 360 consoles rose, Varnsoft said.')).toContain('Kelmor');
  });

  it('drops "Presidential" before the elections it qualifies', () => {
    expect(names('Ana Dun, the returning officer of the Presidential elections, made the announcement.')).toEqual(['Ana Dun']);
  });

  it('drops "Fellow" before a people addressed', () => {
    expect(names('"Fellow Ostrans, I respected the will of the people of Ostra," Ana Dun said.')).not.toContain('Fellow Ostrans');
  });

  it('makes no outlet of "Web" before "site" when no space follows the full stop', () => {
    expect(names('The statement was posted on an opposition Web site.The army said nothing.')).toEqual([]);
  });
});

describe('a person after the body a title is of', () => {
  it('splits "Member of the Ostra Assembly Ana Varn" into the body and the member', () => {
    const r = extract('Member of the Ostra Assembly Pullo Varn condemned the attack.');
    expect(r.mentions.map((m) => [m.name, m.role ?? null])).toEqual([
      ['Ostra Assembly', null],
      ['Pullo Varn', 'Member of the Ostra Assembly'],
    ]);
    expect(extract('The Speaker of the Kelmor Senate Ravi Dun said the vote would be held.').mentions.find((m) => m.name === 'Ravi Dun')?.role).toBe('Speaker of the Kelmor Senate');
  });

  it('keeps a body whose name goes on past its first head word', () => {
    expect(names('He is a member of the Ostra Party Youth League, Ana Dun said.')).toEqual(['Ostra Party Youth League', 'Ana Dun']);
  });
});

describe('a founder’s initials before a group', () => {
  it('reads initials that spell a title, before a surname and "group", as the group’s name', () => {
    const r = extract('MP Varn group flagship Varn Cement on Monday reported a 26 percent rise in its net profit.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role ?? null])).toEqual([
      ['MP Varn', 'organization', null],
      ['Varn Cement', 'organization', null],
    ]);
  });

  it('keeps the title before a person’s name', () => {
    expect(extract('MP Ana Varn said the group would vote.').mentions.map((m) => [m.name, m.role])).toEqual([['Ana Varn', 'MP']]);
  });
});

describe('a lone head word after "and"', () => {
  it('makes no body of one word, "and" and "Office"', () => {
    const r = extract('Brisk sales of the Kelmor game, Varnix and Office helped the software maker beat forecasts, Ostrasoft said.');
    expect(r.mentions.map((m) => m.name)).not.toContain('Varnix and Office');
    expect(r.mentions.filter((m) => m.kind === 'government')).toEqual([]);
  });

  it('keeps a body with its field before the head, and a partnership', () => {
    expect(names('The Trade and Industry Office said exports rose.')).toEqual(['Trade and Industry Office']);
    expect(names('Rupa and Company said its net profit rose 25 percent.')).toEqual(['Rupa and Company']);
  });
});
