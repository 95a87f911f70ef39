import { adapterForUrl } from '../article/sites';

/** A hostname the reader may add: lower-case labels of letters, digits and hyphens, at least two of them. */
export const USER_HOST_PATTERN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export type SiteInput = { ok: true; host: string } | { ok: false; error: 'empty' | 'invalid' | 'supported' };

/**
 * Reads what the reader typed ("example.com", "www.example.com", "https://example.com/news/x")
 * as the site's hostname without "www.". Synchronous on purpose: the options page calls it between the
 * click and permissions.request, which must happen before any await to keep the user gesture.
 */
export function parseSiteInput(input: string): SiteInput {
  const raw = input.trim().toLowerCase();
  if (!raw) return { ok: false, error: 'empty' };
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return { ok: false, error: 'invalid' };
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (!USER_HOST_PATTERN.test(host)) return { ok: false, error: 'invalid' };
  if (adapterForUrl(`https://${host}/`)) return { ok: false, error: 'supported' };
  return { ok: true, host };
}

/** The origins a user-added site needs, like the supported sites' patterns: the host and its subdomains. */
export function originsFor(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

/**
 * The key a page's site settings are stored under: the first host of its supported site (so
 * pinknews.co.uk and thepinknews.com share one switch), or the user-added host it belongs to; null when
 * the page is on neither.
 */
export function siteKeyForUrl(url: string, userHosts: readonly string[]): string | null {
  const adapter = adapterForUrl(url);
  if (adapter) return adapter.hosts[0] ?? null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return userHosts.find((h) => host === h || host.endsWith(`.${h}`)) ?? null;
}
