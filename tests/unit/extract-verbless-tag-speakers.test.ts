// Tags after a quote that name the speaker with no verb of speech, or with two trades joined by "and" before the name.
import { describe, expect, it } from 'vitest';
import { quoteStarting } from './extract-helpers';

describe('a quote followed by a lower-case title and a name with no verb of speech', () => {
  const text =
    'Mayor Petra Lund said the roads were closed.\n\n' +
    '“We have found about 25 bodies in the mud, and we expect more,” county rescue coordinator Jonas Wiklof in an interview with the Varn Gazette on Sunday. “Two bridges are down.”';
  it('gives the quote to the titled person after it, not to the speaker named before', () => {
    expect(quoteStarting(text, 'We have found')?.attributedTo).toBe('Jonas Wiklof');
  });
  it('gives the next quote of the paragraph to the same person', () => {
    expect(quoteStarting(text, 'Two bridges')?.attributedTo).toBe('Jonas Wiklof');
  });
  it('does not give the quote to a titled person whose own verb follows another clause', () => {
    const t = '“The dam held,” county engineer Jonas Wiklof and his deputy wrote to the council later that night.';
    expect(quoteStarting(t, 'The dam held')?.attributedTo).not.toBe('Jonas Wiklof');
  });
});

describe('two trades joined by "and" before a speaker’s name', () => {
  it('reads "“…,” shopkeeper and eyewitness X told …" as X speaking', () => {
    const t = '“Six cars were crushed when the wall fell,” shopkeeper and eyewitness Marta Oyelaran told the Kelmor Times.';
    expect(quoteStarting(t, 'Six cars')?.attributedTo).toBe('Marta Oyelaran');
  });
  it('still reads a single trade before the name', () => {
    const t = '“Six cars were crushed when the wall fell,” eyewitness Marta Oyelaran told the Kelmor Times.';
    expect(quoteStarting(t, 'Six cars')?.attributedTo).toBe('Marta Oyelaran');
  });
  it('does not read "X and trade Y said" as X speaking', () => {
    const t = '“We stayed all night,” Marta Oyelaran and eyewitness Tomas Brandt said.';
    expect(quoteStarting(t, 'We stayed')?.attributedTo).not.toBe('Marta Oyelaran');
  });
});
