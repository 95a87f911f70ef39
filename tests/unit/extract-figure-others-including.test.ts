// "N others, including some of a group": others said to include some of a group are a mixed group of people.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('others said to include some of a group', () => {
  const text = 'Doctors at the Varn clinic said 9 guards died and 30 others, including some of the cooks, were hurt.';
  it('counts people, not more of the side counted before', () => {
    expect(figure(text, '30')).toMatchObject({ unit: 'people', about: 'injured' });
  });
  it('keeps the side where nothing says the others are mixed', () => {
    expect(figure('Doctors at the Varn clinic said 9 guards were killed and 30 others were wounded.', '30').unit).toBe('guards');
  });
});

describe('others wounded after an aside', () => {
  it('reads "N others, including …, were wounded" as the whole of the wounded, a rival of another count of wounded', () => {
    const rows = discrepancies(
      'Doctors at the Varn clinic said 9 guards were killed and 30 others, including some recruits, were wounded. Kelmor police officials reported 12 dead and 26 wounded.',
    );
    expect(rows).toContainEqual(['injured', ['26 Kelmor police officials (unnamed)', '30 doctors at the Varn clinic (unnamed)']]);
  });
  it('keeps others killed elsewhere after an aside a part of a sum, no rival', () => {
    expect(discrepancies('Officials in Ostra said 40 died in the raid, while 13 others, including two children, were killed at two other sites. Kelmor police said 53 were killed.')).toEqual([]);
  });
});

describe('others after a count of a crowd', () => {
  it('counts other people, not more of the crowd', () => {
    expect(figure('Ostra Watch said 30 marchers died in the clashes, while four others died in road crashes.', 'four').unit).toBe('people');
    expect(figure('Officials said 12 villagers drowned in Varn and nine others went missing.', 'nine').unit).toBe('people');
  });
  it('keeps the side of a count that is no crowd', () => {
    expect(figure('Ostra Watch said 30 guards died in the clashes, while four others died in road crashes.', 'four').unit).toBe('guards');
  });
});
