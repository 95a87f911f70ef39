// Quoted lower-case words that name a thing, set in marks twice or after "known as", are no one's quote.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quotes = (text: string) => extract(text).claims.filter((c) => c.kind === 'quote').map((c) => c.text);

describe('a term of a few lower-case words set in quotation marks', () => {
  it('is no quote where the text sets the same words in marks again', () => {
    const text = 'The clinic in Dorvik said 40 farmers fell ill with "severe grain fever" by Sunday.\n\nHealth officials in Ostra have long called the illness \'severe grain fever\' rather than a plague.';
    expect(quotes(text)).not.toContain('severe grain fever');
  });
  it('is no quote after "known as"', () => {
    const text = 'Tomas Varn said the farms were hit by a blight known as "creeping orchard rot" in the spring.';
    expect(quotes(text)).not.toContain('creeping orchard rot');
  });
  it('keeps words a speaker says twice where a function word marks them as speech', () => {
    const text = 'Ana Ruiz said the storm left "so much lost" in the harbour. Tomas Varn, the mayor, agreed there was "so much lost" by then.';
    expect(quotes(text)).toContain('so much lost');
  });
  it('keeps a term quoted once with no word that names it', () => {
    const text = 'Tomas Varn said the farms were hit by "creeping orchard rot" in the spring.';
    expect(quotes(text)).toContain('creeping orchard rot');
  });
});

describe('a name in marks after a verb that names', () => {
  it('is no quote where the full stop closing the sentence stands inside the marks', () => {
    const text = 'Organisers said some 80,000 people joined the walk they called the "Night of Open Doors." Police put the crowd at 30,000.';
    expect(quotes(text)).toEqual([]);
  });
  it('keeps words of speech in capitals after "called" where no naming verb stands right before them', () => {
    const text = 'Organisers said some 80,000 people joined the walk. The mayor called on them to go home, saying "Enough Is Enough."';
    expect(quotes(text)).toEqual(['Enough Is Enough.']);
  });
});
