// Quoted words that are nobody's statement: a scare word after "alleged", a programme's title after "in"/"on", a quoted description of who spoke.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quotes = (text: string) => extract(text).claims.filter((c) => c.kind === 'quote').map((c) => c.text);

describe('a scare word after "alleged" or "so-called"', () => {
  it('is no quote of the sentence’s speaker', () => {
    const text = 'The army of Varn previously said it struck the depot to target alleged “saboteurs” hiding there.';
    expect(quotes(text)).not.toContain('saboteurs');
  });
  it('keeps a short quote the speaker uses as a word of his own', () => {
    const text = 'Tomas Varn, the mayor of Ostra, said the response was “shameful” and asked for an inquiry.';
    expect(quotes(text)).toContain('shameful');
  });
});

describe('a title after "in" or "on" with no closing punctuation', () => {
  it('is the programme the words were said in, not a quote', () => {
    const text = 'We will not give up the vote, said Tomas Varn in “Morning with Kel”, referring to the polls.';
    expect(quotes(text)).not.toContain('Morning with Kel');
  });
  it('keeps a sentence quoted after "on" that closes with its own punctuation', () => {
    const text = 'Ana Ruiz posted on “We will rebuild every bridge in Kelmor.” late on Sunday, her office said.';
    expect(quotes(text).some((q) => q.startsWith('We will rebuild'))).toBe(true);
  });
});

describe('quoted words describing who spoke, before the verb of speech', () => {
  it('are no quote of the outlet told', () => {
    const text = 'A guard was killed in Kelmor, a "local source close to the army" told the Ostra news agency on Friday.';
    expect(quotes(text)).not.toContain('local source close to the army');
  });
  it('keep a quote that a verb of speech follows when it ends in a comma', () => {
    const text = 'The shelling went on, and a "local source close to the army," told the Ostra news agency on Friday.';
    expect(quotes(text)).toContain('local source close to the army');
  });
});

describe('a stray straight apostrophe before a capital, after a connector', () => {
  it('opens no quote running to the paragraph end', () => {
    const text = 'Dozens were trapped, declared the minister of \'Health Oskar Pellan on Varn Radio.';
    expect(quotes(text)).toEqual([]);
  });
  it('keeps a single-quoted statement after a verb, closed or not', () => {
    expect(quotes("Oskar Pellan said 'We will rebuild every house in the valley' on Friday.")).toContain('We will rebuild every house in the valley');
    expect(quotes("Oskar Pellan said: 'We will rebuild every house in the valley.")).toContain('We will rebuild every house in the valley.');
  });
});
