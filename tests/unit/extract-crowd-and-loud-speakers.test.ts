// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Each quote claim of `text` as [its first words, speaker, unnamed reporter]. */
const quotes = (text: string): [string, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.attributedTo, c.reportedBy]);

const lead = 'Party leader Tomas Varn closed his campaign in Kelmor on Saturday. ';

describe('a verb of speaking loudly after a quote', () => {
  it('tags the quote as "said" does, and the next untagged quote goes on with the speaker', () => {
    expect(quotes(`${lead}“The harbour belongs to all of us,” Varn shouted to a packed square near the Ostra docks.`)).toEqual([
      ['The harbour belongs', 'Tomas Varn', null],
    ]);
    const text = `${lead}“We will carry the valley by spring,” Varn yelled to hundreds of farmers. Turning to the council, Varn waved at the stands. “Go out and vote on Sunday.”`;
    expect(quotes(text)).toEqual([
      ['We will carry', 'Tomas Varn', null],
      ['Go out and', 'Tomas Varn', null],
    ]);
  });

  it('gives a quote someone unnamed yells to them, not to the person named before', () => {
    expect(quotes(`${lead}“We will carry the valley by spring,” a farmer yelled from the back.`)).toEqual([['We will carry', null, 'a farmer']]);
  });
});

describe('a crowd that chants or cheers a quote', () => {
  it('is the quote’s speaker, not the person named before it', () => {
    expect(quotes(`${lead}“We stay on the land,” said Varn. “Out with the old council,” chanted the crowd.`)).toEqual([
      ['We stay on', 'Tomas Varn', null],
      ['Out with the', null, 'the crowd'],
    ]);
    expect(quotes(`${lead}“We stay on the land and never go back,” said Varn, the last speaker at the rally, as the crowd cheered “Out with them.”`)).toEqual([
      ['We stay on', 'Tomas Varn', null],
      ['Out with them.', null, null],
    ]);
  });

  it('leaves a quote a named person introduces in the same sentence as it was', () => {
    expect(quotes(`${lead}As the crowd waited, Varn declared “Out with the old council.”`)).toEqual([['Out with the', 'Tomas Varn', null]]);
  });
});

describe('a quote with no tag right after a sentence a person opens', () => {
  const earlier = 'Tomas Varn spoke in Kelmor on Saturday. “The harbour is ours,” Varn said.\n\nThe rally ran late into the night.\n\n';

  it('is that person’s words, also after an opening phrase of a participle', () => {
    expect(quotes(`${earlier}Calling the council “thieves of the harbour,” Varn turned to the cheering crowd. “Go out and vote on Sunday.”`).at(-1)).toEqual([
      'Go out and',
      'Tomas Varn',
      null,
    ]);
  });

  it('is no one’s where that sentence is in another paragraph or opens with no person', () => {
    expect(quotes(`${earlier}Calling the council “thieves of the harbour,” Varn turned to the cheering crowd.\n\n“Go out and vote on Sunday.”`).at(-1)).toEqual([
      'Go out and',
      null,
      null,
    ]);
    expect(quotes(`${earlier}After the speech the crowd turned to the stage. “Go out and vote on Sunday.”`).at(-1)).toEqual(['Go out and', null, null]);
  });
});
