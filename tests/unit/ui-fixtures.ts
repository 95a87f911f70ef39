import type { PageContext } from '../../src/context/types';

/** A small sidebar context: a known and an unknown source, a checked quote, a figure, a correction, a discrepancy, reports. */
export function sampleContext(): PageContext {
  return {
    url: 'https://www.pinknews.co.uk/2017/07/06/x/',
    site: 'pinknews',
    article: { title: 'Chechnya renews its crackdown', byline: ['A Writer'], publishedAt: '2017-07-06T12:00:00Z', siteName: 'PinkNews', lang: 'en', canonicalUrl: null },
    publisher: null,
    sources: [
      {
        name: 'Novaya Gazeta', kind: 'outlet', count: 2, forms: ['Novaya Gazeta', 'the paper'], role: null, firstSpan: { start: 10, end: 23 },
        entity: {
          id: 'novaya', name: 'Novaya Gazeta', kind: 'outlet', description: 'Russian independent newspaper.', country: 'Russia', founded: 1993, ownerName: null, role: null, domains: [],
          ratings: [{ rater: 'RSF', value: 'independent', date: '2021-01-01', url: 'https://rsf.example/novaya' }], source: 'https://en.wikipedia.org/wiki/Novaya_Gazeta',
        },
        matchedBy: { form: 'Novaya Gazeta', alias: 'Novaya Gazeta' },
        cited: true,
      },
      { name: 'Mystery Group', kind: 'organization', count: 1, forms: ['Mystery Group'], role: null, firstSpan: { start: 40, end: 53 }, entity: null, matchedBy: null, cited: true },
    ],
    claims: [
      {
        kind: 'quote', text: '“They were beaten,”', attributedTo: 'Chad Griffin', reportedBy: null, figures: [], span: { start: 60, end: 79 },
        reviews: [{ publisher: 'Checker', rating: 'False', verdict: 'false', url: 'https://check.example/1', date: '2017-07-07', claimText: 'They were beaten', score: 0.9, span: { start: 61, end: 77 }, matched: 'They were beaten' }],
      },
      {
        kind: 'figure', text: 'at least six men were killed', attributedTo: 'Molina', reportedBy: null, span: { start: 90, end: 118 }, reviews: [],
        figures: [{ value: 6, comparator: '>=', upTo: null, change: null, unit: 'men', about: 'killed', phrase: 'at least six', span: { start: 90, end: 102 } }],
      },
      { kind: 'statement', text: 'An unchecked statement', attributedTo: null, reportedBy: null, figures: [], span: { start: 130, end: 150 }, reviews: [] },
    ],
    corrections: [{ text: 'Russian Prime Minister Putin', right: 'Russian President Vladimir Putin', note: 'Putin is president.', url: 'https://en.wikipedia.org/wiki/Vladimir_Putin', span: { start: 160, end: 188 } }],
    discrepancies: [
      {
        about: 'killed',
        places: [],
        values: [
          { value: 6, comparator: '>=', upTo: null, attributedTo: 'Molina', reportedBy: null, origin: 'article', url: null, publishedAt: null, span: { start: 90, end: 102 } },
          { value: 3, comparator: '=', upTo: null, attributedTo: 'Novaya Gazeta', reportedBy: null, origin: 'report', url: 'https://report.example/a', publishedAt: '2017-04-01', span: null },
        ],
      },
    ],
    story: { id: 's', title: 'Chechnya purge' },
    related: [
      { title: 'Newer report', outlet: 'Outlet A', url: 'https://a.example/new', publishedAt: '2017-07-05' },
      { title: 'Older report', outlet: 'Outlet B', url: 'javascript:alert(1)', publishedAt: '2017-04-01' },
    ],
  };
}
