// "The mayor-elect assured that “…”": a title ending in "-elect" stands for the person the text told won the vote.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('“The <title>-elect assured that “…”” after the winner is named', () => {
  it('gives the quote to the person the text told won, past an apposition and a later name', () => {
    const text =
      'Tomas Varn, a former teacher from Kelmor, has won the runoff for governor of Ostra. Ana Ruiz conceded on Monday night. ' +
      'The governor-elect assured that “tonight belongs to every farmer in the valley” and thanked his campaign.';
    const q = quote(text, 'tonight belongs');
    expect(q?.attributedTo).toBe('Tomas Varn');
    expect(q?.reportedBy ?? null).toBeNull();
  });
  it('reads the verb of speech with a colon too, and "was elected" as the win', () => {
    const text = 'Ana Ruiz was elected mayor of Varn on Sunday. The mayor-elect declared: “We will rebuild the old bridge first.”';
    expect(quote(text, 'We will rebuild')?.attributedTo).toBe('Ana Ruiz');
  });
  it('leaves the quote to the description where no one is told to have won', () => {
    const text = 'Voters in Ostra went to the polls on Sunday, and Tomas Varn cast his ballot early. The president-elect assured that “tonight belongs to every farmer in the valley” and left.';
    const q = quote(text, 'tonight belongs');
    expect(q?.attributedTo).toBeNull();
    expect(q?.reportedBy).toBe('the president-elect');
  });
});
