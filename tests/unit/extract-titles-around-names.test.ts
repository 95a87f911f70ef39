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
