// `“Most were killed by heavy guns,” such as rockets, mortars, and shells, according to the KOM.`: "according to" past a phrase of the writer's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const speaker = (text: string) => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo ?? null;

describe('a quote opening its sentence, a list set after it, then "according to"', () => {
  it('is said by whom "according to" names', () => {
    expect(speaker('"Nearly all of the dead were hit by shelling of the town centres," such as field guns, drones, and rockets, according to the VOLK.')).toBe('VOLK');
    expect(speaker('"Nearly all of the dead were hit by shelling of the town centres," such as field guns and rockets, according to the Ostra Observer Group.')).toBe(
      'Ostra Observer Group',
    );
  });
  it('is not said by whom the next sentence names after "according to"', () => {
    expect(speaker('"Nearly all of the dead were hit by shelling of the town centres," as the fighting spread. According to the VOLK, the toll is 90.')).toBeNull();
  });
});
