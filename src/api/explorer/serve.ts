import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PACKAGE_ROOT } from '../../paths.js';
import { ActorgraphError } from '../../model/errors.js';

/**
 * The explorer page: static ES modules and CSS in web/explorer (no build
 * step), plus cytoscape's ESM build straight from node_modules, all from this
 * server: nothing is fetched from elsewhere at run time.
 */
export const EXPLORER_DIR = join(PACKAGE_ROOT, 'web', 'explorer');

/** The page talks to /graphql only; scripts and styles come from this origin, images may be data:/blob: (PNG export). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** One plain file name: no separators, no leading dot, a served extension; `.d.ts` type stubs are not served. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

export class ExplorerAssetError extends ActorgraphError<'EXPLORER_ASSET'> {
  readonly path: string;
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super('EXPLORER_ASSET', `explorer asset ${path}: ${message}`, options);
    this.path = path;
  }
}

export interface ExplorerOptions {
  /** Folder of index.html and the page's modules (default web/explorer in the package). */
  dir?: string;
  /** cytoscape's ES module build (default: resolved from node_modules). */
  cytoscapeFile?: string;
}

export type ExplorerHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

interface CachedAsset {
  mtimeMs: number;
  size: number;
  body: Buffer;
  gzipped: Buffer | undefined;
  etag: string;
}

/** cytoscape's minified ES module, found through Node's resolution so any install layout works. */
export function resolveCytoscapeModule(): string {
  const require = createRequire(import.meta.url);
  let main: string;
  try {
    main = require.resolve('cytoscape');
  } catch (err) {
    throw new ExplorerAssetError('cytoscape', 'the cytoscape package is not installed (npm install)', { cause: err });
  }
  return join(dirname(main), 'cytoscape.esm.min.mjs');
}

/**
 * The handler for `/`, `/index.html` and `/assets/*`; it answers false for
 * every other path, so the server goes on to its other routes. Missing page
 * files fail here, when the server is made, not on the first visit.
 */
export function createExplorerHandler(opts: ExplorerOptions = {}): ExplorerHandler {
  const dir = opts.dir ?? EXPLORER_DIR;
  const cytoscapeFile = opts.cytoscapeFile ?? resolveCytoscapeModule();
  for (const required of [join(dir, 'index.html'), join(dir, 'main.js'), cytoscapeFile]) {
    if (!existsSync(required)) throw new ExplorerAssetError(required, 'missing: the explorer cannot be served');
  }
  const cache = new Map<string, CachedAsset>();

  /** Reads a file, again only when it changed on disk (so editing the page needs no restart). */
  const load = (file: string): CachedAsset | undefined => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    const body = readFileSync(file);
    const asset: CachedAsset = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      body,
      gzipped: body.length > 1024 ? gzipSync(body) : undefined,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    };
    cache.set(file, asset);
    return asset;
  };

  return (req, res) => {
    const path = requestPath(req.url);
    if (path === undefined) return false;
    let file: string | undefined;
    let cacheControl = 'no-cache';
    if (path === '/' || path === '/index.html') {
      file = join(dir, 'index.html');
    } else if (path === '/assets/cytoscape.js') {
      file = cytoscapeFile;
      // A library that changes only with the installed package: cached for a day, then revalidated by ETag.
      cacheControl = 'public, max-age=86400';
    } else if (path.startsWith('/assets/')) {
      const name = safeAssetName(path.slice('/assets/'.length));
      if (name !== undefined) file = join(dir, name);
    } else {
      return false;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return true;
    }
    const asset = file === undefined ? undefined : load(file);
    if (file === undefined || asset === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }).end('not found\n');
      return true;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': cacheControl,
      etag: asset.etag,
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    };
    if (type.startsWith('text/html')) {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['referrer-policy'] = 'no-referrer';
      headers['x-frame-options'] = 'DENY';
    }
    if (etagMatches(req.headers['if-none-match'], asset.etag)) {
      res.writeHead(304, headers).end();
      return true;
    }
    const gzip = asset.gzipped !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? asset.gzipped! : asset.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

/** The decoded path of a request URL; undefined when it cannot be decoded (left to the other routes, which 404). */
function requestPath(url: string | undefined): string | undefined {
  const raw = (url ?? '/').split('?')[0]!.split('#')[0]!;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * An asset name that can only name a file directly inside the explorer
 * folder: no `/`, `\`, `..`, NUL or leading dot survive, and only known
 * extensions are served. Anything else is refused (404).
 */
export function safeAssetName(name: string): string | undefined {
  if (!ASSET_NAME.test(name) || name.includes('..')) return undefined;
  if (name.endsWith('.d.ts') || !(extname(name) in CONTENT_TYPES)) return undefined;
  return name;
}

function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  return value.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
