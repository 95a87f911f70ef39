// @vitest-environment node
/**
 * Every site adapter against a fixture page written for it in that site's markup shape
 * (tests/fixtures/pages/<id>-article.html): detection, metadata and junk-free body text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage, detectArticle, siteAdapters, supportedMatchPatterns } from '../../src/article';

const dir = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const html = new Map<string, string>();
function load(name: string): Document {
  if (!html.has(name)) html.set(name, readFileSync(`${dir}${name}.html`, 'utf8'));
  return parseHTML(html.get(name)!).document as unknown as Document;
}

interface SiteCase {
  /** Canonical URL; the page is opened at it with a tracking query appended. */
  url: string;
  title: string;
  byline: string[];
  publishedAt: string;
  siteName: string;
  lang: string;
  /** Start of the first body paragraph; every fixture body has exactly three paragraphs. */
  first: string;
  /** Text of captions, related links, ads, newsletter boxes... that must not reach the body. */
  junk: string[];
}

/** Keyed by adapter id. The five older fixtures (bbc, guardian, nytimes, reuters, novayagazeta, pinknews) are in article.test.ts. */
const cases: Record<string, SiteCase> = {
  abcau: {
    url: 'https://www.abc.net.au/news/2024-03-05/farmers-welcome-rain-after-driest-summer/103543210',
    title: 'Farmers welcome rain after driest summer in two decades',
    byline: ['Jack McAllister', 'Eleni Papas'],
    publishedAt: '2024-03-04T21:05:00.000Z',
    siteName: 'ABC News',
    lang: 'en-AU',
    first: "Heavy rain across the state's grain belt",
    junk: ['Related stories', 'Dams at record lows', 'morning newsletter'],
  },
  aljazeera: {
    url: 'https://www.aljazeera.com/news/2024/3/5/fishing-towns-count-the-cost-of-a-winter-storm-surge',
    title: 'Fishing towns count the cost of a winter storm surge',
    byline: ['Nadia Haddad'],
    publishedAt: '2024-03-05T09:12:00.000Z',
    siteName: 'Al Jazeera',
    lang: 'en',
    first: 'Boats were thrown onto quaysides',
    junk: ['More on this topic', 'Coastal towns brace', 'Newsletter'],
  },
  apnews: {
    url: 'https://apnews.com/article/school-start-times-board-vote-4f2a9c1e7b3d5e8f0a1b2c3d4e5f6a7b',
    title: 'School board approves later start times after two-year study',
    byline: ['Marcus Bell', 'Aiko Tanaka'],
    publishedAt: '2024-03-05T21:08:44.000Z',
    siteName: 'AP News',
    lang: 'en',
    first: 'A suburban school board voted on Tuesday',
    junk: ['Related coverage', 'ADVERTISEMENT', 'MARCUS BELL'],
  },
  axios: {
    url: 'https://www.axios.com/2024/03/05/heat-pumps-outsell-gas-furnaces',
    title: 'Heat pumps outsell gas furnaces for second straight year',
    byline: ['Hannah Reyes'],
    publishedAt: '2024-03-05T10:30:00.000Z',
    siteName: 'Axios',
    lang: 'en',
    first: 'Americans bought more heat pumps than gas furnaces',
    junk: ['Axios AM', 'Go deeper', 'Utilities plan'],
  },
  bloomberg: {
    url: 'https://www.bloomberg.com/news/articles/2024-03-05/copper-climbs-as-smelters-agree-to-cut-output',
    title: 'Copper Climbs as Smelters Agree to Cut Output',
    byline: ['Yuki Sato', 'Martin Hale'],
    publishedAt: '2024-03-05T03:20:00.000Z',
    siteName: 'Bloomberg.com',
    lang: 'en',
    first: 'Copper rose to its highest in nearly a year',
    junk: ['Read More', 'Advertisement'],
  },
  buzzfeednews: {
    url: 'https://www.buzzfeednews.com/article/rileysantos/flood-cleanup-group-chat',
    title: "Inside The Group Chat That Organized A Town's Flood Cleanup",
    byline: ['Riley Santos'],
    publishedAt: '2022-08-10T16:00:00.000Z',
    siteName: 'BuzzFeed News',
    lang: 'en',
    first: 'When the river burst its banks',
    junk: ['newsletter', 'More from BuzzFeed News', 'Reporter'],
  },
  cbc: {
    url: 'https://www.cbc.ca/news/canada/toronto/library-24-hour-pilot-1.7133456',
    title: 'Toronto library branch to stay open around the clock in pilot project',
    byline: ['Amira Khalil'],
    publishedAt: '2024-03-05T19:00:00.000Z',
    siteName: 'CBC',
    lang: 'en',
    first: "One branch of the city's public library",
    junk: ['Similar to this story', 'ADVERTISEMENT', 'Branch hours extended'],
  },
  cnn: {
    url: 'https://www.cnn.com/2024/03/05/world/whale-freed-fishing-gear-intl/index.html',
    title: 'Rescuers free whale tangled in fishing gear off the coast',
    byline: ['Lucia Ferreira', 'Ben Okafor'],
    publishedAt: '2024-03-05T15:30:12.345Z',
    siteName: 'CNN',
    lang: 'en',
    first: 'A humpback whale that had dragged a tangle of rope',
    junk: ['Whale populations rebound', 'Ad Feedback', 'Cable News Network'],
  },
  corriere: {
    url: 'https://milano.corriere.it/notizie/cronaca/24_marzo_05/milano-riapre-il-mercato-coperto-3f1b2c4d-1a2b-4c3d-9e8f-7a6b5c4d3e2f.shtml',
    title: 'Milano, riapre il mercato coperto dopo due anni di lavori',
    byline: ['Giulia Ferri'],
    publishedAt: '2024-03-05T06:30:00.000Z',
    siteName: 'Corriere della Sera',
    lang: 'it',
    first: 'Dopo due anni di cantiere il mercato coperto',
    junk: ['Leggi anche', 'Pubblicità', 'modifica il'],
  },
  dailymail: {
    url: 'https://www.dailymail.co.uk/news/article-13162345/Couple-rescue-forty-hedgehogs-garden-pond.html',
    title: 'Couple rescue forty hedgehogs from garden pond',
    byline: ['Penny Harlow', 'Dev Patel'],
    publishedAt: '2024-03-05T13:47:02.000Z',
    siteName: 'Mail Online',
    lang: 'en',
    first: 'A retired couple have rescued forty hedgehogs',
    junk: ['HOW TO HELP', 'RELATED ARTICLES', 'spare timber', 'Advertisement'],
  },
  dw: {
    url: 'https://www.dw.com/de/rhein-f%C3%A4hren-fahren-wieder-nach-hochwasser/a-68432109',
    title: 'Rhein-Fähren fahren wieder nach Hochwasser',
    byline: ['Katrin Weber'],
    publishedAt: '2024-03-05T11:32:00.000Z',
    siteName: 'DW',
    lang: 'de',
    first: 'Nach einer Woche Pause haben die Fähren',
    junk: ['Mehr zum Thema', 'Hochwasser in Süddeutschland'],
  },
  economist: {
    url: 'https://www.economist.com/europe/2024/03/05/why-small-ports-are-having-a-moment',
    title: 'Why small ports are having a moment',
    // The Economist publishes without bylines; the organisation is not a person's name.
    byline: [],
    publishedAt: '2024-03-05T16:52:11.000Z',
    siteName: 'The Economist',
    lang: 'en',
    first: "Congestion at the continent's biggest harbours",
    junk: ['weekly newsletter', 'More from Europe'],
  },
  elpais: {
    url: 'https://elpais.com/espana/2024-03-05/la-ciudad-abre-su-primer-carril-bici-en-la-avenida-principal.html',
    title: 'La ciudad abre su primer carril bici en la avenida principal',
    byline: ['Lucía Márquez'],
    publishedAt: '2024-03-05T04:40:00.000Z',
    siteName: 'El País',
    lang: 'es',
    first: 'El Ayuntamiento inauguró este martes',
    junk: ['Más información', 'Publicidad', 'bicicletas compartidas'],
  },
  folha: {
    url: 'https://www1.folha.uol.com.br/cotidiano/2024/03/prefeitura-amplia-horario-de-onibus-noturnos-na-zona-leste.shtml',
    title: 'Prefeitura amplia horário de ônibus noturnos na zona leste',
    byline: ['Beatriz Nogueira', 'Rafael Moura'],
    publishedAt: '2024-03-05T17:30:00.000Z',
    siteName: 'Folha de S.Paulo',
    lang: 'pt-BR',
    first: 'A prefeitura anunciou nesta terça-feira',
    junk: ['Leia também', 'Publicidade', 'boletim da Folha'],
  },
  france24: {
    url: 'https://www.france24.com/en/france/20240305-paris-to-turn-riverside-road-into-park-by-summer',
    title: 'Paris to turn riverside road into park by summer',
    // Credited to the newsroom itself, which is the site, not a byline.
    byline: [],
    publishedAt: '2024-03-05T12:14:00.000Z',
    siteName: 'France 24',
    lang: 'en',
    first: 'The city of Paris will close another stretch',
    junk: ['Read more', 'Daily newsletter'],
  },
  ft: {
    url: 'https://www.ft.com/content/6f2b4c1a-3d5e-4f70-8a9b-0c1d2e3f4a5b',
    title: 'Shipping insurers raise premiums for northern routes',
    byline: ['Ingrid Solberg'],
    publishedAt: '2024-03-05T05:00:21.000Z',
    siteName: 'Financial Times',
    lang: 'en-GB',
    first: 'Marine insurers have raised premiums',
    junk: ['Recommended', 'Arctic shipping', 'Advertisement'],
  },
  haaretz: {
    url: 'https://www.haaretz.com/israel-news/2024-03-05/ty-article/tel-aviv-opens-its-first-night-time-swimming-beach/0000018e-0a1b-d2c3-a4e5-f6a7b8c9d0e1',
    title: 'Tel Aviv opens its first night-time swimming beach',
    byline: ['Noa Levin'],
    publishedAt: '2024-03-05T08:00:00.000Z',
    siteName: 'Haaretz',
    lang: 'en',
    first: 'Tel Aviv will keep one of its beaches open',
    junk: ['Heat waves push', 'daily newsletter'],
  },
  huffpost: {
    url: 'https://www.huffpost.com/entry/teenagers-fix-park-benches_n_65e7a1b2e4b0a1b2c3d4e5f6',
    title: 'This Town Pays Teenagers To Fix Its Park Benches',
    byline: ['Chloe Danvers'],
    publishedAt: '2024-03-05T17:15:22.000Z',
    siteName: 'HuffPost',
    lang: 'en',
    first: 'A small town has hired a dozen teenagers',
    junk: ['Related...', 'Kids who built a library', 'Video player'],
  },
  independent: {
    url: 'https://www.independent.co.uk/news/uk/home-news/village-pub-community-buyout-b2507812.html',
    title: 'Village pub saved by residents who bought it together',
    byline: ['Harriet Cole'],
    publishedAt: '2024-03-05T12:05:00.000Z',
    siteName: 'The Independent',
    lang: 'en-GB',
    first: 'More than three hundred residents',
    junk: ['Read More', 'Morning Headlines'],
  },
  irishtimes: {
    url: 'https://www.irishtimes.com/ireland/2024/03/05/galway-harbour-plan-approved-after-decade-long-wait/',
    title: 'Galway harbour plan approved after decade-long wait',
    byline: ['Ciarán Walsh'],
    publishedAt: '2024-03-05T18:30:00.000Z',
    siteName: 'The Irish Times',
    lang: 'en',
    first: 'A plan to extend Galway harbour',
    junk: ['Related', 'Ports seek funding', 'Advertisement'],
  },
  kyivindependent: {
    url: 'https://kyivindependent.com/kyiv-reopens-restored-river-station-as-a-community-centre/',
    title: 'Kyiv reopens restored river station as a community centre',
    byline: ['Oksana Melnyk'],
    publishedAt: '2024-03-05T14:10:00.000Z',
    siteName: 'The Kyiv Independent',
    lang: 'en',
    first: 'A river station on the Dnipro embankment',
    junk: ['Become a member', 'Read also', 'blackouts'],
  },
  latimes: {
    url: 'https://www.latimes.com/california/story/2024-03-05/beach-city-bans-leaf-blowers-on-weekends',
    title: 'Beach city bans leaf blowers on weekends',
    byline: ['Marisol Vega'],
    publishedAt: '2024-03-05T14:00:00.000Z',
    siteName: 'Los Angeles Times',
    lang: 'en',
    first: 'A coastal city council voted',
    junk: ['small gas engines', 'Essential California'],
  },
  lefigaro: {
    url: 'https://www.lefigaro.fr/actualite-france/a-lyon-une-ecole-teste-la-semaine-de-quatre-jours-et-demi-20240305',
    title: 'À Lyon, une école teste la semaine de quatre jours et demi',
    byline: ['Mathilde Rousseau'],
    publishedAt: '2024-03-05T09:15:00.000Z',
    siteName: 'Le Figaro',
    lang: 'fr',
    first: 'Une école primaire du centre de Lyon',
    junk: ['À lire aussi', 'Publicité', 'réservé aux abonnés'],
  },
  lemonde: {
    url: 'https://www.lemonde.fr/economie/article/2024/03/05/dans-les-alpes-les-stations-de-ski-misent-sur-la-randonnee-d-hiver_6220123_3234.html',
    title: 'Dans les Alpes, les stations de ski misent sur la randonnée d’hiver',
    byline: ['Claire Dumas'],
    publishedAt: '2024-03-05T05:00:12.000Z',
    siteName: 'Le Monde.fr',
    lang: 'fr',
    first: 'Faute de neige en quantité suffisante',
    junk: ['Lire aussi', 'Publicité', 'mots croisés'],
  },
  meduza: {
    url: 'https://meduza.io/news/2024/03/05/v-kaliningrade-otkryli-novyy-parom-do-sankt-peterburga',
    title: 'В Калининграде открыли новый паром до Санкт-Петербурга',
    byline: ['Мария Соколова'],
    publishedAt: '2024-03-05T12:20:00.000Z',
    siteName: 'Meduza',
    lang: 'ru',
    first: 'Новое судно рассчитано на двести пассажиров',
    junk: ['Читайте также', 'Реклама'],
  },
  moscowtimes: {
    url: 'https://www.themoscowtimes.com/2024/03/05/regional-airline-cancels-winter-flights-to-the-far-north-a84321',
    title: 'Regional airline cancels winter flights to the Far North',
    // A staff story: the byline box names only the newspaper (and a date, which is not a name).
    byline: [],
    publishedAt: '2024-03-05T12:55:00.000Z',
    siteName: 'The Moscow Times',
    lang: 'en',
    first: 'A regional airline has cancelled',
    junk: ['Read more', 'Support The Moscow Times', 'Aviation'],
  },
  npr: {
    url: 'https://www.npr.org/2024/03/05/1235678901/library-lends-fishing-rods',
    title: 'A small-town library lends out fishing rods, and they keep coming back',
    byline: ['Grace Lindgren'],
    publishedAt: '2024-03-05T10:01:00.000Z',
    siteName: 'NPR',
    lang: 'en',
    first: 'The public library in a lakeside town',
    junk: ['A librarian sorts', 'Enlarge this image'],
  },
  nrc: {
    url: 'https://www.nrc.nl/nieuws/2024/03/05/gemeente-plant-duizend-nieuwe-bomen-langs-de-ringweg-a4191234',
    title: 'Gemeente plant duizend nieuwe bomen langs de ringweg',
    byline: ['Sanne de Vries', 'Pieter Janssen'],
    publishedAt: '2024-03-05T15:48:00.000Z',
    siteName: 'NRC',
    lang: 'nl',
    first: 'De gemeente gaat dit voorjaar duizend bomen planten',
    junk: ['Lees ook', 'nieuwsbrief'],
  },
  politico: {
    url: 'https://www.politico.com/news/2024/03/05/governors-broadband-grants-00145123',
    title: 'Governors push for faster broadband grants',
    byline: ['Derek Alvarez'],
    publishedAt: '2024-03-05T21:40:00.000Z',
    siteName: 'POLITICO',
    lang: 'en',
    first: 'A bipartisan group of governors',
    junk: ['Playbook', 'Broadband maps under scrutiny', 'By Derek'],
  },
  propublica: {
    url: 'https://www.propublica.org/article/county-flood-maps-outdated',
    title: 'How a County Lost Track of Its Flood Maps',
    byline: ['Rosa Whitaker', 'Sam Greer'],
    publishedAt: '2024-03-05T16:00:00.000Z',
    siteName: 'ProPublica',
    lang: 'en',
    first: 'For more than a decade, the county relied',
    junk: ['Dispatches', 'Contact us'],
  },
  scmp: {
    url: 'https://www.scmp.com/news/hong-kong/transport/article/3254321/hong-kong-add-ferry-route-linking-outlying-islands',
    title: 'Hong Kong to add ferry route linking outlying islands',
    byline: ['Winnie Chan', 'Kelvin Ho'],
    publishedAt: '2024-03-05T02:45:00.000Z',
    siteName: 'South China Morning Post',
    lang: 'en',
    first: 'A new ferry route will connect three outlying islands',
    junk: ['Related topics', 'Ferry operators seek subsidy', 'Advertisement'],
  },
  skynews: {
    url: 'https://news.sky.com/story/seaside-pier-reopens-after-storm-repairs-13087654',
    title: 'Seaside pier reopens after storm repairs',
    byline: ['Owen Fletcher'],
    publishedAt: '2024-03-05T09:25:00.000Z',
    siteName: 'Sky News',
    lang: 'en-GB',
    first: 'A Victorian pier that was closed',
    junk: ['Related stories', 'Video: waves', 'blue flags'],
  },
  spiegel: {
    url: 'https://www.spiegel.de/reise/europa/nachtzug-nach-kopenhagen-bahn-verlaengert-die-verbindung-a-5c1e2d3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f',
    title: 'Nachtzug nach Kopenhagen: Bahn verlängert die Verbindung',
    byline: ['Jonas Albrecht'],
    publishedAt: '2024-03-05T16:45:00.000Z',
    siteName: 'DER SPIEGEL',
    lang: 'de',
    first: 'Die Nachtzugverbindung von Berlin nach Kopenhagen',
    junk: ['Mehr zum Thema', 'Anzeige', 'KopenhagenBahn'],
  },
  telegraph: {
    url: 'https://www.telegraph.co.uk/news/2024/03/05/cathedral-bells-ring-again-after-restoration/',
    title: 'Cathedral bells ring again after restoration',
    byline: ['Fiona Ashdown', 'Robert Kemp'],
    publishedAt: '2024-03-05T19:30:00.000Z',
    siteName: 'The Telegraph',
    lang: 'en-GB',
    first: 'The bells of the cathedral rang out',
    junk: ['Church roofs', 'Advertisement'],
  },
  theatlantic: {
    url: 'https://www.theatlantic.com/ideas/archive/2024/03/town-meeting-return-local-democracy/677654/',
    title: 'The Quiet Return of the Town Meeting',
    byline: ['Elliot Marsh'],
    publishedAt: '2024-03-05T12:00:00.000Z',
    siteName: 'The Atlantic',
    lang: 'en',
    first: 'In a handful of small towns',
    junk: ['Atlantic Daily', 'decline of local news'],
  },
  thehindu: {
    url: 'https://www.thehindu.com/news/cities/chennai/chennai-metro-extends-night-services-during-exam-season/article67912345.ece',
    title: 'Chennai metro extends night services during exam season',
    byline: ['Kavitha Raman'],
    publishedAt: '2024-03-05T15:11:00.000Z',
    siteName: 'The Hindu',
    lang: 'en',
    first: 'Chennai Metro Rail will run trains until midnight',
    junk: ['Suburban rail timetable', 'Also read'],
  },
  washingtonpost: {
    url: 'https://www.washingtonpost.com/transportation/2024/03/05/metro-late-night-weekend-service/',
    title: 'Metro adds late-night trains on weekends after rider survey',
    byline: ['Tessa Gorman'],
    publishedAt: '2024-03-05T18:22:00.000Z',
    siteName: 'Washington Post',
    lang: 'en',
    first: 'The region’s subway system will run trains',
    junk: ['Advertisement', 'Bus network redesign'],
  },
};

/** Adapters whose fixtures are exercised in article.test.ts. */
const COVERED_ELSEWHERE = ['bbc', 'guardian', 'novayagazeta', 'nytimes', 'pinknews', 'reuters'];

describe('site adapters', () => {
  it('cover at least 40 sites, 10 outside the US/UK and 5 not in English, each with a fixture case', () => {
    expect(siteAdapters.length).toBeGreaterThanOrEqual(40);
    const ids = siteAdapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...Object.keys(cases), ...COVERED_ELSEWHERE].sort()).toEqual([...ids].sort());
    const nonEnglish = siteAdapters.filter((a) => a.lang && !a.lang.startsWith('en'));
    expect(nonEnglish.length, nonEnglish.map((a) => a.id).join()).toBeGreaterThanOrEqual(5);
    const abroad = siteAdapters.filter((a) => a.country !== 'US' && a.country !== 'GB');
    expect(abroad.length, abroad.map((a) => a.id).join()).toBeGreaterThanOrEqual(10);
    for (const a of siteAdapters) expect(a.country, a.id).toMatch(/^[A-Z]{2}$/);
  });

  it('declare valid article URL patterns and feed the manifest match patterns', () => {
    const patterns = supportedMatchPatterns();
    for (const a of siteAdapters) {
      expect(a.articlePaths?.length, a.id).toBeGreaterThan(0);
      for (const src of a.articlePaths ?? []) expect(() => new RegExp(src), `${a.id} ${src}`).not.toThrow();
      for (const h of a.hosts) {
        expect(h, a.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
        expect(patterns).toContain(`*://*.${h}/*`);
      }
    }
  });

  it("reject every supported site's home page, section fronts and search (timed in article.test.ts)", () => {
    const front = load('bbc-home');
    for (const a of siteAdapters) {
      for (const path of ['/', '/world/', '/search?q=rain']) {
        const url = `https://www.${a.hosts[0]}${path}`;
        const d = detectArticle(front, url);
        expect(d.isArticle, url).toBe(false);
        expect(d.site).toBe(a.id);
      }
    }
  });
});

describe.each(Object.entries(cases))('%s fixture', (id, c) => {
  const name = `${id}-article`;
  const url = `${c.url}${c.url.includes('?') ? '&' : '?'}utm_source=test`;

  it('is detected as an article of that site', () => {
    const d = detectArticle(load(name), url);
    expect(d.isArticle, d.reason).toBe(true);
    expect(d.site).toBe(id);
    expect(d.reason).toMatch(/article URL/);
  });

  it('has clean metadata', () => {
    const { article } = analyzePage(load(name), url);
    expect(article).not.toBeNull();
    const a = article!;
    expect(a.title).toBe(c.title);
    expect(a.byline).toEqual(c.byline);
    expect(a.publishedAt).toBe(c.publishedAt);
    expect(a.siteName).toBe(c.siteName);
    expect(a.lang).toBe(c.lang);
    expect(a.canonicalUrl).toBe(c.url);
  });

  it('has the three body paragraphs and none of the junk', () => {
    const text = analyzePage(load(name), url).article?.text ?? '';
    const paragraphs = text.split('\n\n');
    expect(paragraphs, text).toHaveLength(3);
    expect(paragraphs[0]!.startsWith(c.first), paragraphs[0]).toBe(true);
    for (const p of paragraphs) expect(p.length).toBeGreaterThan(60);
    for (const j of c.junk) expect(text, j).not.toContain(j);
    expect(text).not.toContain(c.title);
  });
});
