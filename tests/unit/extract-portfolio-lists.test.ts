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
});
