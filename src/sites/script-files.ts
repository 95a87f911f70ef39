/**
 * The content scripts, as packaged (paths inside the extension). The browser puts a site's gate
 * (src/content/gate-script.ts) into the pages at that site's article URLs; the gate imports the
 * full script only where the address may be an article's, so the full script must be web-accessible to
 * those sites. Sites the reader adds get the full script directly: having no site adapter, they would
 * always pass the gate.
 */
/** The gate of the site adapter `siteId`: each site has its own, holding its pattern alone. */
export const gateScript = (siteId: string) => `gates/${siteId}.js`;
export const CONTENT_SCRIPT = 'content-scripts/content.js';

/**
 * Set on the content-script world's global: "loading" by the gate as it imports the full script, true by
 * the full script when it starts. Neither the background after a history navigation nor reading a page
 * at the reader's request loads the full script into a page that has it or is getting it.
 */
export const CONTENT_SCRIPT_MARK = 'backstoryContentScript';

/**
 * Set on the content-script world's global by the background when it loads the full script after a
 * history navigation: the title of the view navigated from, so the full script reads the page once the
 * new view has rendered.
 */
export const NAVIGATED_FROM = 'backstoryNavigatedFrom';
