// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Each quote claim of `text` as [its first words, speaker, unnamed reporter]. */
const quotes = (text: string): [string, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.attributedTo, c.reportedBy]);

describe('a title set off by a comma before the name after a quote', () => {
  it('gives the quote to the person, not the body owning the title', () => {
    expect(quotes('"We will build the road before winter," said Ostra\'s chief engineer, Dr. Tomas Varn.')).toEqual([['We will build', 'Tomas Varn', null]]);
    expect(quotes('"We will build the road before winter," said the chief engineer, Tomas Varn.')).toEqual([['We will build', 'Tomas Varn', null]]);
  });

  it('reads the title and the name before the verb', () => {
    const before = 'The Kelmor Front said it had taken the bridge.\n\n';
    expect(quotes(`${before}“We went out to the hills but the mine was where we slept,” regional police official, Tomas Varn, said.`)).toEqual([
      ['We went out', 'Tomas Varn', null],
    ]);
    expect(quotes(`${before}“We are behind the attack on the bridge,” al Kelmor’s operations spokesman, Sheikh Tomas Varn, said.`)).toEqual([
      ['We are behind', 'Tomas Varn', null],
    ]);
  });

  it('leaves a name that does not close the tag, or has no verb after it, as it was', () => {
    expect(quotes('"We will build the road," said the chief engineer, Tomas Varn\'s deputy.')).toEqual([['We will build', null, 'the chief engineer']]);
    expect(quotes('“We will build the road,” regional police official, Tomas Varn, and the mayor said.')).toEqual([['We will build', null, null]]);
  });
});

describe('"X was cited as saying" after a quote', () => {
  it('gives the quote to X, as "was quoted as saying" does', () => {
    expect(quotes('President Tomas Varn laid flowers at the site.\n\n"Do not doubt it, all of them will be punished," Varn was cited as saying.')).toEqual([
      ['Do not doubt', 'Tomas Varn', null],
    ]);
  });

  it('reads no speech in "cited" without "as saying"', () => {
    expect(quotes('President Tomas Varn laid flowers at the site.\n\n"Do not doubt it, all of them will be punished," the mayor was cited for contempt.')).toEqual([
      ['Do not doubt', null, null],
    ]);
  });
});

describe('a name set off by commas right before the verb introducing a quote', () => {
  it('speaks, not the body a title before it names', () => {
    expect(quotes('Commenting on the results, the Group Director, Ostra Holdings, Mr. Tomas Varn, said, “Ostra Holdings has again had a strong year.”')).toEqual([
      ['Ostra Holdings has', 'Tomas Varn', null],
    ]);
  });

  it('leaves a name inside the apposition to the speaker', () => {
    expect(quotes('Ana Ruiz, the spokeswoman for Tomas Varn, said, “The party has again had a strong year.”')).toEqual([['The party has', 'Ana Ruiz', null]]);
  });
});

describe('a quote closed by a comma, then a name and its title with no verb', () => {
  const before = 'The Kelmor army said the blast struck at noon. ';
  it('is the named person’s', () => {
    expect(quotes(`${before}“We took about 60 bodies out of the rubble,” Tomas Varn, Deputy Head of the Kelmor council, where the blast struck on Monday.`)).toEqual([
      ['We took about', 'Tomas Varn', null],
    ]);
  });

  it('is not read so where no title follows the name', () => {
    expect(quotes(`${before}“We took about 60 bodies out of the rubble,” Tomas Varn, who arrived on Monday.`)).toEqual([['We took about', 'Kelmor army', null]]);
  });
});

describe('a partial quote in a sentence a person opens with a phrasal verb', () => {
  it('is that person’s, after an opening phrase of time too', () => {
    const words = 'Ana Ruiz for "missing a chance to explain her ties to the firm" with the Kelmor bank.';
    expect(quotes(`Earlier this week, Tomas Varn laid into ${words}`)).toEqual([['missing a chance', 'Tomas Varn', null]]);
    expect(quotes(`Tomas Varn hit out at ${words}`)).toEqual([['missing a chance', 'Tomas Varn', null]]);
  });

  it('is nobody’s where the subject is not the person', () => {
    expect(quotes('In a letter to Tomas Varn, the council laid into the mayor for "missing a chance to explain her ties".')).toEqual([['missing a chance', null, null]]);
  });
});
