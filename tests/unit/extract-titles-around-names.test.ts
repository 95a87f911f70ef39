// Titles written around a name with no comma, and names that hold a title's words: the person keeps the whole name and
// the title is the role, and a body's name keeps its "and".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { mentionKinds, mentionRoles, speakerOf } from './extract-source-helpers';

describe('a weekday after a title and before a surname', () => {
  it('is the given name of the person the title names', () => {
    const names = mentionKinds('Port authority official Friday Okonkwo told the Varn Courier that 23 sailors were rescued.');
    expect(names).toContainEqual(['Friday Okonkwo', 'person']);
    expect(names.map(([name]) => name)).not.toContain('Okonkwo');
  });

  it('stays a day after a verb of saying', () => {
    const names = mentionKinds('Port police said Friday Okonkwo was held at the docks.').map(([name]) => name);
    expect(names).not.toContain('Friday Okonkwo');
  });
});

describe('an agency named for two fields joined by "and"', () => {
  it('is one name where the words after "and" end in what the agency does', () => {
    const names = mentionKinds('The Ostran Coast and Harbour Protection said on Sunday that two ferries were turned back.').map(([name]) => name);
    expect(names).toContain('Ostran Coast and Harbour Protection');
    expect(names).not.toContain('Harbour Protection');
  });

  it('still splits a person and a body joined by "and"', () => {
    const names = mentionKinds('Ines Varga and the Kelmor Bank said on Sunday that two ferries were sold.').map(([name]) => name);
    expect(names).toContain('Ines Varga');
    expect(names).not.toContain('Ines Varga and the Kelmor Bank');
  });
});

describe('a title and its body right after a name, with no comma', () => {
  const text = 'OSPA said two pilots were hurt. “The runway was flooded,” Marta Kelvin COO of OSPA, told the Ostra Herald.';

  it('is the role of the person, who says the quote', () => {
    expect(mentionRoles(text)).toContainEqual(['Marta Kelvin', 'person', 'COO of OSPA']);
    expect(speakerOf(text, 'runway was flooded')).toBe('Marta Kelvin');
  });

  it('is no title after a name and "of" alone', () => {
    const r = extract('OSPA said two pilots were hurt. “The runway was flooded,” Marta Kelvin of OSPA, told the Ostra Herald.');
    expect(r.mentions.find((m) => m.name === 'Marta Kelvin')?.role ?? null).toBeNull();
  });
});

describe('a title of two fields joined by "and"', () => {
  it('is one title that names no one', () => {
    const names = mentionKinds('Ines Dalgo, Ostrasoft’s Vice President of Cloud and Device Safety, wrote that 900 servers restarted.').map(([name]) => name);
    expect(names).toContain('Ines Dalgo');
    expect(names).not.toContain('Cloud');
    expect(names).not.toContain('Device Safety');
  });

  it('is the role of the person it is apposed to, with the body owning it', () => {
    const roles = mentionRoles('Ines Dalgo, Ostrasoft’s Vice President of Cloud and Device Safety, wrote that 900 servers restarted.');
    expect(roles).toContainEqual(['Ines Dalgo', 'person', 'Ostrasoft’s Vice President of Cloud and Device Safety']);
  });

  it('is no role where a name follows the owned title without a comma', () => {
    const r = extract('Ines Dalgo, Ostrasoft’s Vice President of Cloud Tomas Varn, wrote that 900 servers restarted.');
    expect(r.mentions.find((m) => m.name === 'Ines Dalgo')?.role ?? null).not.toBe('Ostrasoft’s Vice President of Cloud Tomas Varn');
  });

  it('still splits two bodies after the title', () => {
    const names = mentionKinds('The Vice President of Kelmor Bank and Ostra Trust said 900 servers restarted.').map(([name]) => name);
    expect(names).toContain('Kelmor Bank');
    expect(names).toContain('Ostra Trust');
  });
});

describe('portfolio words after a lower-case title and before "at"', () => {
  it('are the department of the body after "at", no name', () => {
    const names = mentionKinds('Pavel Ruman, chief of Civil Aviation at the Varn airfield, told the Ostra Herald that six planes were grounded.').map(([name]) => name);
    expect(names).toContain('Pavel Ruman');
    expect(names).not.toContain('Civil Aviation');
  });

  it('keep a body named by its head word', () => {
    const names = mentionKinds('Pavel Ruman, chief of Kelmor Airways at the Varn airfield, told the Ostra Herald that six planes were grounded.').map(([name]) => name);
    expect(names).toContain('Kelmor Airways');
  });
});

describe('a two-word name set "of the" a body before a verb of saying', () => {
  const text = 'Orla Fenwick, of the ferry pilots’ union in Kelmport, said: “Nobody warned the night shift.”';

  it('is a person, whose quote it is, whatever the given name', () => {
    expect(mentionKinds(text)).toContainEqual(['Orla Fenwick', 'person']);
    expect(speakerOf(text, 'Nobody warned')).toBe('Orla Fenwick');
  });

  it('is no cue for a body named so', () => {
    expect(mentionKinds('Kelmor Bank, of the Ostra group, said: “Nobody warned the night shift.”')).toContainEqual(['Kelmor Bank', 'organization']);
  });
});

describe('"head of" a body', () => {
  const roleOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.role ?? null;

  it('is a title in an apposition after the name, with where the body sits after "at"', () => {
    expect(roleOf('Tomas Ridel, head of Port Security at the Varn harbour, told reporters that 30 crates were lost.', 'Tomas Ridel')).toBe('head of Port Security at the Varn harbour');
    expect(roleOf('Ana Dorsek, the head of the ferry rescue agency, said 30 people had died.', 'Ana Dorsek')).toBe('head of the ferry rescue agency');
    // As the other titles are, "director of" too.
    expect(roleOf('Lena Brask, director of Surgery at Kelmor General, said eight were treated.', 'Lena Brask')).toBe('director of Surgery at Kelmor General');
  });

  it('keeps the lower-case body a possessive owns, not the owner alone', () => {
    expect(roleOf('Ana Dorsek, the head of Kelmor’s pilgrim department, said 30 people had died.', 'Ana Dorsek')).toBe('head of Kelmor’s pilgrim department');
  });

  it('is a title before the name, of a capitalised body or of one named in lower case by its head word', () => {
    expect(roleOf('The head of the Varn Coast Guard Ana Dorsek said 30 people had died.', 'Ana Dorsek')).toBe('head of the Varn Coast Guard');
    expect(roleOf('The head of the Kelmor flood agency Ana Dorsek said 30 people had died.', 'Ana Dorsek')).toBe('head of the Kelmor flood agency');
  });

  it('is no title where "head" is no title’s word, nor where the place after "at" runs on', () => {
    expect(roleOf('Ana Dorsek, a nurse at the Varn clinic, said 30 people had died.', 'Ana Dorsek')).toBeNull();
    expect(roleOf('Tomas Ridel, head of Port Security at the Varn harbour in Ostra, told reporters that 30 crates were lost.', 'Tomas Ridel')).toBeNull();
    expect(roleOf('Tomas Ridel said 30 crates were lost, and Ana Dorsek went to head off the crowd.', 'Tomas Ridel')).toBeNull();
  });
});

describe('a title of one place set before the name that holds it', () => {
  it('reads the place after the title\'s "of" as no person when a name follows after a comma', () => {
    const roles = mentionRoles('The Mayor of Varnia, Tomas Eskel Ridel, told elders that 80 homes were lost.');
    expect(roles.map(([name]) => name)).not.toContain('Varnia');
    expect(roles).toContainEqual(['Tomas Eskel Ridel', 'person', 'Mayor of Varnia']);
  });

  it('leaves the reading of a title and its place with no name after it', () => {
    expect(mentionRoles('The Governor of Varnia said 80 homes were lost.').map(([name]) => name)).toContain('Varnia');
  });
});
