// "the Director General of KDMA, Ana Ruiz, said": the title of a body set before an apposed name is that person's role,
// and the title makes no name of its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { mentionRoles } from './extract-source-helpers';
import { quoteStarting } from './extract-helpers';

describe('a title of a body before an apposed name', () => {
  it('is the role of the person named after the comma', () => {
    const roles = mentionRoles('Later, the Director General of OSMA, Ifeoma Dike-Obi, said 212 homes were flooded.');
    expect(roles).toContainEqual(['Ifeoma Dike-Obi', 'person', 'Director General of OSMA']);
    expect(roles.map(([name]) => name)).not.toContain('Director General of OSMA');
  });

  it('gives no role where no title stands before "of"', () => {
    const r = extract('Later, the people of Ostrava, Ifeoma Dike-Obi said, were angry.');
    expect(r.mentions.find((m) => m.name === 'Ifeoma Dike-Obi')?.role ?? null).toBeNull();
  });
});

describe('“…,” <Title> of <Body>’s <Region> <body noun> <Name> said', () => {
  it('gives the quote to the person after a long title naming a body and its regional office', () => {
    const text = 'The group released its yearly review. "If the courts keep to this pace, hundreds more will hang before winter," Deputy Head of Kelmor Watch\'s Varn and Ostra office Anika Dorrel said in the review.';
    expect(quoteStarting(text, 'If the courts keep')?.attributedTo).toBe('Anika Dorrel');
  });
  it('does not read a lower-case word that is no body’s noun as part of the title', () => {
    const text = 'The group released its yearly review. "If the courts keep to this pace, hundreds more will hang before winter," Deputy Head of Kelmor Watch\'s Varn and Ostra pledge Anika Dorrel said in the review.';
    expect(quoteStarting(text, 'If the courts keep')?.attributedTo ?? null).toBeNull();
  });
});
