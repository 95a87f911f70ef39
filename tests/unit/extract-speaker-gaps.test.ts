// Subjects a few words away from their reporting verb: a title whose closing comma is left out, and asides between name and verb.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('a closing "X, the … spokesman said" with no comma before the verb', () => {
  it('gives the clause before it to the named person, not to a person named earlier', () => {
    const r = extract('Governor Tomas Brandt said the raid began at night. Nine soldiers and four police were killed in the battle, Ana Kelmor, the provincial governor’s spokesman said.');
    expect(figure(r, 'Nine').claim.attributedTo).toBe('Ana Kelmor');
    expect(figure(r, 'four').claim.attributedTo).toBe('Ana Kelmor');
  });
  it('leaves a name with no comma before it as the object of the clause before', () => {
    const r = extract('Police freed Ana Kelmor, the governor’s spokesman said, and 30 people were later released.');
    expect(figure(r, '30').claim.attributedTo).not.toBe('Ana Kelmor');
  });
});

describe('a bracketed short form and a day between a subject and its verb', () => {
  it('gives "X (short form) on Monday reported" to X', () => {
    const r = extract('Ostra Telecom (Ostra Tel) on Monday reported net profit of Rs 12.5 crore for the quarter.');
    expect(figure(r, 'Rs 12.5 crore').claim.attributedTo).toBe('Ostra Telecom');
  });
  it('gives "X Monday reported", a day with no "on", to X', () => {
    const r = extract('Kelmor group flagship Varn Corporation Monday reported a 51 per cent rise in net profit.');
    expect(figure(r, '51 per cent').claim.attributedTo).toBe('Varn Corporation');
  });
  it('does not make a place glossed in brackets the subject', () => {
    const r = extract('A hospital in Varn (Kelmor) on Monday reported 40 deaths.');
    expect(figure(r, '40').claim.attributedTo).toBeNull();
  });
});

describe('an age or a participle clause between a name and its verb', () => {
  it('reads "X, 40, told reporters" as X speaking, for a quote and for a figure', () => {
    const r = extract('“We will not quit,” Ana Varn, 40, told reporters at the party office. Tomas Brandt, 52, said 300 people had died.');
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Ana Varn');
    expect(figure(r, '300').claim.attributedTo).toBe('Tomas Brandt');
  });
  it('reads "X, visiting the area, said" as X speaking', () => {
    const r = extract('Kofi Brandt, visiting the flooded area, said 300 people had died.');
    expect(figure(r, '300').claim.attributedTo).toBe('Kofi Brandt');
    const named = extract('Kofi Brandt, visiting as part of the Kelmor Council, said 300 people had died.');
    expect(figure(named, '300').claim.attributedTo).toBe('Kofi Brandt');
  });
  it('leaves an age of someone the verb turns round from to that verb’s own subject', () => {
    const r = extract('The flood killed 12 people, among them Tomas Brandt, 40, reported the Kelmor Times.');
    expect(figure(r, '12').claim.attributedTo).toBe('Kelmor Times');
  });
});

describe('a title a name owns, with a plain noun before its head, between a speaker and the verb', () => {
  it('gives "“…,” X, Y’s campaign manager, told a news conference" to X', () => {
    const r = extract('“We will contest every result in the courts,” Tomas Brandt, Varn’s campaign manager, told a news conference.');
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Tomas Brandt');
  });
  it('leaves an apposition that is no title ("Y’s old friend") breaking the link', () => {
    const r = extract('“We will contest every result in the courts,” Tomas Brandt, Varn’s old friend, told a news conference.');
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBeNull();
  });
});

describe('the body owning a toll owns the figure it stands at', () => {
  it('gives "the Kelmor government’s official death toll, still at 73,000," to that government', () => {
    const r = extract('The central Kelmor government’s official death toll, still at 73,000, was given last week.');
    expect(figure(r, '73,000').claim.attributedTo).toBe('Kelmor government');
  });
  it('gives "the Red Cross’s toll stood at 40" to the Red Cross over the sentence’s speaker', () => {
    const r = extract('The Kelmor Red Cross’s toll stood at 40, police said.');
    expect(figure(r, '40').claim.attributedTo).toBe('Kelmor Red Cross');
  });
  it('leaves a place’s toll to no one', () => {
    const r = extract('Kelmor’s toll rose to 40 on Monday.');
    expect(figure(r, '40').claim.attributedTo).toBeNull();
  });
});

describe('the agent of a passive verb of making known reports the sentence', () => {
  it('gives "while results are being announced by X, the party has won 73 seats" to X', () => {
    const r = extract('While official results are still being announced intermittently by the Kelmor Election Commission (KEC), the party has won 73 of 80 seats.');
    expect(figure(r, '80').claim.attributedTo).toBe('Kelmor Election Commission');
  });
  it('gives "figures released by X show" to X', () => {
    const r = extract('Figures released by the Kelmor Health Ministry show 40 people died.');
    expect(figure(r, '40').claim.attributedTo).toBe('Kelmor Health Ministry');
  });
  it('leaves a figure given by an unnamed agent to no one, though a later one names its agent', () => {
    const r = extract('The official toll is far below the figure of over 100 given by the opposition, but in line with the number given by Kelmor Watch.');
    expect(figure(r, 'over 100').claim.attributedTo).toBeNull();
  });
  it('keeps an active subject before the verb ("X announced by decree")', () => {
    const r = extract('Ana Ruiz announced by decree that 40 people died.');
    expect(figure(r, '40').claim.attributedTo).toBe('Ana Ruiz');
  });
});

describe('bodies that revise or put a magnitude own it', () => {
  it('gives each of two joined clauses its own body ("X downgraded the magnitude to 5.7 and Y pegged it as a magnitude 5.6")', () => {
    const r = extract('The Kelmor Research Centre for Geosciences (KRG) later downgraded the magnitude to 5.7 and the Ostra Geological Survey pegged it as a magnitude 5.6.');
    expect(figure(r, '5.7').claim.attributedTo).toBe('Kelmor Research Centre for Geosciences');
    expect(figure(r, '5.6').claim.attributedTo).toBe('Ostra Geological Survey');
  });
  it('gives "X put the magnitude at 5.7" to X', () => {
    const r = extract('The Kelmor Geological Survey put the magnitude at 5.7.');
    expect(figure(r, '5.7').claim.attributedTo).toBe('Kelmor Geological Survey');
  });
  it('leaves a magnitude a sentence only states to no one', () => {
    const r = extract('The quake had a magnitude of 5.7 and struck at dawn.');
    expect(figure(r, '5.7').claim.attributedTo).toBeNull();
  });
});
