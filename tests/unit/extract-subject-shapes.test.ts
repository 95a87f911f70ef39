// Named subjects in longer sentence shapes: the figure goes to the person or body the clause names as its reporter.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const source = (text: string, phrase: string): string | null | undefined => figure(extract(text), phrase).claim.attributedTo;

describe('"…, while NAME, who heads …, reported 30"', () => {
  it('gives the joined clause to its own subject past a relative clause with commas in it', () => {
    const text = 'Home Secretary Dara Velmont counted 11 deaths, while Kemal Oduya, who leads the search, relief and recovery teams of the Varn Relief Council, reported 30 bodies found.';
    expect(source(text, '11')).toBe('Dara Velmont');
    expect(source(text, '30')).toBe('Kemal Oduya');
  });
  it('leaves the figure with the first speaker where the relative clause ends in no reporting verb', () => {
    const text = 'Home Secretary Dara Velmont counted 11 deaths, while Kemal Oduya, who leads the search, relief and recovery teams of the Varn Relief Council, toured 30 villages.';
    expect(source(text, '30')).toBe('Dara Velmont');
  });
});

describe('a body, a title and abbreviated ranks before the name', () => {
  it('reads "Varn Army chief Gen. NAME reported" as that person', () => {
    expect(source('Dara Velmont counted 11 deaths, while Varn Army chief Gen. Kemal Oduya reported 30 bodies.', '30')).toBe('Kemal Oduya');
  });
  it('reads the body\'s short form in brackets before the title', () => {
    expect(source('Dara Velmont counted 11 deaths, while Varn Defence Force (VDF) chief Gen. Kemal Oduya reported 30 bodies.', '30')).toBe('Kemal Oduya');
  });
  it('reads "said army spokesman Maj. Gen. NAME" as that person', () => {
    expect(source('Trucks had moved at least 6,500 people out of the valley, said army spokesman Maj. Gen. Kemal Oduya.', 'at least 6,500')).toBe('Kemal Oduya');
  });
  it('gives nothing where no reporting verb stands before the ranks', () => {
    expect(source('Trucks had moved at least 6,500 people out of the valley, led by army spokesman Maj. Gen. Kemal Oduya.', 'at least 6,500') ?? null).toBeNull();
  });
});

describe('"NAME, the head of the X agency said" with no closing comma', () => {
  it('gives the quote and its counts to the person, not the agency the apposition names', () => {
    const r = extract('Kemal Oduya, the head of the Varnex relief agency said, “So far we count 21 deaths, 9 of them in Ostra.”');
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Kemal Oduya');
    expect(figure(r, '21').claim.attributedTo).toBe('Kemal Oduya');
  });
  it('leaves the agency as the speaker where the name is the object of the clause before', () => {
    expect(source('Medics treated Kemal Oduya, the head of the Varnex relief agency said, adding that 21 people died.', '21')).not.toBe('Kemal Oduya');
  });
});

describe('"X disputed the figures, saying N, while Y put it at M"', () => {
  it('gives the second count to the unnamed plural of the "while" clause ("parties" read as a speaker\'s noun)', () => {
    const r = extract('The charity Kelmor Aid disputed the official count, saying the toll was nearer 140, while regional opposition parties put it at about 320.');
    expect(figure(r, '140').claim.attributedTo).toBe('Kelmor Aid');
    expect(figure(r, 'about 320').claim.attributedTo ?? null).toBeNull();
    expect(figure(r, 'about 320').claim.reportedBy).toBe('regional opposition parties');
  });
  it('keeps a "while" clause that reports nothing with the first speaker', () => {
    const r = extract('The charity Kelmor Aid disputed the official count, saying the toll was nearer 140, while regional opposition parties held 320 rallies.');
    expect(figure(r, '320').claim.reportedBy ?? null).not.toBe('regional opposition parties');
  });
});

describe('"While A claimed N, B contradicted that estimate, saying M"', () => {
  it('gives M to the body whose verb goes on with ", saying"', () => {
    const r = extract('While the unions claimed that 640,000 workers struck, the Ostra Labour Ministry rejected that figure, saying only 215,000 stayed away.');
    expect(figure(r, '640,000').claim.reportedBy).toBe('the unions');
    expect(figure(r, '215,000').claim.attributedTo).toBe('Ostra Labour Ministry');
  });
  it('leaves M to the first claimant where the body\'s clause has no saying in it', () => {
    const r = extract('While the unions claimed that 640,000 workers struck, the Ostra Labour Ministry rejected that figure and 215,000 stayed away.');
    expect(figure(r, '215,000').claim.attributedTo ?? null).not.toBe('Ostra Labour Ministry');
  });
});

describe('a trailing "according to X" after a tag of its own relays that tag\'s report', () => {
  it('gives the count to the alleging subject, not to the agency passing it on', () => {
    const r = extract('Up to 260 people have died in two days of clashes in Ostra, the main opposition alliance has alleged, according to Kelmor Radio.');
    expect(figure(r, 'Up to 260').claim.attributedTo ?? null).toBeNull();
    expect(figure(r, 'Up to 260').claim.reportedBy).toBe('the main opposition alliance');
  });
  it('reads "according to A, according to B" as A reporting and B relaying', () => {
    const r = extract('Across Ostra province 64 people have died this week while nearby Kelmor province recorded 21 deaths, according to district health officials, according to Varn Radio.');
    expect(figure(r, '21').claim.attributedTo ?? null).toBeNull();
    expect(figure(r, '21').claim.reportedBy).toBe('district health officials');
  });
  it('keeps "according to X" as the source after a clause that only tells what happened', () => {
    const r = extract('By Sunday, six bodies had been found and another 30 people rescued, according to Varn Radio.');
    expect(figure(r, '30').claim.attributedTo).toBe('Varn Radio');
  });
});

describe('"X said the Y\'s announcement that … killed N was wrong"', () => {
  it('gives the counts of the announcement to the body that made it, not to the one disputing it', () => {
    const r = extract("Health officer Dara Velmont said the Red Cross's announcement that a fever outbreak in the hill district of Ostra has left 38 people dead and 95 in hospital rested on a faulty count.");
    expect(figure(r, '38').claim.attributedTo).toBe('Red Cross');
    expect(figure(r, '95').claim.attributedTo).toBe('Red Cross');
  });
  it('leaves a count the speaker gives after an announcement with the speaker', () => {
    const r = extract("Health officer Dara Velmont said the Red Cross's announcement was late and that 38 people have died.");
    expect(figure(r, '38').claim.attributedTo).toBe('Dara Velmont');
  });
});

describe('a closing ", data by X has shown"', () => {
  it('gives the sentence\'s figures to the body whose data shows them', () => {
    const r = extract('Food prices rose by 4.3 per cent against 3.9 per cent in March, data by the Ostra Statistics Office has shown.');
    expect(figure(r, '4.3 per cent').claim.attributedTo).toBe('Ostra Statistics Office');
    expect(figure(r, '3.9 per cent').claim.attributedTo).toBe('Ostra Statistics Office');
  });
  it('gives nothing where the data is not what the sentence tells', () => {
    const r = extract('Food prices rose by 4.3 per cent in March, and data by the Ostra Statistics Office was late.');
    expect(figure(r, '4.3 per cent').claim.attributedTo ?? null).toBeNull();
  });
});

describe('a closing tag "NAME and police said"', () => {
  it('gives the figure to the named speaker joined to the police', () => {
    expect(source('Two more hikers were found dead on the ridge, Kemal Oduya and police said.', 'Two')).toBe('Kemal Oduya');
  });
  it('gives nothing where the name and the police are the subject of another clause', () => {
    expect(source('Two more hikers were found dead after Kemal Oduya and police said the ridge was safe.', 'Two') ?? null).toBeNull();
  });
});

describe('"quoted the ministry of X as saying N"', () => {
  it('gives the count to the body quoted, which the text does not name', () => {
    const r = extract('Local radio quoted the ministry of health as saying nine people had died and 31 were hurt.');
    expect(figure(r, 'nine').claim.reportedBy).toBe('the ministry of health');
    expect(figure(r, '31').claim.reportedBy).toBe('the ministry of health');
  });
  it('gives nothing to a text the outlet quotes', () => {
    const r = extract('Local radio quoted a statement as saying nine people had died.');
    expect(figure(r, 'nine').claim.reportedBy ?? null).toBeNull();
  });
});
