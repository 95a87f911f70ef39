// A title's portfolios listed with commas before the name ("Minister for Ports, Roads, and Inland Shipping Ana Ruiz"):
// the items are the title's, the person after the last one holds it all.
import { describe, expect, it } from 'vitest';
import { mentionKinds, mentionRoles } from './extract-source-helpers';

describe('portfolios listed with commas before a name', () => {
  it('are the role of the person after the last one, and no names', () => {
    const text = 'Nine ferries were held, Deputy Minister for Harbours, Lighthouses, and Coastal Shipping Tomas Okoro Reval said on Monday.';
    expect(mentionRoles(text)).toContainEqual(['Tomas Okoro Reval', 'person', 'Deputy Minister for Harbours, Lighthouses, and Coastal Shipping']);
    const names = mentionKinds(text).map(([name]) => name);
    expect(names).not.toContain('Lighthouses');
    expect(names).not.toContain('Coastal Shipping Tomas Okoro Reval');
  });

  it('leave people listed after a title as people', () => {
    const names = mentionKinds('Nine ferries were held, the Minister for Harbours, Ines Varga, and Ana Ruiz said on Monday.').map(([name]) => name);
    expect(names).toContain('Ines Varga');
    expect(names).toContain('Ana Ruiz');
  });

  it('make the first of two names the lexicon does not know the title’s holder, and the second a person too', () => {
    const text = 'Twelve piers were shut, the Minister for Canals, Delo Marvik, and Quen Tashra told a briefing on Tuesday.';
    expect(mentionRoles(text)).toContainEqual(['Delo Marvik', 'person', 'Minister for Canals']);
    expect(mentionRoles(text)).toContainEqual(['Quen Tashra', 'person', null]);
    // Portfolios of the lexicon listed so stay the title's.
    expect(mentionRoles('Nine ferries were held, Minister for Harbours, Fisheries, and Coastal Shipping Tomas Reval said.')).toContainEqual(['Tomas Reval', 'person', 'Minister for Harbours, Fisheries, and Coastal Shipping']);
  });
});
