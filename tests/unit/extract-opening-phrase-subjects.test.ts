// A phrase of time or cause opening a sentence ("Following …,", "After …,", "Since …,") names no subject of the clause after it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const sourceOf = (text: string) => extract(text).claims.find((c) => c.kind === 'statement')?.attributedTo ?? null;

describe('a "saying" after an opening phrase', () => {
  it('gives the statement to the subject after the phrase, not to the name inside it', () => {
    expect(sourceOf('Following the declaration of President Tomas Vell as victor, Ana Ruiz has refused to accept the count, saying she will appeal.')).toBe('Ana Ruiz');
    expect(sourceOf('After a rally held by Tomas Vell, Ana Ruiz left the party, saying it had lost its way.')).toBe('Ana Ruiz');
  });

  it('keeps the name of a sentence with no opening phrase', () => {
    expect(sourceOf('Ana Ruiz, who lost to Tomas Vell, has refused to accept the count, saying she will appeal.')).toBe('Ana Ruiz');
  });

  it('does not pass the statement of an unnamed subject to the name inside the phrase', () => {
    expect(sourceOf('Following talks with Ana Ruiz, the minister turned down the plan, saying it cost too much.')).not.toBe('Ana Ruiz');
  });

  it('reads a clause of time ("Since X took office,") as such a phrase', () => {
    expect(sourceOf('Since Governor Tomas Vell took office on Jan. 4, the ministry has issued weekly statistics, saying that March deaths were down.')).not.toBe('Tomas Vell');
    expect(sourceOf('When Tomas Vell took office, Ana Ruiz quit the cabinet, saying she could not serve him.')).toBe('Ana Ruiz');
  });

  it('keeps the person who opens the sentence with no such clause', () => {
    expect(sourceOf('Governor Tomas Vell took office on Jan. 4 and has issued weekly statistics, saying that March deaths were down.')).toBe('Tomas Vell');
  });
});

