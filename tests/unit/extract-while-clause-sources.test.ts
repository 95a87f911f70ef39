// The main clause after a "While …," clause that reports a figure has a speaker of its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"While a count of 27 was listed by X, Y listed 26"', () => {
  it('gives the 41 to the main clause\'s speaker, the 42 to the agent', () => {
    const r = extract('While a count of 27 was listed by local officials in the flooded Kelmor district on Sunday, the army officially listed 26 as dead.');
    expect(figure(r, '27').claim.reportedBy).toBe('local officials');
    expect(figure(r, '26').claim.reportedBy).toBe('the army');
  });
  it('gives no source to a main clause that reports nothing', () => {
    const r = extract('While a count of 27 was listed by local officials in the flooded Kelmor district on Sunday, rescuers searched for 12 more.');
    expect(figure(r, '12').claim.reportedBy ?? null).toBeNull();
  });
});

describe('"While X alleged 13 died, the police chief in Kelmor who visited the site said three"', () => {
  it('gives the three to the chief, past the relative clause on the chief', () => {
    const r = extract('While the farmers have alleged that 13 people were killed in the raid, the police chief in Varn who toured the village on Monday said only three bodies were found there.');
    expect(figure(r, '13').claim.reportedBy).toBe('the farmers');
    expect(figure(r, 'three').claim.reportedBy).toBe('the police chief in Varn');
  });
  it('reads "officials who toured the camp said" as the officials\' report', () => {
    expect(figure(extract('Officials who toured the camp in Ostra said 40 families had no shelter.'), '40').claim.reportedBy).toBe('officials');
  });
  it('gives nothing to a chief whose relative clause no reporting verb closes', () => {
    expect(figure(extract('The police chief in Varn who toured the village met the families of 13 victims.'), '13').claim.reportedBy ?? null).toBeNull();
  });
});
