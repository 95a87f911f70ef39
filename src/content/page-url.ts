// The background refuses longer URLs; tracking queries can make a page's address that long.
const MAX_URL = 4_096;

/** The address sent for a page: without its query and fragment when those make it too long. */
export function sendableUrl(href: string): string {
  if (href.length <= MAX_URL) return href;
  const u = new URL(href);
  return `${u.origin}${u.pathname}`.slice(0, MAX_URL);
}
