// Bare described sources that alone give a count: the press at large ("Media reports said …"), two kinds of people together.
import { describe, expect, it } from 'vitest';
import { cardsOf, counted, said } from './described-helpers';

describe('media reports as a source', () => {
  it('gives one card to media reports that give a count', () => {
    const text = 'A ferry sank near Ostra. Media reports citing families said 12 people were missing.';
    expect(cardsOf(text, [said('Media reports citing families said 12 people were missing.', 'media'), counted('12 people were missing', 'media', 'missing')])).toEqual([
      ['Media reports', 'outlet', 'body'],
    ]);
  });

  it('gives none where the media only say something', () => {
    const text = 'A ferry sank near Ostra. The media said the ferry was old.';
    expect(cardsOf(text, [said('The media said the ferry was old.', 'the media')])).toEqual([]);
  });
});

describe('two kinds of bare people who give a count together', () => {
  it('gives the pair one card of its own, apart from the witnesses alone', () => {
    const text = 'Guards in Ostra shot dead 12 people at a market, officials and witnesses said. Witnesses said 12 people were hurt.';
    expect(cardsOf(text, [counted('12 people at a market', 'officials and witnesses', 'missing'), counted('12 people were hurt', 'witnesses', 'missing')])).toEqual([
      ['Officials and witnesses', 'organization', 'people'],
      ['Witnesses', 'organization', 'people'],
    ]);
  });

  it('gives one card to the media’s reports and bare people who give a count together', () => {
    const text = 'Troops fired on a march in Ostra. According to local media reports and protesters, at least 31 people died.';
    expect(cardsOf(text, [counted('at least 31 people died', 'media reports and protesters')])).toEqual([['Media reports and protesters', 'organization', 'people']]);
    // Protesters alone giving a count are bare people too.
    expect(cardsOf('Troops fired on a march in Ostra. Protesters said 31 people died.', [counted('31 people died', 'protesters')])).toEqual([['Protesters', 'organization', 'people']]);
  });

  it('gives none to media reports beside people no bare word names', () => {
    const text = 'Troops fired on a march in Ostra. According to media reports and analysts, at least 31 people died.';
    expect(cardsOf(text, [counted('at least 31 people died', 'media reports and analysts')])).toEqual([]);
  });

  it('gives none to a pair whose second word is no bare people', () => {
    const text = 'Guards in Ostra shot dead 12 people at a market, officials and reporters said.';
    expect(cardsOf(text, [counted('12 people at a market', 'officials and reporters', 'missing')])).toEqual([]);
  });
});

describe('the administration of a place', () => {
  it('gives a card to the administration of a named place or of a level of government', () => {
    const text = 'According to figures released by the Kelmor administration, 25 bodies were found. The city administration said the fire was out.';
    expect(cardsOf(text, [said(text, 'the Kelmor administration'), said(text, 'the city administration')])).toEqual([
      ['Kelmor administration', 'government', 'body'],
      ['City administration', 'government', 'body'],
    ]);
  });

  it('gives none to the administration of a hospital', () => {
    const text = 'According to the hospital administration, 25 bodies were found.';
    expect(cardsOf(text, [said(text, 'the hospital administration')])).toEqual([]);
  });
});

describe('the bare government that alone gives a count', () => {
  it('gives a card to the government or the administration where it alone gives a count', () => {
    const text = 'Cholera spread in the south. The government has reported 12 deaths since June. The administration, however, says 12 more died.';
    expect(cardsOf(text, [counted('12 deaths since June', 'the government'), counted('12 more died', 'the administration')])).toEqual([
      ['Government', 'government', 'body'],
      ['Administration', 'government', 'body'],
    ]);
  });

  it('gives none where the government only says something', () => {
    const text = 'Cholera spread in the south. The government said the wells were closed.';
    expect(cardsOf(text, [said('The government said the wells were closed.', 'the government')])).toEqual([]);
  });
});

describe('one person of a trade in the government service', () => {
  it('gives a card to a government doctor who alone gives a count', () => {
    const text = 'Cholera spread in the south. According to a govt doctor, 12 people died at the clinic.';
    expect(cardsOf(text, [counted('12 people died at the clinic', 'a govt doctor')])).toEqual([['Govt doctor', 'person', 'person']]);
  });

  it('gives none to a doctor whose other word says no service', () => {
    const text = 'Cholera spread in the south. According to a tired doctor, 12 people died at the clinic.';
    expect(cardsOf(text, [counted('12 people died at the clinic', 'a tired doctor')])).toEqual([]);
  });
});

describe('bare workers who alone give a count', () => {
  it('gives workers a card where they alone give a count', () => {
    const text = 'A textile mill in Varn burned down. The owners said 800 staff were inside. Workers put the number at 1,200.';
    expect(cardsOf(text, [counted('1,200', 'workers', 'missing')])).toEqual([['Workers', 'organization', 'people']]);
  });

  it('gives none where workers only say something', () => {
    const text = 'A textile mill in Varn burned down. Workers said the exits were locked.';
    expect(cardsOf(text, [said('Workers said the exits were locked.', 'workers')])).toEqual([]);
  });
});

describe('bare forecasters and ministers who alone give a count', () => {
  it('gives economists a card where they alone give a forecast', () => {
    const text = 'Varn added 40,000 jobs in May. Economists had expected 52,000.';
    expect(cardsOf(text, [counted('52,000', 'economists', 'crowd')])).toEqual([['Economists', 'organization', 'people']]);
  });

  it("gives ministers a card of the government's where they alone give a count", () => {
    const text = 'Fewer than 9,000 nurses walked out in Kelm, ministers said.';
    expect(cardsOf(text, [counted('Fewer than 9,000 nurses', 'ministers', 'crowd')])).toEqual([['Ministers', 'government', 'people']]);
  });

  it('gives none where economists only say something', () => {
    const text = 'Varn added 40,000 jobs in May. Economists said the slowdown was over.';
    expect(cardsOf(text, [said('Economists said the slowdown was over.', 'economists')])).toEqual([]);
  });
});

describe('the police of a level of government', () => {
  it('gives a card to state or local police, as to bare police', () => {
    const text = 'A bus plunged into a ravine near Ostra. Provincial police later said nine. Local police said the driver survived.';
    expect(cardsOf(text, [counted('nine', 'Provincial police'), said('Local police said the driver survived.', 'Local police')])).toEqual([
      ['Provincial police', 'government', 'body'],
      ['Local police', 'government', 'body'],
    ]);
  });

  it('gives none to police a word of their work describes', () => {
    const text = 'Crowds gathered in Ostra. The riot police responded with water cannon.';
    expect(cardsOf(text, [said('The riot police responded with water cannon.', 'the riot police')])).toEqual([]);
  });
});
