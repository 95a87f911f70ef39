// "Halden Deputy Police Chief Oren Marsh": a rank inside the run opens the title, so the words between it and the title are no body's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => `${m.name}/${m.kind}`);

describe('a capitalised rank between a place and its title', () => {
  it('leaves no "Halden Deputy Police" body, and the place a place', () => {
    const found = names('Two guards were hurt at the depot, Halden Deputy Police Chief Oren Marsh told reporters.');
    expect(found).not.toContain('Halden Deputy Police/government');
    expect(found).toContain('Halden/place');
    expect(extract('Two guards were hurt at the depot, Halden Deputy Police Chief Oren Marsh told reporters.').claims[0]!.attributedTo).toBe('Oren Marsh');
  });
  it('keeps "Halden Police" before a title with no rank the police', () => {
    expect(names('Two guards were hurt at the depot, Halden Police Chief Oren Marsh told reporters.')).toContain('Halden Police/government');
  });
});
