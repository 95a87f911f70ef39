/**
 * What the browser suites read from a hostile page and from its sidebar frame, and the judgement of
 * it, shared by Chromium (Playwright) and Firefox (puppeteer). The two in-page functions are evaluated
 * in the page and must stay self-contained; the page one only uses the recorder's untouched tools and
 * plain loops, because the page may have replaced Array.prototype, JSON or getComputedStyle.
 */
import type { HostilePage } from './corpus';

export interface PageReport {
  calls: string[];
  errors: string[];
  hosts: number;
  box: { x: number; y: number; width: number; height: number } | null;
  viewport: { width: number; height: number };
  /** Tag of the topmost element at the host's centre (a closed shadow root answers with its host). */
  topmost: string | null;
  style: Record<string, string>;
  pseudo: { before: string; after: string };
}

export interface FrameReport {
  /** Elements or attributes that can run code: inline scripts, on* handlers, javascript:/data: links, nested frames. */
  active: string[];
  text: string;
  /** What the sidebar presents as matched: titles of source cards with a known entity, and the site line. */
  matched: string[];
}

/** Host styles the page must not be able to change (set inline with !important by src/content/sidebar-host.ts). */
export const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  'z-index': '2147483647',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
};

/** Evaluated in the article page: the trap's record and the sidebar host's box and styles, as JSON. */
export function inspectPage(args: { tag: string; props: string[] }): string {
  const trap = (window as unknown as { __trap: { calls: string[]; errors: string[]; tools: Record<string, (...a: unknown[]) => any> } }).__trap;
  const t = trap.tools;
  const copy = (a: ArrayLike<string>) => {
    const out: string[] = [];
    for (let i = 0; i < a.length; i++) out[i] = a[i]!;
    return out;
  };
  const hosts = t.all!(args.tag) as NodeListOf<HTMLElement>;
  const host = hosts[0] ?? null;
  const report: PageReport = {
    calls: copy(trap.calls),
    errors: copy(trap.errors),
    hosts: hosts.length,
    box: null,
    viewport: { width: innerWidth, height: innerHeight },
    topmost: null,
    style: {},
    pseudo: { before: '', after: '' },
  };
  if (host) {
    const r = t.rect!(host) as DOMRect;
    report.box = { x: r.x, y: r.y, width: r.width, height: r.height };
    const top = t.at!(r.x + r.width / 2, r.y + r.height / 2) as Element | null;
    report.topmost = top ? top.localName : null;
    const cs = t.style!(host) as CSSStyleDeclaration;
    for (let i = 0; i < args.props.length; i++) report.style[args.props[i]!] = cs.getPropertyValue(args.props[i]!);
    report.pseudo = { before: (t.style!(host, '::before') as CSSStyleDeclaration).content, after: (t.style!(host, '::after') as CSSStyleDeclaration).content };
  }
  return t.json!(report) as string;
}

/** Evaluated in the sidebar frame (the extension page): anything active in its DOM, and its text. */
export function inspectSidebar(): FrameReport {
  const active: string[] = [];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.localName;
    if (tag === 'script' && !el.getAttribute('src')) active.push('inline <script>');
    if (tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'frame') active.push(`<${tag}>`);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) active.push(`${tag}[${a.name}]`);
      if ((a.name === 'href' || a.name === 'src' || a.name === 'action' || a.name === 'formaction') && /^\s*(?:javascript|data|vbscript):/i.test(a.value)) active.push(`${tag}[${a.name}=${a.value.slice(0, 40)}]`);
    }
  }
  const matched = Array.from(document.querySelectorAll('li.card.source'))
    .filter((c) => c.querySelector('p.desc:not(.unknown)'))
    .map((c) => (c.querySelector('.card-title')?.textContent ?? '').trim());
  matched.push((document.querySelector('p.site')?.textContent ?? '').trim());
  return { active, text: document.body.textContent ?? '', matched };
}

/** Everything wrong with one page's reports, as readable lines (empty when the page passed). */
export function problems(page: HostilePage, p: PageReport, f: FrameReport, logged: string[]): string[] {
  const out: string[] = [];
  if (p.calls.length) out.push(`trap called (script ran from page data): ${p.calls.join(', ')}`);
  if (p.errors.length) out.push(`errors thrown into the page: ${p.errors.join(' | ')}`);
  if (logged.length) out.push(`errors logged: ${logged.join(' | ')}`);
  if (p.hosts !== 1) out.push(`${p.hosts} sidebar hosts`);
  const b = p.box;
  if (!b || b.width < 40 || b.height < 100 || b.x < 0 || b.y < 0 || b.x + b.width > p.viewport.width + 1 || b.y >= p.viewport.height) out.push(`host box off screen or squeezed: ${JSON.stringify(b)}`);
  if (!p.topmost?.startsWith('backstory-sidebar')) out.push(`host covered at its centre by <${p.topmost}>`);
  for (const [prop, want] of Object.entries(HOST_STYLE)) if (p.style[prop] !== want) out.push(`host ${prop} is ${p.style[prop]}, not ${want}`);
  for (const [where, content] of Object.entries(p.pseudo)) if (content !== 'none' && content !== 'normal') out.push(`host ::${where} generated by the page (content ${content})`);
  if (f.active.length) out.push(`active content in the sidebar: ${f.active.join(', ')}`);
  if (page.shownAsText && !f.text.includes(page.shownAsText)) out.push(`sidebar does not show the payload ${page.shownAsText} as text`);
  for (const name of page.notMatched ?? []) if (f.matched.includes(name)) out.push(`${name} matched through a look-alike`);
  return out;
}
