// The event of counts in a list before one verb, of carriers of "a dead body", of groups that accuse, and of a part of
// people found alive who later died.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('counts listed with commas before one verb', () => {
  it('each take the verb’s event, the first one too', () => {
    const text = 'Four guards, three gunmen and a cook were among the people killed in the raid, villagers said.';
    expect(figure(text, 'Four').about).toBe('killed');
    expect(figure(text, 'three').about).toBe('killed');
  });
  it('leave a count set off by a comma before a part alone', () => {
    expect(figure('The blast in Varn killed 14 people, two of them in a bus.', 'two').about).toBeNull();
  });
});

describe('one harmed person told with "a"', () => {
  it('gives no event to a count of several', () => {
    expect(figure('A nurse led a wounded girl to a van while four men carried a dead body from the rubble.', 'four').about).toBeNull();
  });
  it('leaves people found dead alone', () => {
    expect(figure('Four men were found dead in the rubble in Ostra.', 'Four').about).toBe('killed');
  });
});

describe('a count of groups that accuse', () => {
  it('counts no one harmed by what they accuse others of', () => {
    expect(figure('A letter from 20 Kelmorian civic and rights groups also accused the army of mass arrests.', '20').about).toBeNull();
  });
  it('leaves people accused of a crime alone', () => {
    expect(figure('Police arrested 20 students and workers accused of arson in Ostra.', '20').about).toBe('detained');
  });
});

describe('people found alive of whom some later died', () => {
  it('gives the death to the part, not to the whole', () => {
    const text = 'A medic, Ivo Senn, said four of 17 miners pulled out alive later died in hospital.';
    expect(figure(text, 'four').about).toBe('killed');
    expect(figure(text, '17').about).toBeNull();
  });
  it('leaves a whole that died alone', () => {
    expect(figure('A medic said four of the 17 miners trapped in the shaft died.', 'four').about).not.toBe('injured');
  });
});
