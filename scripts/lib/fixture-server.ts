/**
 * A tiny static server for the end-to-end tests and the demo. It listens on 127.0.0.1 (ephemeral
 * port) and answers both ordinary requests (Chromium maps real hostnames to it with
 * --host-resolver-rules, keeping the Host header) and proxy-style absolute-form requests
 * (`GET http://www.pinknews.co.uk/path HTTP/1.1`, which Firefox sends when this server is its HTTP proxy).
 * Every request is recorded, so tests can check what the browser (and the extension) fetched.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { demoSiteDir } from './paths';
import { DEMO_ROUTES, FIXTURE_HOSTS, NEWS_HOST, PATHS, referenceArticleHtml } from './demo-site';

export interface RecordedRequest {
  method: string;
  host: string;
  path: string;
  /** true when the request came in absolute form (through the server acting as an HTTP proxy). */
  proxied: boolean;
  status: number;
  at: number;
}

export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Every request received so far, in order (including CONNECT attempts and 404s). */
  requests: RecordedRequest[];
  /** How many requests matched host (without port; any fixture host when omitted) and path. */
  count(path: string, host?: string): number;
  resetCounts(): void;
  close(): Promise<void>;
}

type Handler = () => Promise<{ body: string | Buffer; type: string }>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

export interface FixtureServerOptions {
  /** Directory served (default tests/fixtures/demo-site). */
  root?: string;
  /** Hostnames answered (default FIXTURE_HOSTS); requests for other hosts get 404. */
  hosts?: string[];
  /** Extra host-independent routes: path → file under root. */
  routes?: Record<string, string>;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = options.root ?? demoSiteDir;
  const hosts = new Set((options.hosts ?? FIXTURE_HOSTS).map((h) => h.toLowerCase()));
  const routes = { ...DEMO_ROUTES, ...(options.routes ?? {}) };
  const requests: RecordedRequest[] = [];

  const fileHandler = (rel: string): Handler => async () => ({
    body: await readFile(join(root, rel)),
    type: TYPES[extname(rel)] ?? 'application/octet-stream',
  });

  const resolveRoute = (host: string, path: string): Handler | null => {
    // Direct requests to 127.0.0.1 are treated as the news host, so the site can be browsed without mapping.
    if (!hosts.has(host) && host !== '127.0.0.1' && host !== 'localhost') return null;
    if (path === PATHS.reference || path === PATHS.reference.replace(/\/$/, '')) {
      return async () => ({ body: referenceArticleHtml(), type: TYPES['.html']! });
    }
    const withSlash = path.endsWith('/') || extname(path) ? path : `${path}/`;
    const routed = routes[withSlash] ?? routes[path];
    if (routed) return fileHandler(routed);
    if (path.startsWith('/assets/')) {
      const rel = normalize(decodeURIComponent(path.slice(1)));
      if (rel.startsWith(`assets${sep}`) && !rel.includes('..')) return fileHandler(rel);
    }
    return null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    const proxied = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
    let host = '';
    let path = '/';
    try {
      const u = new URL(raw, `http://${req.headers.host ?? NEWS_HOST}`);
      host = u.hostname.toLowerCase();
      path = u.pathname;
    } catch {
      /* keep defaults */
    }
    const entry: RecordedRequest = { method: req.method ?? 'GET', host, path, proxied, status: 0, at: Date.now() };
    requests.push(entry);
    const handler = req.method === 'GET' || req.method === 'HEAD' ? resolveRoute(host, path) : null;
    if (!handler) {
      entry.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`not found: ${host}${path}\n`);
      return;
    }
    try {
      const { body, type } = await handler();
      entry.status = 200;
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      entry.status = 500;
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`fixture server error: ${(e as Error).message}\n`);
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  // HTTPS through the proxy (CONNECT) is not served: refuse it quickly so the browser falls back or fails fast.
  server.on('connect', (req, socket) => {
    const [h = '', p = ''] = (req.url ?? '').split(':');
    requests.push({ method: 'CONNECT', host: h.toLowerCase(), path: p, proxied: true, status: 403, at: Date.now() });
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    count(path, host) {
      return requests.filter((r) => r.path === path && (host ? r.host === host : hosts.has(r.host))).length;
    },
    resetCounts() {
      requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
