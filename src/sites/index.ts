export { canFrameSidebar } from './frame-access';
export { USER_HOST_PATTERN, originsFor, parseSiteInput, siteKeyForUrl, type SiteInput } from './hosts';
export {
  onSiteSettingsChange,
  readSiteSettings,
  setOpenMode,
  setSiteEnabled,
  settingsForUrl,
  type OpenMode,
  type SiteSettings,
} from './settings';
export { addUserSite, forgetUserSites, removeUserSite, restoreUserSites, scriptIdFor } from './user-sites';
