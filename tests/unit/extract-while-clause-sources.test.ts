// The main clause after a "While …," clause that reports a figure has a speaker of its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { citedMentions } from '../../src/context/cited';
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

describe('"While X reported 40, the Varn Army and the Varn Coast Guard reported over 50"', () => {
  const cited = (text: string): string[] => [...citedMentions(extract(text), text)].map((m) => m.name).sort();
  const opening = 'The Ostra Relief Council counted the dead. While it reported 40 deaths, ';

  it('opens the main clause at the first of two joined names, so both report the 50 and neither goes with the 40', () => {
    const text = `${opening}the Varn Army and the Varn Coast Guard have already reported over 50 deaths.`;
    const r = extract(text);
    expect(figure(r, '40').claim.text).toBe('40 deaths');
    expect(figure(r, 'over 50').claim.attributedTo).toBe('Varn Coast Guard');
    expect(cited(text)).toEqual(['Ostra Relief Council', 'Varn Army', 'Varn Coast Guard']);
  });

  it('cites neither of two joined names whose verb reports nothing', () => {
    const text = `${opening}the Varn Army and the Varn Coast Guard searched the hills, and the Varn Police reported 50 deaths.`;
    expect(figure(extract(text), '50').claim.attributedTo).toBe('Varn Police');
    expect(cited(text)).toEqual(['Ostra Relief Council', 'Varn Police']);
  });
});

describe('"While X reports 300 died, Y cites about 120 deaths"', () => {
  it('gives the cited count to the source that cites it, not to the one of the "While" clause', () => {
    const r = extract('While Ostra Radio reports that over 300 people died, the Varn Herald cites about 120 deaths and 90 injuries.');
    expect(figure(r, 'over 300').claim.attributedTo).toBe('Ostra Radio');
    expect(figure(r, 'about 120').claim.attributedTo).toBe('Varn Herald');
    expect(figure(r, '90').claim.attributedTo).toBe('Varn Herald');
  });
  it('leaves a source that cites someone as saying the count to the reading of whom it cites', () => {
    const r = extract('While Ostra Radio reports that over 300 people died, the Varn Herald cited rescuers as saying 120 had died.');
    expect(figure(r, 'over 300').claim.attributedTo).toBe('Ostra Radio');
    expect(figure(r, '120').claim.attributedTo).not.toBe('Varn Herald');
  });
});
