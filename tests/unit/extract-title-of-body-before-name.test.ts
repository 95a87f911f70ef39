// "the Director General of KDMA, Ana Ruiz, said": the title of a body set before an apposed name is that person's role,
// and the title makes no name of its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { mentionRoles } from './extract-source-helpers';

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
