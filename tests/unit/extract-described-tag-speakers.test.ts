// Tags naming a speaker by a body aside, a spokesperson's body, a plain trade, or as a man or a woman:
// `<Name>, of the <body> in <place>, said: “…”`, `,” the spokeswoman for the <Body> said`,
// `according to the supervisor, <Name>`, `,” a woman surnamed <Name>, whose …, said`.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure, quoteStarting as quote } from './extract-helpers';

describe('<Name>, of the <body> in <place>, said: “…”', () => {
  it('gives the quote to the person, past the aside naming his body and town', () => {
    const text = 'Tomas Varn, of the dockers\' union in Ostra, said of the leak: "We all know the firm will try to make this look small."';
    expect(quote(text, 'We all know the firm')?.attributedTo).toBe('Tomas Varn');
  });
  it('does not read a place alone after the comma as such an aside', () => {
    const text = 'Tomas Varn, who met the dockers\' union in Ostra, said of the leak: "We all know the firm will try to make this look small."';
    expect(quote(text, 'We all know the firm')?.attributedTo).not.toBe('Ostra');
  });
});

describe('“…,” the spokeswoman for the <Body> said', () => {
  it('gives the quote to the body the spokeswoman speaks for', () => {
    const text = 'The blaze reached Ostra on Monday. "We will check every single street," the spokeswoman for the Kelmor fire service said on radio.';
    expect(quote(text, 'We will check every')?.attributedTo).toBe('Kelmor fire service');
  });
  it('leaves a spokeswoman for a body not named to no one named', () => {
    const text = 'The blaze reached Ostra on Monday. "We will check every single street," the spokeswoman for the fire service said on radio.';
    expect(quote(text, 'We will check every')?.attributedTo).toBeNull();
  });
});

describe('according to the supervisor, <Name>', () => {
  it('credits the count to the person a supervisor\'s title describes', () => {
    const r = extract('In the past week alone, 90 flood victims were buried at the town cemetery, according to the supervisor, Tomas Varn, who keeps the register.');
    expect(figure(r, '90').claim.attributedTo).toBe('Tomas Varn');
  });
  it('leaves the count to the unnamed supervisor where no name follows', () => {
    const r = extract('In the past week alone, 90 flood victims were buried at the town cemetery, according to the supervisor.');
    expect(figure(r, '90').claim.attributedTo).toBeNull();
  });
});

describe('“…,” a woman surnamed <Name>, whose …, said', () => {
  const SCENE = 'Kelmor TV showed the flooded shaft on Monday. ';
  it('gives the quote, and the next in the paragraph, to the woman the tag describes, not the outlet before', () => {
    const text = SCENE + '"The bosses are to blame for every bit of it," a woman surnamed Lu, whose son is still underground, said by the pit head. "They had been warned for years."';
    const first = quote(text, 'The bosses are to blame');
    expect(first?.attributedTo).toBeNull();
    expect(first?.reportedBy).toBe('a woman surnamed Lu');
    expect(quote(text, 'They had been warned')?.reportedBy).toBe('a woman surnamed Lu');
  });
  it('gives a quote to "an elderly man" the tag names, with his clause set off', () => {
    const text = SCENE + '"The bosses are to blame for every bit of it," an elderly man, who lost his son, said by the pit head.';
    expect(quote(text, 'The bosses are to blame')?.reportedBy).toBe('an elderly man');
  });
  it('does not read a man the tag speaks of as its speaker', () => {
    const text = SCENE + '"The bosses are to blame for every bit of it," a man was told by the pit head.';
    expect(quote(text, 'The bosses are to blame')?.reportedBy ?? null).not.toBe('a man');
  });
});
