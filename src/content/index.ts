export { runOnPage } from './run';
export { viewSettled } from './settle';
export { sendableUrl } from './page-url';
export { startEarly, type EarlyStart } from './early-sidebar';
export { documentParsed } from './document-parsed';
