export { App as SidebarApp } from './sidebar/App';
export { App as PopupApp } from './popup/App';
export { App as OptionsApp } from './options/App';
