// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClaimCard, DiscrepancyValue } from '../../src/context/types';
import type { Figure } from '../../src/extract/types';
import { formatFigure } from '../../src/ui/shared/format';
import { ClaimList } from '../../src/ui/sidebar/ClaimList';
import { Discrepancies } from '../../src/ui/sidebar/Findings';
import { useLocale } from './ui-locale';

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
});
afterEach(cleanup);

let start = 0;
/** A figure card of fictional text. */
function figureClaim(figure: Partial<Figure>): ClaimCard {
  start += 50;
  return {
    kind: 'figure', text: 'a fictional figure', attributedTo: 'Harbour Office', reportedBy: null, span: { start, end: start + 18 }, reviews: [],
    figures: [{ value: 1, comparator: '=', upTo: null, change: null, unit: null, about: null, phrase: '1', span: { start, end: start + 1 }, ...figure }],
  };
}
const shownTitles = () => [...document.querySelectorAll('.figure .card-title')].map((e) => e.textContent);

describe('how a figure reads', () => {
  test.each([
    [{ value: 6, comparator: '>=' }, 'at least 6'],
    [{ value: 0.3, comparator: '=', change: 'fall' }, 'down 0.3'],
    [{ value: 5, comparator: '=', change: 'rise' }, 'up 5'],
    [{ value: 14, comparator: '>', change: 'fall' }, 'down more than 14'],
    [{ value: 27, comparator: '>=', upTo: 33 }, '27–33'],
    [{ value: 10, comparator: '~', upTo: 12 }, 'about 10–12'],
    [{ value: 10, comparator: '>=', upTo: 15, change: 'rise' }, 'up 10–15'],
    [{ value: 40, comparator: '=', upTo: undefined, change: undefined }, '40'],
  ] as const)('%o → %s', (figure, shown) => {
    expect(formatFigure(figure)).toBe(shown);
  });

  test.each([
    [{ value: 4.1e9, comparator: '>=', upTo: 4.3e9 }, '$', '$4.1 billion–$4.3 billion'],
    [{ value: 212e6, comparator: '=', change: 'fall' }, 'US$', 'down US$212 million'],
    [{ value: 4823112, comparator: '~' }, null, 'about 4,823,112'],
    [{ value: 10, comparator: '>=', upTo: 15 }, '%', '10–15%'],
    [{ value: 300, comparator: '=' }, 'jobs', '300'],
  ] as const)('%o in %s → %s', (figure, unit, shown) => {
    expect(formatFigure(figure, unit)).toBe(shown);
  });

  test('in German', () => {
    useLocale('de');
    expect(formatFigure({ value: 3, comparator: '=', change: 'fall' })).toBe('minus 3');
    expect(formatFigure({ value: 3, comparator: '~', upTo: 4 })).toBe('etwa 3–4');
    expect(formatFigure({ value: 4.1e9, comparator: '=' }, '€')).toBe('€4,1 Milliarden');
  });
});

describe('figure cards and discrepancies in the sidebar', () => {
  const value = (v: Partial<DiscrepancyValue>): DiscrepancyValue => ({ value: 0, comparator: '=', upTo: null, attributedTo: null, reportedBy: null, origin: 'article', url: null, publishedAt: null, span: null, ...v });
  test('show a fall, a rise and a range with its unit', () => {
    render(
      <ClaimList
        corrections={[]}
        described={new Set()}
        claims={[
          figureClaim({ value: 0.3, change: 'fall', unit: '%' }),
          figureClaim({ value: 12, change: 'rise', unit: '%' }),
          figureClaim({ value: 27, comparator: '>=', upTo: 33, unit: 'years' }),
          figureClaim({ value: 50, comparator: '~', unit: '% of the Ostra households' }),
        ]}
      />,
    );
    // A share in words keeps its whole after the sign, with no space before the sign.
    expect(shownTitles()).toEqual(['down 0.3%', 'up 12%', '27–33 years', 'about 50% of the Ostra households']);
  });

  test('say a source the article does not name is not named, though its count is credited to its described card', () => {
    const by = (attributedTo: string | null, reportedBy: string | null): ClaimCard => ({ ...figureClaim({ value: 14 }), attributedTo, reportedBy });
    render(
      <ClaimList
        corrections={[]}
        described={new Set(['Local radio'])}
        claims={[by('Local radio', 'local radio'), by("Varn's government", 'the government'), by(null, 'officials'), by('Harbour Office', null), by(null, null)]}
      />,
    );
    expect([...document.querySelectorAll('.figure .attribution')].map((e) => e.textContent)).toEqual([
      'Reported by local radio (not named)',
      "Reported by Varn's government",
      'Reported by officials (not named)',
      'Reported by Harbour Office',
      'Source not stated',
    ]);
    cleanup();
    render(<Discrepancies items={[{ about: 'killed', places: [], values: [value({ value: 12, attributedTo: 'Local radio', reportedBy: 'local radio' }), value({ value: 20, attributedTo: 'Coast Watch' })] }]} described={new Set(['Local radio'])} />);
    expect([...document.querySelectorAll('.discrepancy .by')].map((e) => e.textContent)).toEqual(['local radio (not named)', 'Coast Watch']);
  });

  test('show a range beside a number in a discrepancy', () => {
    render(<Discrepancies items={[{ about: 'killed', places: [], values: [value({ value: 12, comparator: '>=', upTo: 15, attributedTo: 'Harbour Office' }), value({ value: 20, attributedTo: 'Coast Watch' })] }]} described={new Set()} />);
    expect([...document.querySelectorAll('.discrepancy .figure-value')].map((e) => e.textContent)).toEqual(['12–15', '20']);
  });

  test('show each place of a topic as its own row, titled with its place', () => {
    const rows = [
      { about: 'killed', places: ['Ostra'], values: [value({ value: 27000, attributedTo: 'Red Cross' }), value({ value: 30000, attributedTo: 'Health Ministry' })] },
      { about: 'killed', places: ['Kelmor', 'Varn'], values: [value({ value: 120, attributedTo: 'Varn Agency' }), value({ value: 165, attributedTo: 'Kelmor Courier' })] },
      { about: 'killed', places: [], values: [value({ value: 8, attributedTo: 'Red Cross' }), value({ value: 9, attributedTo: 'Coast Watch' })] },
    ];
    const shown = () => [...document.querySelectorAll('.discrepancy')].map((e) => [e.querySelector('.about-title')!.textContent, [...e.querySelectorAll('.by')].map((b) => b.textContent)]);
    render(<Discrepancies items={rows} described={new Set()} />);
    expect(shown()).toEqual([
      ['People killed in Ostra', ['Red Cross', 'Health Ministry']],
      ['People killed in Kelmor and Varn', ['Varn Agency', 'Kelmor Courier']],
      ['People killed', ['Red Cross', 'Coast Watch']],
    ]);
    cleanup();
    useLocale('de');
    render(<Discrepancies items={rows} described={new Set()} />);
    expect(shown()[1]![0]).toBe('Menschen getötet in Kelmor und Varn');
    expect(shown()[2]![0]).toBe('Menschen getötet');
  });

  test('say what a toll counts in the reader\'s language, and a cached report\'s own word as it is', () => {
    useLocale('de');
    render(<ClaimList claims={[figureClaim({ value: 12, unit: 'people', about: 'missing' })]} corrections={[]} described={new Set()} />);
    expect(document.querySelector('.figure .about')?.textContent).toBe(' · vermisst');
    cleanup();
    render(<Discrepancies items={[{ about: 'aboard', places: [], values: [value({ value: 300, attributedTo: 'Coast Watch' }), value({ value: 410, attributedTo: 'Red Cross' })] }]} described={new Set()} />);
    expect(document.querySelector('.discrepancy .about-title')?.textContent).toBe('Menschen an Bord');
    cleanup();
    // A crowd two sides count apart (police against a rally's organisers) is headed in the reader's language too.
    render(<Discrepancies items={[{ about: 'crowd', places: ['Varn'], values: [value({ value: 8000, attributedTo: 'Varn Police' }), value({ value: 35000, attributedTo: 'Teachers Union' })] }]} described={new Set()} />);
    expect(document.querySelector('.discrepancy .about-title')?.textContent).toBe('Menschen in der Menge in Varn');
    cleanup();
    render(<Discrepancies items={[{ about: 'displaced', places: [], values: [value({ value: 2000, attributedTo: 'Kelm Relief Office' }), value({ value: 5100, attributedTo: 'Red Lantern Society' })] }]} described={new Set()} />);
    expect(document.querySelector('.discrepancy .about-title')?.textContent).toBe('Menschen vertrieben');
    cleanup();
    // An amount of a spill counts no people: its heading says so, with its unit.
    render(<Discrepancies items={[{ about: 'spilled', places: ['Ostra'], unit: 'barrels', values: [value({ value: 900, attributedTo: 'Harlow Petroleum' }), value({ value: 4000, attributedTo: 'Ostra Environment Agency' })] }]} described={new Set()} />);
    expect(document.querySelector('.discrepancy .about-title')?.textContent).toBe('Menge ausgelaufen in Ostra (barrels)');
    cleanup();
    useLocale('en');
    render(<Discrepancies items={[{ about: 'spilled', places: [], unit: 'barrels', values: [value({ value: 900, attributedTo: 'Harlow Petroleum' }), value({ value: 4000, attributedTo: 'Ostra Environment Agency' })] }]} described={new Set()} />);
    expect(document.querySelector('.discrepancy .about-title')?.textContent).toBe('Amount spilled (barrels)');
    cleanup();
    useLocale('en');
    render(<Discrepancies items={[{ about: 'evacuated', places: ['Ostra'], values: [value({ value: 300, attributedTo: 'Red Cross' }), value({ value: 450, attributedTo: 'Coast Watch' })] }]} described={new Set()} />);
    expect(document.querySelector('.discrepancy .about-title')?.textContent).toBe('People evacuated in Ostra');
  });

  test('name a source the article does not name by its words, and say it is not named', () => {
    render(<Discrepancies items={[{ about: 'killed', places: [], values: [value({ value: 50, comparator: '>=', reportedBy: 'authorities' }), value({ value: 52 }), value({ value: 60, attributedTo: 'Coast Watch' })] }]} described={new Set()} />);
    expect([...document.querySelectorAll('.discrepancy .by')].map((e) => e.textContent)).toEqual(['authorities (not named)', 'unattributed', 'Coast Watch']);
    render(<ClaimList claims={[{ ...figureClaim({ value: 50, about: 'killed' }), attributedTo: null, reportedBy: 'authorities' }]} corrections={[]} described={new Set()} />);
    expect(document.querySelector('.figure .attribution')?.textContent).toBe('Reported by authorities (not named)');
  });
});

describe('quote cards', () => {
  const quote = (text: string): ClaimCard => {
    start += 50;
    return { kind: 'quote', text, attributedTo: 'Tomas Varga', reportedBy: null, span: { start, end: start + text.length }, reviews: [], figures: [] };
  };
  const shownQuotes = () => [...document.querySelectorAll('.quote blockquote')].map((e) => e.textContent);

  test('show the narration of a quote split by "he said" as an ellipsis, and a quoted phrase inside a quote as written', () => {
    render(
      <ClaimList
        corrections={[]}
        described={new Set()}
        claims={[
          quote('The harbour is closed,” he said on Monday. “We will reopen it in spring.'),
          quote('It is done.” Varga added. “Now we wait'),
          quote('He called it "a farce" and "a joke" in one breath'),
        ]}
      />,
    );
    expect(shownQuotes()).toEqual([
      '“The harbour is closed … We will reopen it in spring.”',
      '“It is done. … Now we wait”',
      '“He called it "a farce" and "a joke" in one breath”',
    ]);
  });
});
