import type { SiteAdapter } from '../types';
import abcau from './abcau';
import aljazeera from './aljazeera';
import apnews from './apnews';
import axios from './axios';
import bbc from './bbc';
import bloomberg from './bloomberg';
import buzzfeednews from './buzzfeednews';
import cbc from './cbc';
import cnn from './cnn';
import corriere from './corriere';
import dailymail from './dailymail';
import dw from './dw';
import economist from './economist';
import elpais from './elpais';
import folha from './folha';
import france24 from './france24';
import ft from './ft';
import guardian from './guardian';
import haaretz from './haaretz';
import huffpost from './huffpost';
import independent from './independent';
import irishtimes from './irishtimes';
import kyivindependent from './kyivindependent';
import latimes from './latimes';
import lefigaro from './lefigaro';
import lemonde from './lemonde';
import meduza from './meduza';
import moscowtimes from './moscowtimes';
import novayagazeta from './novayagazeta';
import npr from './npr';
import nrc from './nrc';
import nytimes from './nytimes';
import pinknews from './pinknews';
import politico from './politico';
import propublica from './propublica';
import reuters from './reuters';
import scmp from './scmp';
import skynews from './skynews';
import spiegel from './spiegel';
import telegraph from './telegraph';
import theatlantic from './theatlantic';
import thehindu from './thehindu';
import washingtonpost from './washingtonpost';

/** Every supported site. Adding a site = one data file + one line here; the manifest follows. */
export const siteAdapters: readonly SiteAdapter[] = [
  abcau,
  aljazeera,
  apnews,
  axios,
  bbc,
  bloomberg,
  buzzfeednews,
  cbc,
  cnn,
  corriere,
  dailymail,
  dw,
  economist,
  elpais,
  folha,
  france24,
  ft,
  guardian,
  haaretz,
  huffpost,
  independent,
  irishtimes,
  kyivindependent,
  latimes,
  lefigaro,
  lemonde,
  meduza,
  moscowtimes,
  novayagazeta,
  npr,
  nrc,
  nytimes,
  pinknews,
  politico,
  propublica,
  reuters,
  scmp,
  skynews,
  spiegel,
  telegraph,
  theatlantic,
  thehindu,
  washingtonpost,
];

/** Match patterns for the manifest: the bare host and every subdomain of each supported host. */
export function supportedMatchPatterns(adapters: readonly SiteAdapter[] = siteAdapters): string[] {
  return adapters.flatMap((a) => a.hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]));
}

/** The site (adapter, or any record with hosts) whose host is the given one or a parent domain of it, or null. */
export function siteForHost<T extends Pick<SiteAdapter, 'hosts'>>(hostname: string, sites: readonly T[]): T | null {
  const host = hostname.toLowerCase();
  return sites.find((a) => a.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}

/** The adapter whose host (or a parent domain of the URL's host) matches, or null. */
export function adapterForUrl(url: string | null | undefined, adapters: readonly SiteAdapter[] = siteAdapters): SiteAdapter | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return siteForHost(host, adapters);
}
