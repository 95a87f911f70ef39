// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Claim, type Extraction, type Figure, type Mention } from '../../src/extract';
import { findDiscrepancies } from '../../src/context/discrepancies';

/** The figure claim whose figure phrase is `phrase`, and that figure. */
function figure(r: Extraction, phrase: string): { claim: Claim; figure: Figure } {
  const claim = r.claims.find((c) => c.kind === 'figure' && c.figures[0]!.phrase === phrase);
  if (!claim) throw new Error(`no figure "${phrase}" in ${JSON.stringify(r.claims.map((c) => c.figures.map((f) => f.phrase)))}`);
  return { claim, figure: claim.figures[0]! };
}

/** Who the quote starting with `start` is attributed to. */
function speakerOf(r: Extraction, start: string): string | null {
  const quote = r.claims.find((c) => c.kind === 'quote' && c.text.startsWith(start));
  if (!quote) throw new Error(`no quote "${start}"`);
  return quote.attributedTo;
}

describe('sixth round: a descriptor between a name and its verb', () => {
  it('gives the figure to a wire service named with its descriptor ("the X news agency reports")', () => {
    const r = extract('The Xinhua news agency reports that 12 people are confirmed dead after the flood.');
    expect(figure(r, '12').claim.attributedTo).toBe('Xinhua');
  });

  it('does not give a body\'s figure to the person it is named after ("the Keir Starmer transition team")', () => {
    const r = extract('The Keir Starmer transition team said 40 homes were lost.');
    expect(figure(r, '40').claim.attributedTo).toBeNull();
  });
});

describe('sixth round: words for the dead and missing', () => {
  const r = extract(
    'Rescuers retrieved the 11 bodies from the mud overnight. A volunteer said six bodies had been found near the river. Three hikers remain unaccounted for. About 90 villagers are feared buried under the slope. Two regulatory bodies were found to be at fault.',
  );
  it('counts recovered bodies as dead', () => {
    expect(figure(r, '11').figure.about).toBe('killed');
    expect(figure(r, 'six').figure.about).toBe('killed');
  });
  it('counts people unaccounted for or feared buried as missing, keeping the unit to people', () => {
    expect(figure(r, 'Three').figure).toMatchObject({ about: 'missing', unit: 'hikers' });
    expect(figure(r, 'About 90').figure.about).toBe('missing');
  });
  it('counts people buried by a slide as missing, but not people buried at a funeral', () => {
    const slide = extract('More than 70 people were buried by the mudslide. The 12 victims were buried on Sunday.');
    expect(figure(slide, 'More than 70').figure.about).toBe('missing');
    expect(figure(slide, '12').figure.about).toBeNull();
  });
  it('sets bodies found against a toll from another source', () => {
    const toll = extract('The Kestrel Herald reported that 14 people are confirmed dead. Earlier, the state broadcaster Radio Kestrel said three bodies had been found.');
    expect(findDiscrepancies(toll.claims, [], (id) => id, toll.mentions).map((d) => [d.about, d.values.map((v) => v.value)])).toEqual([['killed', [3, 14]]]);
  });
  it('does not count bodies that are institutions', () => {
    expect(figure(r, 'Two').figure.about).toBeNull();
  });
});

describe('sixth round: parts of a toll do not compete with it', () => {
  const text = [
    'Seventy persons were reported dead while 41 were missing, the Kestrel Disaster Council said.',
    'At a briefing, council spokesperson Dana Whitfield said that of the 70, 44 individuals are confirmed dead.',
    'Eighteen individuals were confirmed missing while 20 are being validated.',
  ].join('\n\n');
  const r = extract(text);
  it('gives no event to a count taken out of another ("of the 70, 44 …")', () => {
    expect(figure(r, '44').figure.about).toBeNull();
  });
  it('gives no event to a confirmed share beside counts still being validated', () => {
    expect(figure(r, 'Eighteen').figure.about).toBeNull();
  });
  it('keeps the event of a confirmed toll that stands alone', () => {
    const alone = extract('The agency reports that 15 people are confirmed dead.');
    expect(figure(alone, '15').figure.about).toBe('killed');
  });
  it('shows no discrepancy for these figures', () => {
    expect(findDiscrepancies(r.claims, [], (id) => id, r.mentions)).toEqual([]);
  });
});

describe('sixth round: a spokesperson and their body are one source in discrepancies', () => {
  const claim = (value: number, attributedTo: string, start: number): Claim => ({
    kind: 'figure',
    text: `${value} killed`,
    attributedTo,
    reportedBy: null,
    figures: [{ value, comparator: '=', upTo: null, change: null, unit: 'people', about: 'killed', phrase: String(value), span: { start, end: start + 2 } }],
    span: { start, end: start + 9 },
  });
  const person = (name: string, role: string): Mention => ({ name, kind: 'person', count: 1, forms: [name], role, spans: [] });
  const body: Mention = { name: 'Kestrel Disaster Council', kind: 'government', count: 2, forms: ['Kestrel Disaster Council', 'KDC'], role: null, spans: [] };
  const claims = [claim(70, 'Kestrel Disaster Council', 0), claim(44, 'Dana Whitfield', 50)];

  it('does not set a body against its own spokesperson', () => {
    expect(findDiscrepancies(claims, [], (id) => id, [body, person('Dana Whitfield', 'KDC spokesperson')])).toEqual([]);
  });
  it('still sets a body against another person', () => {
    const found = findDiscrepancies(claims, [], (id) => id, [body, person('Dana Whitfield', 'Mayor')]);
    expect(found.map((d) => d.values.map((v) => v.attributedTo))).toEqual([['Dana Whitfield', 'Kestrel Disaster Council']]);
  });
});

describe('sixth round: money with a currency code or sign', () => {
  const r = extract(
    'Sales reached US$3.41 billion in the quarter. Crop damage was estimated at P212.6 million. The bridge cost Rs 300 crore, the port KSh 45 billion and the road ₦900 million. Nurses wore N95 masks.',
  );
  it('reads the amount and keeps the currency as its unit', () => {
    expect(figure(r, 'US$3.41 billion').figure).toMatchObject({ value: 3.41e9, unit: 'US$' });
    expect(figure(r, 'P212.6 million').figure).toMatchObject({ value: 212.6e6, unit: 'P' });
    expect(figure(r, 'Rs 300 crore').figure).toMatchObject({ value: 3e9, unit: 'Rs' });
    expect(figure(r, 'KSh 45 billion').figure).toMatchObject({ value: 45e9, unit: 'KSh' });
    expect(figure(r, '₦900 million').figure).toMatchObject({ value: 900e6, unit: '₦' });
  });
  it('reads every code that the mention side takes for a currency, so an amount is never left without its unit', () => {
    const money = extract('The port cost UGX 120 billion, the airport AED 300 million and the dam Tk 4,500 crore.');
    expect(money.claims.flatMap((c) => c.figures.map((f) => [f.value, f.unit]))).toEqual([
      [120e9, 'UGX'],
      [300e6, 'AED'],
      [45e9, 'Tk'],
    ]);
    expect(money.mentions).toEqual([]);
  });
  it('never reads a scale word after digits as a number of its own, nor a one-letter code without a scale', () => {
    const values = r.claims.flatMap((c) => c.figures.map((f) => f.value));
    expect(values).not.toContain(1e9);
    expect(values).not.toContain(1e6);
    expect(values).not.toContain(95);
  });
});

describe('sixth round: the person of an apposition speaks, not the body of their title', () => {
  it('reads a long title with a bracketed acronym ("X, executive director of the Y (ACR), told")', () => {
    const r = extract('Marta Oyelaran, executive director of the National Flood Response Council (NFRC), told reporters that 9 people died.');
    expect(figure(r, '9').claim.attributedTo).toBe('Marta Oyelaran');
  });
  it('reads a title with no closing comma ("X, spokesperson of Y tweeted, “…”")', () => {
    const r = extract('Halima Qureshi Baig, spokesperson of the Foreign Office tweeted, "The minister met her counterpart today." "Both sides agreed on new steps," the tweet added.');
    expect(speakerOf(r, 'The minister met')).toBe('Halima Qureshi Baig');
    expect(speakerOf(r, 'Both sides agreed')).toBe('Halima Qureshi Baig');
  });
});

describe('sixth round: turned-round and interrupted attributions', () => {
  it('takes "…, stated the <body>" as the source', () => {
    const r = extract('Inflation rose by 5.1% in May against a fall of 0.2% in April, stated the Kestrel Bureau of Statistics.');
    expect(figure(r, '5.1%').claim.attributedTo).toBe('Kestrel Bureau of Statistics');
  });
  it('skips an aside between the subject and its verb ("X, in a statement, said")', () => {
    const r = extract('Meanwhile, the Ministry of Transport, in an official statement, said 30 bridges were closed.');
    expect(figure(r, '30').claim.attributedTo).toBe('Ministry of Transport');
  });
  it('gives "the statement added" to the body that issued it', () => {
    const r = extract('The Kestrel Institute said on Monday that prices were rising. "We expect this to last into next year," the statement added.');
    expect(speakerOf(r, 'We expect')).toBe('Kestrel Institute');
  });
  it('gives a partial quote to the speaker of ", he said, adding …" after it', () => {
    const r = extract('Superintendent Joel Amadi spoke to the press. The force had “no patience for gangs threatening the peace of the valley” in the region, he said, urging residents to help.');
    expect(speakerOf(r, 'no patience')).toBe('Joel Amadi');
  });
  it('reads no figure in "zero tolerance"', () => {
    const r = extract('The force had zero tolerance for gangs in the region, he said.');
    expect(r.claims.filter((c) => c.kind === 'figure')).toEqual([]);
  });
});

describe('sixth round: quote boundaries', () => {
  it('does not close a quote at a nested quote of the same style', () => {
    const r = extract('“It helps the towns where the effects (of “Storm Ana”) are seen. But we leave the decision to the mayor,” Jane Okafor said.');
    const quotes = r.claims.filter((c) => c.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ attributedTo: 'Jane Okafor' });
    expect(quotes[0]!.text).toContain('leave the decision to the mayor');
  });
});

describe('sixth round: minor figures', () => {
  it('reads a dash pair whose second number is lower as a score, with no verb of a result', () => {
    const r = extract('A late header made it 3-1 for the visitors.');
    expect(figure(r, '3-1').figure).toMatchObject({ value: 3, unit: 'score' });
  });
  it('reads no figure in a plan named with a number ("401(k)")', () => {
    const r = extract('Workers may roll over their 401(k)s into the new fund.');
    expect(r.claims.filter((c) => c.kind === 'figure')).toEqual([]);
  });
});

describe('sixth round, part 2', () => {
  const figures = (r: Extraction) => r.claims.filter((c) => c.kind === 'figure');

  describe('a turned-round "…, said the <noun>" names the source after the verb', () => {
    it('does not give the sentence to the name before the comma', () => {
      const r = extract('Wages fell at the Kestrel Mining Company, said the report.');
      expect(r.claims.filter((c) => c.attributedTo !== null)).toEqual([]);
    });
    it('gives it to a body named after "the", past a name before the comma', () => {
      const r = extract('Sales rose 4% at Acme Corp, said the Kestrel Bureau of Statistics.');
      expect(figure(r, '4%').claim.attributedTo).toBe('Kestrel Bureau of Statistics');
    });
    it('gives "said the company" to the company named before', () => {
      const r = extract('Acme Corp, said the company, has grown fast.');
      expect(r.claims.map((c) => c.attributedTo)).toEqual(['Acme Corp']);
    });
    it('keeps the subject of "X, a spokeswoman, said the plan failed"', () => {
      const r = extract('Dana Whitfield, a spokeswoman for Acme Foods, said the plan failed.');
      expect(r.claims.map((c) => c.attributedTo)).toEqual(['Dana Whitfield']);
    });
  });

  describe('words that are not speech', () => {
    it('reads no speaker in "get X declared void" (a causative, not a declaration)', () => {
      const r = extract('Campaigners are trying to get all of the Kestrel Water Act declared void.');
      expect(r.claims).toEqual([]);
    });
    it('reads no quote in the title of a work with a byline or after "the article"', () => {
      const r = extract('In the feature "Rivers run dry across the valley" by Tomas Varga, a date was wrong. The article "Where the bridges used to be" misnamed a town.');
      expect(r.claims.filter((c) => c.kind === 'quote')).toEqual([]);
    });
    it('still reads a quote that speech punctuation closes before a "by"', () => {
      const r = extract('"We will hold the line," Tomas Varga said, standing by the gate.');
      expect(speakerOf(r, 'We will hold')).toBe('Tomas Varga');
    });
    it('reads no page number after "p." as a figure', () => {
      const r = extract('The error was in a letter (Letters, 4 Mar., p. 212).');
      expect(figures(r)).toEqual([]);
    });
  });

  describe('ranges written with "to"', () => {
    it('reads "12 to 15 years" as one range from its low end', () => {
      const r = extract('Prosecutors had sought 12 to 15 years in prison.');
      expect(figures(r).map((c) => c.figures[0])).toMatchObject([{ value: 12, comparator: '>=', unit: 'years', phrase: '12 to 15' }]);
    });
    it('reads no figure in a range of ages', () => {
      expect(figures(extract('The survey followed 900 nurses, ages 24 to 61.')).map((c) => c.figures[0]!.value)).toEqual([900]);
    });
    it('gives the low end the scale of the high end ("4 to 6 million")', () => {
      const r = extract('Estimates ranged from 4 to 6 million tonnes.');
      expect(figures(r).map((c) => c.figures[0])).toMatchObject([{ value: 4e6, comparator: '>=' }]);
    });
    it('keeps both ends of a change, in the same scale ("rose from 3 to 4 million")', () => {
      const r = extract('Output rose from 3 to 4 million tonnes.');
      expect(figures(r).map((c) => c.figures[0]!.value)).toEqual([3e6, 4e6]);
    });
    it('keeps an amount of change apart from the level it reached', () => {
      const r = extract('Unemployment rose by 12,000 to 1.4 million.');
      expect(figures(r).map((c) => c.figures[0]!.value)).toEqual([12000, 1.4e6]);
    });
    it('reads no single number in "one-two" (one or two)', () => {
      expect(figures(extract('She had one-two meetings lined up every day.'))).toEqual([]);
    });
  });

  describe('small counts that point back', () => {
    it('reads no figure in "the two envoys" or "their three children"', () => {
      expect(figures(extract('The two envoys met in Geneva. Their three children stayed home.'))).toEqual([]);
    });
    it('keeps such a count when it counts an event, and a count with no definite word', () => {
      const r = extract('The two guards were killed. Two envoys resigned on Monday.');
      expect(figures(r).map((c) => [c.figures[0]!.value, c.figures[0]!.about])).toEqual([[2, 'killed'], [2, null]]);
    });
  });
});

describe('sixth round: "they"', () => {
  it('gives nothing said by "they" to the last person named', () => {
    const r = extract('A header from Tomas Brenn put the visitors ahead. Port Athletic scored again as they conceded twice but took three points.');
    expect(r.claims.filter((c) => c.attributedTo === 'Tomas Brenn')).toEqual([]);
    // "he" still stands for the person named before.
    const he = extract('Coach Marco Vidal was pleased. He said the side had earned three points.');
    expect(he.claims.map((c) => c.attributedTo)).toContain('Marco Vidal');
  });
});
