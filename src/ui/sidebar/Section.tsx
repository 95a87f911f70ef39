import type { ComponentChildren } from 'preact';

/** A titled part of the sidebar; hidden entirely when it has nothing to say. */
export function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ComponentChildren }) {
  if (!count) return null;
  return (
    <section class="section" id={id} aria-labelledby={`h-${id}`}>
      <h2 id={`h-${id}`}>
        {title} <span class="count">{count.toLocaleString()}</span>
      </h2>
      {children}
    </section>
  );
}
