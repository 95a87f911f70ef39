// @vitest-environment node
// Two sides' counts in one story: each figure keeps the side that gave it, named or not, across
// "while"/"although" clauses, "saying" participles and the pronouns that stand for a side.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value by/rep" of each figure claim of `text`. */
const figures = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'}/${c.reportedBy ?? '-'}`);

describe('a "while"/"although" clause keeps its source to itself', () => {
  it('gives a group of speakers its main clause, and the named body of the "while" clause only its own count', () => {
    const text = 'Volunteer paramedics have said 212 people were killed and 530 wounded in the raid, while the Interior Ministry had put the death toll at 74.';
    expect(figures(text)).toEqual(['212 -/Volunteer paramedics', '530 -/Volunteer paramedics', '74 Interior Ministry/-']);
  });

  it('does not reach back over "although" to the figure of the clause before', () => {
    const text =
      'The military said the week of fighting near Korvo town, about 90 kilometers north of Ostra, has left 14 insurgents dead, although regional army commander Lt. Gen. Tomas Ruell said troops found only nine bodies.';
    // (The distance placing the town is no figure: extract-figure-lengths-and-terms.test.ts.)
    expect(figures(text)).toEqual(['14 -/the military', '9 Tomas Ruell/-']);
  });

  it('gives the unnamed subject of a "while" clause its count after a report by someone else unnamed', () => {
    const text = 'Insurgents shot dead three village guards, a rebel spokesman said Monday, while government troops claimed to have killed 12 insurgents in the hills.';
    expect(figures(text)).toContain('12 -/government troops');
  });
});

describe('a participle reports for the subject of its sentence', () => {
  it('gives a "saying" clause to an unnamed group opening the sentence', () => {
    expect(figures('The separatists swiftly rejected the count, saying only two fighters were killed.')).toEqual(['2 -/the separatists']);
  });

  it('gives a reporting verb joined by "and" to the unnamed subject opening the sentence, past an apposition', () => {
    expect(figures('But the state radio of Varnia, a close ally, rejected the account and said the raid had killed one farmer.')).toEqual(['1 -/the state radio']);
    // Another speaker after the last comma is the subject of the joined verb.
    expect(figures('The separatists stormed the post, the army hit back and said 30 fighters died.')).toEqual(['30 -/-']);
  });

  it('gives a partial quote in a "saying" clause to a person named after a title of several words', () => {
    const quote = extract('Chief electoral officer Mara Tollen rejected claims of fraud, saying the count had been entirely “clean and orderly.”').claims.find((c) => c.kind === 'quote');
    expect(quote?.attributedTo).toBe('Mara Tollen');
  });
});

describe('a pronoun stands for the speaker before it', () => {
  const after = (said: string) =>
    [
      'Army spokesman Colonel Ivo Brandt said troops had repelled the attack.',
      `The rebels accused the army of breaking the truce. “They should have lost more men,” ${said} said, rejecting the army's version. “They attacked first.”`,
      'He said three of the six fighters killed were brothers. Two soldiers also died in the clash, he said.',
    ].join('\n');

  it('"he" after a quote is its speaker: a person, or a one-word name of no known kind', () => {
    expect(figures(after('Lena Markos'))).toEqual(['3 Lena Markos/-', '6 Lena Markos/-', '2 Lena Markos/-']);
    const text = after('Odalu');
    expect(extract(text).mentions.find((m) => m.name === 'Odalu')?.kind).toBe('other');
    expect(figures(text)).toEqual(['3 Odalu/-', '6 Odalu/-', '2 Odalu/-']);
  });

  it('"they" opening a report stands for the group that opened the sentence before', () => {
    const text = 'Hill separatists have accused the police of burning a village. They say at least nine militants were killed.';
    expect(figures(text)).toEqual(['9 -/Hill separatists']);
  });

  it('", he said" stands for the unnamed spokesman of the sentence before', () => {
    const text = 'But a navy spokesman rejected the account and said sailors were fired on first. The clash left five attackers dead, he said.';
    expect(figures(text)).toEqual(['5 -/a navy spokesman']);
    // No "he" stands for a body, nor "they" for a group across a named source.
    expect(figures('The ministry rejected the account. The clash left five attackers dead, he said.')).toEqual(['5 -/-']);
    expect(figures('The rebels accused the army of an attack. Ana Ruiz said the village burned. They say nine died.')).toEqual(['9 -/-']);
  });
});
