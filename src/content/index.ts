export { runOnPage } from './run';
export { HOST_TAG } from './sidebar-host';
export { isCollapsed, setCollapsed, onCollapsedChange } from './sidebar-state';
