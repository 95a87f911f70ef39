// "The office of President Ana Ruiz said …": the office speaks, so the card is the office, the title and the person kept in its name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

describe('the office of a titled person', () => {
  it('names the office, not the person, and gives it the office’s words', () => {
    const r = extract('The office of President Tomas Varnek, however, said the count of the dead was too high. It said two people were hurt.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role])).toEqual([['Office of President Tomas Varnek', 'government', null]]);
    expect(r.claims.filter((c) => c.kind === 'statement').map((c) => c.attributedTo)).toEqual(['Office of President Tomas Varnek', 'Office of President Tomas Varnek']);
  });

  it('leaves the person’s own words later to the person', () => {
    const r = extract('A spokesman for the office of Prime Minister Ana Ruiz said the talks failed. Ruiz later said she would go.');
    expect(r.claims.filter((c) => c.kind === 'statement').map((c) => c.attributedTo)).toEqual(['Office of Prime Minister Ana Ruiz', 'Ruiz']);
  });

  it('leaves a titled person who speaks herself, and an office named for its field, as they were', () => {
    expect(extract('President Tomas Varnek said the count of the dead was too high.').mentions.map((m) => [m.name, m.role])).toEqual([['Tomas Varnek', 'President']]);
    expect(extract('The Office of Civil Defense said 12 died.').mentions.map((m) => m.name)).toEqual(['Office of Civil Defense']);
  });
});
