export { runOnPage } from './run';
export { viewSettled } from './settle';
export { sendableUrl } from './page-url';
