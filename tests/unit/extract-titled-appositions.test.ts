// A person's title that names a body or a place ("Party secretary for Kelmor", "chief of Kelmor, the city …"): the person speaks, not what the title is of.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('a title naming a body before its head', () => {
  it('gives "X, Unity Party secretary for Kelmor, told …" to X', () => {
    const r = extract('Tomas Brandel, Unity Party secretary for Kelmor, told Varn Radio that 32 people were killed.');
    expect(figure(r, '32').claim.attributedTo).toBe('Tomas Brandel');
  });
  it('keeps a body speaking where no person stands before the comma', () => {
    const r = extract('The quake hit Kelmor, Ostra Red Cross said, and 32 people were killed.');
    expect(figure(r, '32').claim.attributedTo).not.toBe('Kelmor');
  });
});

describe('an apposition on the place ending a person\'s title', () => {
  it('gives "…, X, the party chief of Kelmor, the city at the epicentre, told …" to X', () => {
    const r = extract('More than 600 people have been injured, Tomas Brandel, the Unity Party chief of Kelmor, the city at the epicentre, told Varn Radio.');
    expect(figure(r, 'More than 600').claim.attributedTo).toBe('Tomas Brandel');
  });
  it('keeps a body with its own apposition as the speaker', () => {
    const r = extract('The Kelmor Times, a daily paper, said 40 people were hurt.');
    expect(figure(r, '40').claim.attributedTo).toBe('Kelmor Times');
  });
});

describe('a title in brackets after a name', () => {
  it('reads names each followed by a title in brackets as people', () => {
    const r = extract('Varn councillors Daria Velmont (the council’s budget chief), Oskar Trelby (the deputy mayor) and Ilko Marvanes (the harbour commissioner) released a statement Friday.');
    expect(r.mentions.map((m) => [m.name, m.kind])).toEqual([
      ['Daria Velmont', 'person'],
      ['Oskar Trelby', 'person'],
      ['Ilko Marvanes', 'person'],
    ]);
  });
  it('keeps a body whose brackets give its kind, not an office', () => {
    expect(extract('The Ostra Unity Front (the ruling party) said no.').mentions.map((m) => [m.name, m.kind])).toEqual([['Ostra Unity Front', 'organization']]);
  });
});

describe('a possessive with a courtesy title in the apposition before the verb', () => {
  const speaker = (text: string, start: string): string | null => extract(text).claims.find((c) => c.kind === 'quote' && c.text.startsWith(start))?.attributedTo ?? null;
  it('gives “…,” X, Mr. Y’s trade envoy, said … to X, and the quote right after him too', () => {
    const text = 'Talks resumed on Monday. “We have closed most of the gap with Ostra,” Pieter V. Lannis, Mr. Holt’s trade envoy, said in an interview. “So we can sign by June.”';
    expect(speaker(text, 'We have closed')).toBe('Pieter V. Lannis');
    expect(speaker(text, 'So we can sign')).toBe('Pieter V. Lannis');
  });
  it('does not read past a full stop that ends the sentence after a name', () => {
    const text = 'Talks resumed on Monday. “We have closed most of the gap with Ostra,” Pieter V. Lannis wrote to Mr. Holt. Trade envoys said in an interview that talks would go on.';
    expect(speaker(text, 'We have closed')).toBe('Pieter V. Lannis');
  });
});
