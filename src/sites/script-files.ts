/**
 * The content scripts, as packaged (paths inside the extension). The browser puts the gate into every
 * page of a supported site; the gate imports the full script only where the page may be an article,
 * so the full script must be web-accessible to those sites. Sites the reader adds get the full script
 * directly: having no site adapter, they would always pass the gate.
 */
export const GATE_SCRIPT = 'article-gate.js';
export const CONTENT_SCRIPT = 'content-scripts/content.js';

/**
 * Set on the content-script world's global by the full script when it starts, so that reading a page
 * at the reader's request does not load it a second time into a page it has already read.
 */
export const CONTENT_SCRIPT_MARK = 'backstoryContentScript';
