import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_DIR, ExplorerAssetError, createExplorerHandler, resolveCytoscapeModule, safeAssetName } from '../../src/api/explorer/serve.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: Server;
let port: number;

/** A raw request: unlike fetch, node:http sends the path exactly as written, `..` and all. */
function send(path: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const explorer = createExplorerHandler();
  // Paths the explorer does not own get 418 here, to tell "not handled" apart from the explorer's own 404.
  server = createServer((req, res) => {
    if (!explorer(req, res)) res.writeHead(418).end('not mine');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('explorer static handler', () => {
  it('serves the page at / and /index.html as HTML with a same-origin content security policy', async () => {
    for (const path of ['/', '/index.html', '/?actor=x']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-cache');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(reply.body.toString('utf8')).toContain('<script type="module" src="/assets/main.js"></script>');
    }
  });

  it('serves modules, styles and cytoscape with their content types', async () => {
    const js = await send('/assets/main.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body.toString('utf8')).toBe(readFileSync(join(EXPLORER_DIR, 'main.js'), 'utf8'));

    const css = await send('/assets/explorer.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');

    const cy = await send('/assets/cytoscape.js');
    expect(cy.status).toBe(200);
    expect(cy.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(cy.headers['cache-control']).toBe('public, max-age=86400');
    // The ES module build: the page imports its default export.
    expect(cy.body.toString('utf8')).toMatch(/export\s*\{\s*\w+ as default\s*\}/);
  });

  it('every module the page imports is served', async () => {
    const modules = readdirSync(EXPLORER_DIR).filter((f) => f.endsWith('.js'));
    const imported = new Set<string>();
    for (const file of modules) {
      const source = readFileSync(join(EXPLORER_DIR, file), 'utf8');
      for (const m of source.matchAll(/^\s*import\s+(?:[^'"]+\s+from\s+)?['"]\.\/([^'"]+)['"]/gm)) imported.add(m[1]!);
    }
    expect(imported).toContain('cytoscape.js');
    expect(imported).toContain('api.js');
    for (const name of imported) {
      const reply = await send(`/assets/${name}`, { method: 'HEAD' });
      expect(reply.status, name).toBe(200);
    }
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await send('/assets/graph-view.js');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await send('/assets/graph-view.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const stale = await send('/assets/graph-view.js', { headers: { 'if-none-match': '"something-else"' } });
    expect(stale.status).toBe(200);
  });

  it('compresses when the client accepts gzip, and answers HEAD without a body', async () => {
    const plain = await send('/assets/cytoscape.js');
    const zipped = await send('/assets/cytoscape.js', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);

    const head = await send('/assets/cytoscape.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(plain.body.length);
    expect(head.body.length).toBe(0);
  });

  it('answers 404 for assets that do not exist or are not served', async () => {
    for (const path of ['/assets/nope.js', '/assets/', '/assets/text.d.ts', '/assets/index', '/assets/README.md']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    }
  });

  it('refuses path traversal, however it is spelled', async () => {
    const attempts = [
      '/assets/../package.json',
      '/assets/../../package.json',
      '/assets/..%2fpackage.json',
      '/assets/%2e%2e%2fpackage.json',
      '/assets/%2E%2E/%2E%2E/package.json',
      '/assets/..%5c..%5cpackage.json',
      '/assets/%2fetc%2fpasswd',
      '/assets//etc/passwd',
      '/assets/.hidden.js',
      '/assets/main.js%00.png',
      '/assets/sub/main.js',
    ];
    for (const path of attempts) {
      const reply = await send(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString('utf8'), path).not.toContain('"name"');
    }
    expect(safeAssetName('../package.json')).toBeUndefined();
    expect(safeAssetName('main.js')).toBe('main.js');
  });

  it('leaves other paths to the rest of the server', async () => {
    for (const path of ['/graphql', '/health', '/index.htm', '/assetsx/main.js', '/%E0%A4%A']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(418);
    }
  });

  it('refuses methods other than GET and HEAD on its paths', async () => {
    const reply = await send('/', { method: 'POST' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it('fails when made if the page or cytoscape is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'actorgraph-explorer-'));
    try {
      expect(() => createExplorerHandler({ dir: empty })).toThrow(ExplorerAssetError);
      writeFileSync(join(empty, 'index.html'), '<!doctype html>');
      writeFileSync(join(empty, 'main.js'), '');
      expect(() => createExplorerHandler({ dir: empty, cytoscapeFile: join(empty, 'cytoscape.mjs') })).toThrow(/cytoscape\.mjs: missing/);
      expect(() => createExplorerHandler({ dir: empty, cytoscapeFile: resolveCytoscapeModule() })).not.toThrow();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
