import { adapterForUrl } from '../article/sites';

/**
 * Whether the in-page sidebar frame may be shown on this page. Chrome MV3 lists the web pages that may
 * frame the sidebar page statically in the manifest (the supported sites only, so no other page can probe
 * for Backstory); on a site the reader added, Chrome would block the frame, so there the context is shown
 * in the browser's side panel / popup instead. Firefox MV2 resources are reachable from any page under a
 * per-install random origin, so the frame works on added sites too.
 */
export function canFrameSidebar(url: string, manifestVersion: number = import.meta.env.MANIFEST_VERSION): boolean {
  return manifestVersion === 2 || adapterForUrl(url) !== null;
}
