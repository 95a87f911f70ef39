import type { SiteAdapter } from '../types';
import aljazeera from './aljazeera';
import apnews from './apnews';
import bbc from './bbc';
import buzzfeednews from './buzzfeednews';
import cnn from './cnn';
import elpais from './elpais';
import guardian from './guardian';
import independent from './independent';
import lemonde from './lemonde';
import novayagazeta from './novayagazeta';
import npr from './npr';
import nytimes from './nytimes';
import pinknews from './pinknews';
import reuters from './reuters';
import spiegel from './spiegel';
import washingtonpost from './washingtonpost';

/** Every supported site. Adding a site = one data file + one line here; the manifest follows. */
export const siteAdapters: readonly SiteAdapter[] = [
  aljazeera,
  apnews,
  bbc,
  buzzfeednews,
  cnn,
  elpais,
  guardian,
  independent,
  lemonde,
  novayagazeta,
  npr,
  nytimes,
  pinknews,
  reuters,
  spiegel,
  washingtonpost,
];

/** Match patterns for the manifest: the bare host and every subdomain of each supported host. */
export function supportedMatchPatterns(adapters: readonly SiteAdapter[] = siteAdapters): string[] {
  return adapters.flatMap((a) => a.hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]));
}

/** The adapter whose host (or a parent domain of the URL's host) matches, or null. */
export function adapterForUrl(url: string | null | undefined, adapters: readonly SiteAdapter[] = siteAdapters): SiteAdapter | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return adapters.find((a) => a.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}
