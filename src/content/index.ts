export { runOnPage } from './run';
export { HOST_TAG } from './sidebar-host';
