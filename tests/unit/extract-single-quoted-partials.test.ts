// Quotes in the marks and layouts some sites use: a few words in single marks (British and Irish house
// style), quotes opened with ”, a quote over several paragraphs after "he said", and a subject right
// before a quote that holds its verb.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "speaker: words" of each quote claim. */
const quotes = (text: string): string[] => extract(text).claims.filter((c) => c.kind === 'quote').map((c) => `${c.attributedTo ?? '-'}: ${c.text}`);

describe('quotes in single marks', () => {
  it("gives a few words in single marks to the sentence's speaker, but no apostrophes, elisions or names in them", () => {
    const text =
      "Chief executive Dr Lina Varga said rock 'n' roll sales of the '90s at the 'Ostra Heart' stores were over, and trading before Easter would be 'decisive'.";
    expect(quotes(text)).toEqual(['Lina Varga: decisive']);
  });

  it('gives each to the speaker of its own clause', () => {
    const text = "Dr Lina Varga said the model gave 'stability' in the downturn, but major investor Anton Bral said he was 'dismayed' by the figures.";
    expect(quotes(text)).toEqual(['Lina Varga: stability', 'Anton Bral: dismayed']);
  });
});

describe('quotes in unusual layouts', () => {
  it('reads a quote opened with ” after a sentence, going on from the one before', () => {
    const text = '”Some phone lines in the valley are down right now,” Lina Varga said by telephone. ”Hopefully, we will reach all the villages by tomorrow.”';
    const r = extract(text).claims.filter((c) => c.kind === 'quote');
    expect(r.map((q) => q.attributedTo)).toEqual(['Lina Varga', 'Lina Varga']);
    expect(r[1]!.text).toBe('Hopefully, we will reach all the villages by tomorrow.');
  });

  it('gives "he said" and the paragraphs it runs over to the titled name before it, of whatever kind', () => {
    const text =
      'Shares in Kelmor Mining fell 12% on Tuesday.\n' +
      'Kelmor boss Tavio Ramon Ostrega was, unsurprisingly, upbeat about the result.\n' +
      '“The quality of the result improved over the half, reflecting our new strategy,” he said.\n' +
      '“Through better project delivery we steadily increased our margins.\n' +
      '“With a sound balance sheet we are in a position to pursue growth.”';
    expect(quotes(text).map((q) => q.split(':')[0])).toEqual(['Tavio Ramon Ostrega', 'Tavio Ramon Ostrega', 'Tavio Ramon Ostrega']);
  });

  it('gives a quote holding the verb of the name right before it to that name, but not a description', () => {
    const text =
      'In a statement on Sunday, the opposition Ostra Union accused police of brutality.\n' +
      'Ostra Union “denounces and condemns the beating of marchers by the riot police, which caused panic.”\n' +
      'Anton Bral “the best player of his generation” retired on Monday.';
    expect(quotes(text)).toEqual(['Ostra Union: denounces and condemns the beating of marchers by the riot police, which caused panic.', '-: the best player of his generation']);
  });
});

describe('a few quoted words of a source named or meant just before them', () => {
  it('gives them to the person of the "He" opening the sentence', () => {
    expect(quotes('Dr Karl Hartmann toured the ward. He described 12 of the injured as "critical".')).toEqual(['Karl Hartmann: critical']);
  });

  it('gives them to the person a day stands between and the verb ("X on Saturday called …")', () => {
    const text = 'The party denied it. President Paul Brenner\'s spokesman Karl Hoff on Saturday called the opposition "sore losers" after the results came out.';
    expect(quotes(text)).toEqual(['Karl Hoff: sore losers']);
  });
});
