// "the Kelmor High Commissioner for Water Rights (KHCWR) says": an office named by a title and its field, with its short form
// in brackets after it, is a body the short form names too; its field is no person's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const rows = (text: string): [string, string, string | null][] => extract(text).mentions.map((m) => [m.name, m.kind, m.role]);

describe('<Body> <Title> for <Field> (<SHORT FORM>)', () => {
  it('reads the whole office as one body, its short form merged into it', () => {
    const r = extract('The Kelmor High Commissioner for Water Rights (KHCWR) says at least 30 wells have run dry. KHCWR said more would follow.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role])).toEqual([['Kelmor High Commissioner for Water Rights', 'organization', null]]);
    expect(r.claims.map((c) => c.attributedTo)).toEqual(['Kelmor High Commissioner for Water Rights', 'Kelmor High Commissioner for Water Rights', 'Kelmor High Commissioner for Water Rights']);
  });

  it('keeps the field out of any person card after "a spokeswoman for the …"', () => {
    const found = rows('A spokeswoman for the Ostra Nations High Commissioner for Migrants (ONHCM) said 14 people were missing.');
    expect(found).toEqual([['Ostra Nations High Commissioner for Migrants', 'organization', null]]);
  });

  it('keeps the person a title of the same shape names, and the office without a short form as before', () => {
    expect(rows('Kelmor High Commissioner for Water Rights Anton Brekke said 30 wells ran dry.')).toContainEqual(['Anton Brekke', 'person', 'Kelmor High Commissioner for Water Rights']);
    expect(rows('The Kelmor High Commissioner for Water Rights said 30 wells ran dry.').map(([n]) => n)).not.toContain('Kelmor High Commissioner for Water Rights');
  });
});
