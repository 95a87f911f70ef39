// "the Kelmor Flood Relief Mission in Ukraine (FRMU)": the short form in brackets after the place is the mission's, so "the FRMU" later is the same body.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const TEXT =
  'At least 420 people have died in the floods since May, the Kelmor Flood Relief Mission in Ukraine (FRMU) said on Friday. ' +
  'The FRMU added that 90 more are missing.';

describe('a short form in brackets after a body and its place', () => {
  it('is the body\'s short form: one mention, both claims its own', () => {
    const r = extract(TEXT);
    const mission = r.mentions.find((m) => m.name.startsWith('Kelmor Flood'))!;
    expect(mission.forms).toContain('FRMU');
    expect(r.mentions.map((m) => m.name)).not.toContain('FRMU');
    expect(r.claims.find((c) => c.text.startsWith('The FRMU'))?.attributedTo).toBe(mission.name);
  });
  it('leaves the place its own name', () => {
    expect(extract(TEXT).mentions.find((m) => m.name === 'Ukraine')?.kind).toBe('place');
  });
});
