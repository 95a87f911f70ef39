// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** The speaker given to the quote that holds `words`. */
function speakerOf(text: string, words: string): string | null {
  const quote = extract(text).claims.find((c) => c.kind === 'quote' && c.text.includes(words));
  if (!quote) throw new Error(`no quote with "${words}"`);
  return quote.attributedTo;
}

/** The source of the figure claim whose number is `phrase`. */
function sourceOfFigure(text: string, phrase: string): string | null {
  const claim = extract(text).claims.find((c) => c.kind === 'figure' && c.figures[0]!.phrase === phrase);
  if (!claim) throw new Error(`no figure "${phrase}"`);
  return claim.attributedTo;
}

describe('round 9: a clause keeps its own source', () => {
  it('gives the first clause of "X, which …, had suggested N but Title Y said M" to no one, and M to Y', () => {
    const text = 'Her party, which staged the march, had suggested two million would come but Brask Police Chief Anton Vell said 300,000 came.';
    expect(sourceOfFigure(text, 'two million')).toBeNull();
    expect(sourceOfFigure(text, '300,000')).toBe('Anton Vell');
  });

  it('keeps a joined verb with a number after it to its clause, whatever verb closes the sentence', () => {
    const text = 'The ministry said two million would come but Anton Vell said 300,000 showed up.';
    expect(sourceOfFigure(text, 'two million')).toBeNull();
  });

  it('gives what follows "quoting X as saying" to X', () => {
    const text =
      'A day after Health Minister Lina Varga raised the official toll to 180,000, her office released a statement quoting President Anton Bral as saying 150,000 people had been buried.';
    expect(sourceOfFigure(text, '180,000')).toBe('Lina Varga');
    expect(sourceOfFigure(text, '150,000')).toBe('Anton Bral');
  });

  it('gives "<Place> police put the figure at N" to the police, and the clause after "while" to its own source', () => {
    const text = 'The Kelmor police put the figure at 40,000 while the Interior Ministry said the number was 18,000.';
    expect(sourceOfFigure(text, '40,000')).toBe('Kelmor police');
    expect(sourceOfFigure(text, '18,000')).toBe('Interior Ministry');
    // A short form in brackets may stand between the clause's subject and its verb.
    const bracketed = 'The Kelmor police put the figure at 40,000 while the Interior Security Bureau (ISB) said the number was 18,000.';
    expect(sourceOfFigure(bracketed, '18,000')).toBe('Interior Security Bureau');
  });

  it('gives a figure after "X put the number at" to X', () => {
    expect(sourceOfFigure('Kelmor Party spokesperson Ana Ruiz put the number at 10,000.', '10,000')).toBe('Ana Ruiz');
  });
});

describe('round 9: speakers after a quote behind a title', () => {
  it('reads a long description before the name set off by commas', () => {
    const text = '"Police have arrested 3,000 of our members," a senior leader of the Kelmor Union alliance of farm groups, Ana Ruiz, told reporters here.';
    expect(speakerOf(text, 'Police have arrested')).toBe('Ana Ruiz');
  });

  it('reads a lower-case title before the name', () => {
    expect(speakerOf('"We will travel by train to the capital," defence counsel Ana Ruiz said.', 'We will travel')).toBe('Ana Ruiz');
    expect(speakerOf('"It is a great day," opposition lawmaker Ana Ruiz retorted on Twitter.', 'great day')).toBe('Ana Ruiz');
  });

  it('reads a number inside a body named before the title', () => {
    expect(speakerOf('"The situation is very grim," Kelmor County Fire District 21 Chief Ana Ruiz said.', 'very grim')).toBe('Ana Ruiz');
  });

  it('gives a quote a colon introduces to the person the sentence opens with', () => {
    const text = 'Ana Ruiz spoke next. Ruiz interrupted him in Spanish, giving a lower number: "No, the official number is 90,000."';
    expect(speakerOf(text, 'official number')).toBe('Ana Ruiz');
    // A sentence that opens with no person gives its quote no speaker.
    expect(speakerOf('The report ended with a warning: "No town is safe."', 'No town')).toBeNull();
  });
});

describe('round 9: a full stop with its space lost still ends a sentence', () => {
  it('does not read a figure of the next sentence into the clause before', () => {
    const text = 'The toll was lower than the 800 given by the authorities.In the afternoon, the mayor read the names of 279 people.';
    const claim = extract(text).claims.find((c) => c.kind === 'figure' && c.figures[0]!.phrase === '800');
    expect(claim?.text).not.toContain('279');
  });
});

describe('round 9: a participle’s subject is the one that acts', () => {
  it('gives "…, citing …" to no one where an unnamed subject acts on a person named after its verb', () => {
    const text = 'Mara Voss landed in Brask on Monday. Earlier, officials advised Voss to travel by air, citing the risk of 30 roadblocks.';
    const sources = extract(text).claims.filter((c) => c.kind !== 'quote').map((c) => c.attributedTo);
    expect(sources).not.toContain('Mara Voss');
  });

  it('still gives "…, citing …" to a person who is the subject', () => {
    const text = 'Mara Voss cancelled the trip to Brask, citing the risk of 30 roadblocks.';
    expect(sourceOfFigure(text, '30')).toBe('Mara Voss');
  });
});
