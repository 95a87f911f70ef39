import type { ComponentChildren } from 'preact';
import { safeHref } from './format';

/** A link out of the extension: http(s) only, new tab, no referrer; unsafe URLs render as plain text. */
export function ExternalLink({ href, children, class: className }: { href: string | null | undefined; children: ComponentChildren; class?: string }) {
  const safe = safeHref(href);
  if (!safe) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
