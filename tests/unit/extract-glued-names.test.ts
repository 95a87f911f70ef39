// Names glued to a neighbour or cut short, money and counts read as names, and places read as bodies or people.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const mentions = (text: string) => extract(text).mentions;
const names = (text: string) => mentions(text).map((m) => m.name);
const kindOf = (text: string, name: string) => mentions(text).find((m) => m.name === name)?.kind;

describe('names glued to a neighbour', () => {
  it('splits two bodies joined by "and", each ending in an institution’s head', () => {
    const found = names('The toll jumped to 8,000 under an assessment by the Kelmor Bank and Ostra Development Bank, which said it would rise.');
    expect(found).toEqual(expect.arrayContaining(['Kelmor Bank', 'Ostra Development Bank']));
    expect(found).not.toContain('Kelmor Bank and Ostra Development Bank');
  });

  it('keeps one body whose "and" joins an outlet’s word, a field in the plural, or a head inside the second half', () => {
    expect(names('Shares of Daily Mail and General Trust rose on Monday.')).toContain('Daily Mail and General Trust');
    expect(names('The Kelmor Securities and Investments Commission said 30 firms were fined.')).toContain('Kelmor Securities and Investments Commission');
    expect(names('The Varn Red Cross and Red Crescent Movement said 30 were killed.')).toContain('Varn Red Cross and Red Crescent Movement');
  });

  it('reads a past office opening the run as the person’s role, naming no body', () => {
    const found = mentions('Former UN Secretary-General Kelmo Varn said some of the demands were unreasonable.');
    expect(found.map((m) => m.name)).toEqual(['Kelmo Varn']);
    expect(found[0]!.role).toBe('Former UN Secretary-General');
  });

  it('splits a one-word name the article also uses alone from the body’s name run into it, the body as his role', () => {
    const found = mentions('Meanwhile, Ostra Security Affairs Ministry Darvo said the port would reopen. “We will build tents,” said Darvo at a briefing.');
    const darvo = found.find((m) => m.name === 'Darvo');
    expect(darvo?.kind).toBe('person');
    expect(darvo?.role).toBe('Ostra Security Affairs Ministry');
    expect(found.map((m) => m.name)).not.toContain('Ostra Security Affairs Ministry Darvo');
  });

  it('keeps a body’s head and the word after it as one name where that word never stands alone', () => {
    expect(names('The Kelmor Interior Ministry Tower was shut on Monday.')).toEqual(['Kelmor Interior Ministry Tower']);
  });

  it('keeps the last full stop of dotted initials in the name, where the text has it', () => {
    expect(names('One K.U. official said 40 died. Ostra said so too.')).toContain('K.U.');
    expect(names('The K.U said 40 died.')).toContain('K.U');
  });

  it('keeps the body of a present office before its holder', () => {
    const found = mentions('Senior Ostra Party leader Kelmo Varn said some of the demands were unreasonable.');
    expect(found.map((m) => m.name)).toEqual(expect.arrayContaining(['Ostra Party', 'Kelmo Varn']));
  });

  it('joins no name across a lower-case "in" where the bracket after it abbreviates only the words after', () => {
    const found = names('Police in Democratic Republic (DR) of Varn said Wednesday that 32 people had been killed.');
    expect(found.some((n) => n.startsWith('Police'))).toBe(false);
    expect(names('Fighting in the Kelmor Autonomous Region in Muslim Ostra (KARMO) killed 30, the army said.')).toContain('Kelmor Autonomous Region in Muslim Ostra');
  });

  it('ends the title "Leader of the Opposition" before the party named after it', () => {
    const found = names('Leader of the Opposition Kelmor Democratic Party (KDP) Ana Ruiz told supporters on Saturday that the vote is due.');
    expect(found).toContain('Kelmor Democratic Party');
    expect(found).not.toContain('Opposition Kelmor Democratic Party');
    expect(names('The Opposition Kelmor Party said the vote is due.')).toContain('Opposition Kelmor Party');
  });

  it('reads military ranks written with a full stop as the role, ending no sentence', () => {
    const found = mentions('The toll will be higher, said the spokesman, Maj. Gen. Kelmo Varn.');
    expect(found.map((m) => m.name)).toEqual(['Kelmo Varn']);
    expect(found[0]!.role).toBe('Maj. Gen');
    expect(mentions('The toll will be higher, said Brig. Gen. Kelmo Varn.').map((m) => m.name)).toEqual(['Kelmo Varn']);
  });
});

describe('words that are no names', () => {
  it('reads a currency code glued to an amount and its hyphenated scale as money', () => {
    const found = names('Net income at Kelmor Bank grew 1.2% to KSh63-billion (R8.9-billion), above the KSh67.6-billion forecast. Varn Group made Rs10-crore.');
    expect(found).toEqual(['Kelmor Bank', 'Varn Group']);
  });

  it('drops a vague count and its "of" opening a sentence', () => {
    expect(names('Dozens of Ostran police officers have been killed in two attacks, officials said.')).not.toContain('Dozens of Ostran');
    expect(names('Thousands of Kelmor Bank customers were hit, the bank said.')).toContain('Kelmor Bank');
  });

  it('drops the people of a place the dateline writes in capitals', () => {
    const found = names('KELMORIA — The leader said on Saturday that Kelmorians will go to the poll on December 15.');
    expect(found).not.toContain('Kelmorians');
  });
});

describe('places read as bodies or people', () => {
  it('reads the name a storm is given as the storm', () => {
    expect(kindOf('A powerful storm dubbed Kelva hit Ostra on September 10, officials said.', 'Kelva')).toBe('event');
  });

  it('reads a dateline in capitals as a place, whatever body the name heads later', () => {
    const text = 'KELMOR — While results are still being announced, the party said it won.\n“We can win,” said Ana Ruiz, the deputy chairman of the party’s Kelmor election campaign team.';
    expect(kindOf(text, 'Kelmor')).toBe('place');
  });

  it('reads a dateline closed by a colon and a dash as a place', () => {
    expect(kindOf('ST. KELMOR: – The leader said on Saturday that the vote will be on December 15.', 'ST. KELMOR')).toBe('place');
  });

  it('reads a name after "the district of" or "the … province of" as a place', () => {
    expect(kindOf('Gunmen overran several checkpoints overnight in the district of Dari Varn, including the police chief, officials said.', 'Dari Varn')).toBe('place');
    const text = 'Police were killed in the southern Ostra province of Varnhel, officials said. Ana Ruiz, a member of the Varnhel provincial council, said 12 were killed.';
    expect(kindOf(text, 'Varnhel')).toBe('place');
  });
});

describe('a place glued between a title’s "of" and its holder', () => {
  it('splits the place the article names alone from the person after it', () => {
    const names = extract('Fighting went on in Dorrava on Sunday. The deputy police chief of Dorrava Ivo Kessan said 40 gunmen were killed.').mentions.map((m) => m.name);
    expect(names).toContain('Ivo Kessan');
    expect(names).not.toContain('Dorrava Ivo Kessan');
    // Where the article never names the first word alone, the run stays whole.
    expect(extract('The deputy police chief of Dorrava Ivo Kessan said 40 gunmen were killed.').mentions.map((m) => m.name)).toContain('Dorrava Ivo Kessan');
  });
});
