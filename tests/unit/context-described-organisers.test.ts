// The unions and the organisers of a march, bare, as sources where they alone give a count: the other side of the police's
// count of a crowd.
import { describe, expect, it } from 'vitest';
import { cardsOf, counted, said } from './described-helpers';

describe('the unions and the organisers as a source', () => {
  it('gives the unions a card where they give a count', () => {
    const text = 'Police said 5,000 nurses marched in Varn, while the unions claimed 28,000.';
    expect(cardsOf(text, [counted('28,000', 'the unions', 'crowd')])).toEqual([['Unions', 'organization', 'body']]);
  });

  it('gives the organisers a card, one for "organisers" and "the march organisers"', () => {
    const text = 'Organisers said 40,000 farmers joined the march in Ostra. The march organisers said 9,000 more came by train.';
    expect(cardsOf(text, [counted('40,000 farmers joined the march in Ostra', 'organisers', 'crowd'), counted('9,000 more came by train', 'the march organisers', 'crowd')])).toEqual([
      ['Organisers', 'organization', 'body'],
    ]);
  });

  it('gives the organisers a card where a possessive names their event ("the rally\'s organisers")', () => {
    const text = "The rally's organisers estimated that 61,000 teachers filled the avenue in Kelm.";
    expect(cardsOf(text, [counted('61,000 teachers filled the avenue in Kelm', "the rally's organisers", 'crowd')])).toEqual([["Rally's organisers", 'organization', 'body']]);
    // Another's organisers are no march's: the possessive names no event.
    expect(cardsOf("The mayor's organisers said 61,000 came.", [counted('61,000 came', "the mayor's organisers", 'crowd')])).toEqual([]);
  });

  it('gives the unions a card where words count or rank them ("the three biggest unions")', () => {
    const text = 'The three biggest unions said 80 per cent of the Varn postal staff stayed home.';
    expect(cardsOf(text, [counted('80 per cent of the Varn postal staff', 'the three biggest unions', 'crowd')])).toEqual([['Three biggest unions', 'organization', 'body']]);
    // A word that picks out other unions than the strikers' is no bare unions'.
    expect(cardsOf('The Kelmor unions said 80 per cent stayed home.', [counted('80 per cent', 'the Kelmor unions', 'crowd')])).toEqual([]);
  });

  it('joins union leaders to the unions, named by the fuller words', () => {
    const text = 'The unions said 28,000 marched in Varn. Union leaders said 31,000 marched in Kelm.';
    expect(cardsOf(text, [counted('28,000 marched in Varn', 'the unions', 'crowd'), counted('31,000 marched in Kelm', 'union leaders', 'crowd')])).toEqual([
      ['Union leaders', 'organization', 'body'],
    ]);
  });
});

describe('the unions where they give no count', () => {
  it('gives none where the unions only say something', () => {
    const text = 'The unions said the reform was unfair.';
    expect(cardsOf(text, [said('The unions said the reform was unfair.', 'the unions')])).toEqual([]);
  });

  it('gives none to other bare leaders', () => {
    const text = 'Party leaders said 28,000 marched in Varn.';
    expect(cardsOf(text, [counted('28,000 marched in Varn', 'party leaders', 'crowd')])).toEqual([]);
  });
});
