// Words and names that are no source of an article: wire labels, months, currency, storms and festivals, adjectives, common words of public life and laws, lines of accounts, an office's words alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds, nameList as names } from './extract-source-helpers';

describe('labels, dates and money that are no names', () => {
  it('drops a wire revision label in the dateline’s brackets, not the same word as a name', () => {
    expect(names('OSTRA (3rd UPDATE) - The toll rose to 12, Ana Kelm said.')).toEqual(['Ana Kelm']);
    expect(names('OSTRA (UPDATE 2) - The toll rose to 12, Ana Kelm said.')).toEqual(['Ana Kelm']);
    expect(names('Update Kelmor, a charity, said the toll rose to 12.')).toContain('Update Kelmor');
  });

  it('drops a span of months, not a month that is a surname', () => {
    expect(names('Exports during April-August 2016 fell, the Ostra Trade Board said.')).toEqual(['Ostra Trade Board']);
    expect(names('Exports fell, Ana May said. May added that imports rose.')).toEqual(['Ana May']);
  });

  it('reads the singular rupee’s "Re" before an amount as money', () => {
    expect(names('Earnings came to Re0.85 a share, the Ostra Refinery said.')).toEqual(['Ostra Refinery']);
  });
});

describe('storms and festivals are events', () => {
  it('reads a tropical storm’s name as an event, also in its short form', () => {
    const r = extract('Two people died due to Tropical Storm Kelva on Sunday. Kelva will return to Ostra on Monday, Ana Varn said.');
    expect(kinds(r)['Tropical Storm Kelva']).toBe('event');
    expect(kinds(r)['Ana Varn']).toBe('person');
    // A body named for a storm's relief stays a body.
    expect(kinds(extract('The Hurricane Relief Fund said it sent 40 trucks.'))['Hurricane Relief Fund']).not.toBe('event');
  });

  it('reads a mela as a festival', () => {
    expect(kinds(extract('Whenever an Ostra Mela was held, charges came. This time the Ostra Mela ended quietly, Ravi Kelm said.'))['Ostra Mela']).toBe('event');
  });
});

describe('adjectives and common words capitalised alone', () => {
  it('drops compounds of peoples and a religion’s adjective before a body’s noun', () => {
    expect(names('The Anglo-Kelmorian firm said output rose 6%. The Sino-Varnese talks failed.')).toEqual([]);
    expect(names('The seminary was a centre for Varn Jamaat, a nonviolent Islamic missionary group.')).toEqual(['Varn Jamaat']);
    // A compound that ends in no people's adjective is a name.
    expect(names('The Indo-Pacific Command said it was ready.')).toEqual(['Indo-Pacific Command']);
  });

  it('drops a trade opening a sentence before a company’s noun, not the company', () => {
    expect(names('KVB: OSTRA — Mining giant KVB Kelmor reported that ore output rose.')).not.toContain('Mining');
    expect(names('Shipping firm Ostra Lines said it rerouted.')).toEqual(['Ostra Lines']);
  });

  it('drops a report’s qualifier opening a sentence, not a name that reports', () => {
    expect(names('Initial reports from soldiers said 2,300 had survived in Ostra.')).not.toContain('Initial');
    expect(names('Preliminary figures show 40 died, Ana Varn said.')).toEqual(['Ana Varn']);
    expect(names('Kelmor reports that 40 died.')).toEqual(['Kelmor']);
  });

  it('drops the Opposition, the Budget and an ordinal reading, not the bodies of Parliament', () => {
    const found = names('The Opposition walked out of Parliament as Ana Varn presented the 2023/24 Budget. MPs skipped the First and Second readings.');
    expect(found).toEqual(['Parliament', 'Ana Varn']);
  });

  it('drops the political Left and Right written alone, not a name that holds the word', () => {
    expect(names('The far Right party chiefs met as the hard Left dockers’ leaders walked out, Ana Varn said.')).toEqual(['Ana Varn']);
    expect(names('Left Bloc leader Ana Varn said the vote was close.')).toContain('Left Bloc');
  });

  it('drops a bill’s name, not an act’s or a person named Bill', () => {
    expect(names('MPs debated the Finance Bill 2023 under the Ostra Water Act, Ana Varn said.')).toEqual(['Ostra Water Act', 'Ana Varn']);
    expect(names('Bill Kelmor said the vote was close.')).toEqual(['Bill Kelmor']);
  });

  it('drops lines of a company’s accounts capitalised as its statement writes them, not a body named after one', () => {
    expect(names('Kelmor Cement posted a 44.6 per cent rise in its Profit After Tax. Revenue increased 36.5 percent and Net Assets improved 8.3 per cent.')).toEqual(['Kelmor Cement']);
    expect(names('The Ostra Revenue Authority said collections rose.')).toEqual(['Ostra Revenue Authority']);
  });
});

describe('terms, titles and products that are no names', () => {
  it('drops the short form of a term or a title given in brackets, not a body’s', () => {
    expect(names('Earnings per share (EPS) came in at Rs46.60, the Ostra Refinery said. EPS was Rs8.60 a year ago.')).toEqual(['Ostra Refinery']);
    expect(names('Varn MPs jeered at the Cabinet Secretary (CS). The CS said the budget was sound.')).not.toContain('CS');
    expect(names('The Kelmor Monetary Fund (KMF) agreed. The KMF said so.')).toEqual(['Kelmor Monetary Fund']);
  });

  it('drops "Members of Parliament" and cuts "Members" off the body before it', () => {
    expect(names('Kelmor la Umoja Members of Parliament, on Thursday, walked out. The Members of Parliament walked out again.')).toEqual(['Kelmor la Umoja', 'Parliament']);
    // A legislator named after the title keeps the name.
    expect(names('A Member of Parliament, Tom Varn, said no.')).toContain('Tom Varn');
  });

  it('drops a device’s "i"-shaped brand, not a company', () => {
    expect(names('Kelmor sold 47.5 million iPhones, and iPad revenue rose 59%, Ana Cook said.')).toEqual(['Ana Cook']);
    expect(names('The retailer Kelmor Ltd sold more on eKelm, Ana Cook said.')).toEqual(['Kelmor Ltd', 'eKelm', 'Ana Cook']);
  });
});

describe('parts of a title or an outlet that are no cards of their own', () => {
  it('drops an office’s words alone ("Honorary Adviser", "Head of State", "Directors"), not a name a title goes with', () => {
    const found = names('The board of Directors met. Tamo Varn, Honorary Adviser to the Chairman, will act until the Head of State names a successor.');
    expect(found).toEqual(['Tamo Varn']);
    // A word that names a body alone keeps the words a name.
    expect(names('The Treasury Secretary said so.')).toEqual(['Treasury']);
  });

  it('reads "Eng." as an engineer’s title before a name, ending no sentence', () => {
    const found = extract('The board named Eng. J. O. Berun acting chief executive.').mentions;
    expect(found.map((m) => [m.name, m.kind, m.role])).toEqual([['J. O. Berun', 'person', 'Eng']]);
  });

  it('reads a title of several words or in initials before "of" and a company as that company', () => {
    expect(names('Tamo Varn will be appointed a Non-Executive Director of Kelmor Cement PLC in January.')).toEqual(['Tamo Varn', 'Kelmor Cement PLC']);
    expect(names('Ana Berun, former MD of OSCO, will act.')).toEqual(['Ana Berun', 'OSCO']);
    expect(extract('The Managing Director of OSCO, Tamo Berun, said so.').mentions.map((m) => [m.name, m.kind])).toEqual([
      ['OSCO', 'other'],
      ['Tamo Berun', 'person'],
    ]);
    // With no head word or initials after "of", the title names no body.
    expect(names('The Executive Director of Institutional Relations spoke.')).toEqual([]);
  });

  it('reads a portfolio before "Cabinet Secretary" as the title’s, not a body', () => {
    expect(names('MPs walked out after Treasury Cabinet Secretary Ana Varn began presenting the budget.')).toEqual(['Ana Varn']);
    // A place's cabinet before the title is a body of its own.
    expect(names('Ostra Cabinet Secretary Bo Lin said no.')).toContain('Ostra Cabinet');
  });

  it('makes one card of an outlet someone is told on, not a second of its programme', () => {
    expect(names('“The rest are from other areas,” he told KNC’s Morningline.')).toEqual(['KNC']);
    expect(names('The KNC’s Morningline is popular.')).toContain('Morningline');
  });
});
