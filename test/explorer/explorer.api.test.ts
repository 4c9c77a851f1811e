// The explorer page driven in a real headless Chromium against the real HTTP
// server (health, GraphQL, explorer) on the api project's Neo4j, which holds
// the sample corpus. What the page draws is checked against what the public
// API returns for the same question, and against actors named in the corpus.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { type Browser, type BrowserContext, chromium, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/api/http.js';
import { createApi } from '../../src/api/server.js';
import type { Graph } from '../../src/graph/client.js';
import { PACKAGE_ROOT, SAMPLES_DIR } from '../../src/paths.js';
import { connectTestGraph } from '../helpers/graph.js';

const CHROMIUM = '/usr/bin/chromium';
// eslint-disable-next-line no-restricted-properties -- the test harness, not the app, decides whether a missing browser is fatal.
const IN_CI = Boolean(process.env.CI);
const SKIP = !existsSync(CHROMIUM) && !IN_CI;
if (SKIP) {
  console.warn(`explorer browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium). In CI (CI set) they fail instead.`);
}

const ARTIFACTS = join(PACKAGE_ROOT, '.artifacts', 'explorer');

// Actors of the sample corpus (ingest/samples/README.md).
const BACHELET = 'person:michelle bachelet';
const MATTHEI = 'person:evelyn matthei';
const NEW_MAJORITY = 'organization:new majority';
const VALLEJO = 'person:camila vallejo';
// Named in different documents only: Renovación Nacional in the story of Matthei's
// nomination, Teillier in those on Congress and the cabinet.
const RENOVACION = 'organization:renovacion nacional';
const TEILLIER = 'person:guillermo teillier';

/** Titles of the sample documents, by id: evidence must cite them. */
const SAMPLE_TITLES = new Map<string, string>();
for (const file of readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.json'))) {
  const doc = JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8')) as { id: string; title: string };
  SAMPLE_TITLES.set(doc.id, doc.title);
}

let graph: Graph;
let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const serverLogs: string[] = [];
const pageProblems: string[] = [];
const requested: string[] = [];

/** Asks the public API directly: the oracle of what the page should show. */
async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** Waits until the drawing finished its last request. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => {
    const cy = document.getElementById('cy')!;
    return cy.dataset.status === 'ready' || cy.dataset.status === 'error';
  });
  expect(await page.getAttribute('#cy', 'data-status')).toBe('ready');
}

const drawnNodeIds = () => page.evaluate(() => (window as any).__explorer.cy.nodes().map((n: any) => n.id()) as string[]);

/** Picks an actor in one of the page's search boxes with the keyboard only. */
async function pickActor(input: string, text: string, expectedId: string): Promise<void> {
  await page.click(input);
  await page.fill(input, '');
  await page.keyboard.type(text);
  const listbox = `${input}-results`;
  const option = page.locator(`${listbox} [role="option"][data-id="${expectedId}"]`);
  await option.waitFor();
  // Arrow down to the wanted option, then Enter.
  const index = Number(await option.getAttribute('data-index'));
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  expect(await page.getAttribute(input, 'aria-activedescendant')).toBe(await option.getAttribute('id'));
  await page.keyboard.press('Enter');
  expect(await page.locator(listbox).isHidden()).toBe(true);
}

async function download(button: string): Promise<{ download: Download; body: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = await dl.path();
  return { download: dl, body: readFileSync(path) };
}

describe.skipIf(SKIP)('explorer in a headless browser', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`CI is set and there is no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium)`);
    graph = await connectTestGraph('actorgraph-explorer-test');
    const yoga = createApi({ graph, log: (line) => serverLogs.push(line) });
    server = createHttpServer({ graph, graphql: (req, res) => void yoga(req, res) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (err) => pageProblems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageProblems.push(`console.error: ${msg.text()}`);
    });
    page.on('request', (req) => requested.push(req.url()));
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await graph?.close();
  });

  it('loads from this server alone and finds the API answering', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-api="up"]');
    expect(await page.title()).toBe('actorgraph explorer');
    expect(requested.some((u) => u === `${base}/assets/cytoscape.js`)).toBe(true);
    for (const url of requested) expect(url.startsWith(`${base}/`) || url.startsWith('data:'), url).toBe(true);
    // The legend names every kind of node.
    expect(await page.locator('#legend .item').allTextContents()).toEqual(['Person', 'Organization', 'Group', 'Place', 'Event']);
  });

  it('searches an actor with the keyboard and draws its neighborhood as the API gives it', async () => {
    await page.click('#search');
    await page.keyboard.type('Bachelet');
    const option = page.locator(`#search-results [role="option"][data-id="${BACHELET}"]`);
    await option.waitFor();
    expect(await option.locator('.badge').textContent()).toBe('Person');
    expect(await option.locator('.count').textContent()).toMatch(/^\d+ mentions$/);

    await pickActor('#search', 'Bachelet', BACHELET);
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, BACHELET);
    await settled();

    const { neighborhood } = await api(
      `query ($a: ID!) { neighborhood(actor: $a, depth: 1, limit: 50) { nodes { id } edges { id } } }`,
      { a: BACHELET },
    );
    // Events of one type around one actor only are drawn as one counted node; it stands for them all.
    const represented = await page.evaluate(() => (window as any).__explorer.cy.nodes().flatMap((n: any) => n.data('members') ?? [n.id()]) as string[]);
    expect(represented.length).toBeGreaterThan(1);
    expect(represented).toEqual(expect.arrayContaining([BACHELET, MATTHEI, NEW_MAJORITY]));
    expect([...represented].sort()).toEqual(neighborhood.nodes.map((n: { id: string }) => n.id).sort());
    // Clicked, a group gives its events back, one node each, as the API drew them.
    for (const group of await page.evaluate(() => (window as any).__explorer.cy.nodes('.group').map((n: any) => n.id()) as string[])) {
      await page.evaluate((id) => void (window as any).__explorer.cy.getElementById(id).emit('tap'), group);
      await page.waitForFunction((id) => (window as any).__explorer.cy.getElementById(id).empty(), group);
    }
    await settled();
    const drawn = await drawnNodeIds();
    expect([...drawn].sort()).toEqual(neighborhood.nodes.map((n: { id: string }) => n.id).sort());
    expect(Number(await page.getAttribute('#cy', 'data-edge-count'))).toBe(neighborhood.edges.length);
    // Drawn: every node has a place on the canvas, inside the viewport.
    const outside = await page.evaluate(() => {
      const cy = (window as any).__explorer.cy;
      const ext = cy.extent();
      return cy.nodes().filter((n: any) => {
        const p = n.position();
        return !(p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2);
      }).length;
    });
    expect(outside).toBe(0);
    expect(await page.textContent('#details-title')).toContain('Michelle Bachelet');
    expect(page.url()).toContain('#actor=person%3Amichelle+bachelet');
  });

  it('shows the actor timeline: dated events, oldest first, as the API gives them', async () => {
    await page.waitForSelector('#timeline:not([hidden]) .timeline-list');
    const { actor } = await api(`query ($a: ID!) { actor(id: $a) { timeline(first: 50) { date event { id type } } } }`, { a: BACHELET });
    expect(actor.timeline.length).toBeGreaterThan(0);
    const dates = await page.locator('#timeline-body li[data-event] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(dates).toEqual(actor.timeline.map((t: { date: string }) => t.date));
    for (const d of dates) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect([...dates].sort()).toEqual(dates);
  });

  it('shows the evidence of a clicked edge: sentences with the names marked, document title and date, source count', async () => {
    const edge = await page.evaluate(
      ({ a, b }) => {
        const cy = (window as any).__explorer.cy;
        const e = cy.getElementById(a).edgesWith(cy.getElementById(b)).filter((x: any) => x.data('type') !== 'PARTICIPATED_IN').first();
        e.emit('tap');
        return { id: e.id(), type: e.data('type'), weight: e.data('weight'), source: e.data('source'), target: e.data('target') };
      },
      { a: BACHELET, b: MATTHEI },
    );
    expect(edge.id).toBeTruthy();
    await page.waitForSelector('#evidence:not([hidden]) blockquote mark');
    await settled();
    expect(await page.textContent('#evidence-title')).toMatch(/Evelyn Matthei|Michelle Bachelet/);
    expect(await page.textContent('#evidence-body .meta')).toContain(`Stated in ${edge.weight} source`);

    const items = page.locator('#evidence-body .evidence-list > li');
    expect(await items.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const marks = await item.locator('mark').allTextContents();
      expect(marks.some((m) => /Matthei|Bachelet/.test(m)), marks.join('|')).toBe(true);
      const docId = String(await item.getAttribute('data-document'));
      const cite = String(await item.locator('cite').textContent());
      expect(SAMPLE_TITLES.has(docId), docId).toBe(true);
      expect(cite).toContain(SAMPLE_TITLES.get(docId));
      expect(await item.locator('cite time').getAttribute('datetime')).toMatch(/^\d{4}/);
    }
    // The marked sentence is one the API gives as the relation's evidence.
    const { entity } = await api(
      `query ($s: ID!, $p: Predicate!) { entity(id: $s) { relations(predicate: $p, first: 100) { subject { id } object { id } evidence(first: 10) { sentence { text } } } } }`,
      { s: edge.source, p: edge.type },
    );
    const relation = entity.relations.find((r: any) => (r.subject.id === edge.source && r.object.id === edge.target) || (r.subject.id === edge.target && r.object.id === edge.source));
    const shown = await page.locator('#evidence-body blockquote').allTextContents();
    expect(shown).toEqual(relation.evidence.map((e: { sentence: { text: string } }) => e.sentence.text));

    await page.screenshot({ path: join(ARTIFACTS, 'explorer.png') });
  });

  it('shows the evidence of a clicked event, with its participants', async () => {
    const eventId = await page.evaluate(() => {
      const cy = (window as any).__explorer.cy;
      const ev = cy.nodes('[kind = "Event"]').first();
      ev.emit('tap');
      return ev.id() as string;
    });
    await page.waitForFunction(() => /Reported by/.test(document.getElementById('evidence-body')!.textContent ?? ''));
    await settled();
    const { event } = await api(`query ($id: ID!) { event(id: $id) { type sourceCount participants { entity { name } } evidence { sentence { text } } } }`, { id: eventId });
    expect(await page.textContent('#evidence-title')).toContain(event.type);
    expect(await page.textContent('#evidence-body')).toContain(`Reported by ${event.sourceCount} source`);
    for (const p of event.participants) expect(await page.textContent('#evidence-body')).toContain(p.entity.name);
    expect(await page.locator('#evidence-body blockquote').allTextContents()).toEqual(event.evidence.map((e: any) => e.sentence.text));
  });

  it('expands a clicked actor: its neighbors join the drawing', async () => {
    const before = await drawnNodeIds();
    await page.evaluate((id) => void (window as any).__explorer.cy.getElementById(id).emit('tap'), MATTHEI);
    await page.waitForFunction((id) => (window as any).__explorer.cy.getElementById(id).hasClass('expanded'), MATTHEI);
    await settled();
    const { neighborhood } = await api(`query ($a: ID!) { neighborhood(actor: $a, depth: 1, limit: 50) { nodes { id } } }`, { a: MATTHEI });
    const after = await drawnNodeIds();
    expect(after).toEqual(expect.arrayContaining([...before, ...neighborhood.nodes.map((n: { id: string }) => n.id)]));
    expect(after.length).toBeGreaterThan(before.length);
    expect(await page.textContent('#details-title')).toContain('Evelyn Matthei');
  });

  it('shows a clicked place with its card and no timeline, and expands it too', async () => {
    const place = await page.evaluate(() => {
      const p = (window as any).__explorer.cy.nodes('[kind = "Place"]').first();
      if (p.empty()) return undefined;
      p.emit('tap');
      return { id: p.id() as string, label: p.data('label') as string };
    });
    expect(place, 'a place among the drawn neighbors').toBeDefined();
    await page.waitForFunction((id) => document.getElementById('details')!.dataset.id === id, place!.id);
    await settled();
    expect(await page.textContent('#details-title')).toContain(place!.label);
    expect(await page.textContent('#details-title .badge')).toBe('Place');
    expect(await page.isHidden('#timeline')).toBe(true);
    expect(await page.evaluate((id) => (window as any).__explorer.cy.getElementById(id).hasClass('expanded'), place!.id)).toBe(true);
  });

  it('exports what is drawn as JSON, GraphML and PNG', async () => {
    const drawn = (await drawnNodeIds()).sort();
    const edgeCount = Number(await page.getAttribute('#cy', 'data-edge-count'));

    const json = await download('#export-json');
    expect(json.download.suggestedFilename()).toBe('michelle-bachelet-neighborhood.json');
    const view = JSON.parse(json.body.toString('utf8'));
    expect(view.nodes.map((n: { id: string }) => n.id).sort()).toEqual(drawn);
    expect(view.edges).toHaveLength(edgeCount);

    const graphml = await download('#export-graphml');
    expect(graphml.download.suggestedFilename()).toBe('michelle-bachelet-neighborhood.graphml');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(graphml.body.toString('utf8'));
    expect(doc.graphml.graph.node.map((n: { id: string }) => n.id).sort()).toEqual(drawn);
    expect(doc.graphml.graph.edge).toHaveLength(edgeCount);

    const png = await download('#export-png');
    expect(png.download.suggestedFilename()).toBe('michelle-bachelet-neighborhood.png');
    expect(png.body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  });

  it('connect mode draws the paths between two actors of different documents, each step with its evidence', async () => {
    // The two are never named in the same document: any path crosses documents.
    const { a, b } = await api(`query ($a: ID!, $b: ID!) { a: actor(id: $a) { documents { id } } b: actor(id: $b) { documents { id } } }`, { a: RENOVACION, b: TEILLIER });
    const docsA = new Set(a.documents.map((d: { id: string }) => d.id));
    expect(b.documents.filter((d: { id: string }) => docsA.has(d.id))).toEqual([]);

    await page.click('#mode-connect');
    expect(await page.isVisible('#connect-bar')).toBe(true);
    await pickActor('#connect-from', 'Renovación Nacional', RENOVACION);
    await pickActor('#connect-to', 'Teillier', TEILLIER);
    await page.keyboard.press('Enter'); // focus moved to "Show paths"
    await page.waitForSelector('#paths:not([hidden]) .steps');
    await settled();

    const { connection } = await api(
      `query ($f: ID!, $t: ID!) { connection(from: $f, to: $t, maxHops: 4, first: 5) { length paths { entities { id } steps { kind from { id } to { id } evidence(first: 3) { document { id } sentence { text } } } } } }`,
      { f: RENOVACION, t: TEILLIER },
    );
    expect(connection.paths.length).toBeGreaterThan(0);
    const drawn = await drawnNodeIds();
    expect(drawn).toEqual(expect.arrayContaining([RENOVACION, TEILLIER]));
    for (const p of connection.paths) expect(drawn).toEqual(expect.arrayContaining(p.entities.map((e: { id: string }) => e.id)));
    expect(Number(await page.getAttribute('#cy', 'data-paths'))).toBe(connection.paths.length);

    // Every step of every path is listed, with its evidence sentences marked.
    const first = connection.paths[0];
    const steps = page.locator('#paths-body .step[data-path="0"]');
    expect(await steps.count()).toBe(first.steps.length);
    const documents = new Set<string>();
    for (let i = 0; i < first.steps.length; i++) {
      const shown = await steps.nth(i).locator('blockquote').allTextContents();
      expect(shown).toEqual(first.steps[i].evidence.map((e: { sentence: { text: string } }) => e.sentence.text));
      expect(await steps.nth(i).locator('blockquote mark').count()).toBeGreaterThan(0);
      for (const d of await steps.nth(i).locator('li[data-document]').evaluateAll((els) => els.map((e) => e.getAttribute('data-document')))) documents.add(String(d));
    }
    expect(documents.size).toBeGreaterThan(1);

    // A click on a drawn step shows that step's evidence.
    await page.evaluate(() => void (window as any).__explorer.cy.edges('.step').first().emit('tap'));
    await page.waitForSelector('#evidence:not([hidden]) blockquote mark');
    expect(page.url()).toContain('#from=organization%3Arenovacion+nacional&to=person%3Aguillermo+teillier');
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-connect.png') });
  });

  it('restores a linked view from the URL', async () => {
    const linked = await context.newPage();
    await linked.goto(`${base}/#actor=${encodeURIComponent(MATTHEI)}`);
    await linked.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id && document.getElementById('cy')!.dataset.status === 'ready', MATTHEI);
    const ids = await linked.evaluate(() => (window as any).__explorer.cy.nodes().map((n: any) => n.id()) as string[]);
    expect(ids).toEqual(expect.arrayContaining([MATTHEI, BACHELET]));
    await linked.close();
  });

  it('takes the best match when Enter comes before the suggestions', async () => {
    await page.click('#mode-explore');
    await page.click('#search');
    await page.fill('#search', '');
    await page.keyboard.type('Camila Vallejo');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, VALLEJO);
    await settled();
    expect(await page.inputValue('#search')).toBe('Camila Vallejo');
    expect(await drawnNodeIds()).toContain(VALLEJO);
  });

  it('says so when nothing matches, and when the API cannot be reached', async () => {
    await page.click('#mode-explore');
    await page.click('#search');
    await page.fill('#search', '');
    await page.keyboard.type('Qwzxv Plorb');
    await page.waitForSelector('#search-results li.note:has-text("No actor matches")');

    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    try {
      await page.fill('#search', '');
      await page.keyboard.type('Matthei');
      await page.waitForSelector('#search-results li.error');
      expect(await page.textContent('#search-results li.error')).toContain('Search failed');
      await page.evaluate((id) => void (window as any).__explorer.exploreActor({ id, name: 'Evelyn Matthei' }), MATTHEI);
      await page.waitForSelector('#alert:not([hidden])');
      expect(await page.textContent('#alert')).toContain('Cannot reach the API');
      expect(await page.getAttribute('#cy', 'data-status')).toBe('error');
    } finally {
      await page.unroute('**/graphql');
    }
    // Retry, now that the API answers again, draws the neighborhood.
    await page.click('#alert button:has-text("Retry")');
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, MATTHEI);
    await settled();
    expect(await page.isHidden('#alert')).toBe(true);
  });

  it('lays out a 200-node neighborhood with no node on top of another', async () => {
    // The sample corpus has no actor with 200 neighbors: a made-up neighborhood of
    // that size, of every kind, goes through the same drawing code.
    const result = await page.evaluate(async () => {
      const kinds = ['Person', 'Organization', 'Group', 'Place', 'Event'];
      const nodes = [{ id: 'n0', label: 'Centre of a crowd', kind: 'Person', depth: 0, weight: 60 }];
      const edges = [];
      let seed = 11;
      const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      for (let i = 1; i < 200; i++) {
        const parent = i < 25 ? 0 : Math.floor(next() * Math.min(i, 60));
        nodes.push({ id: `n${i}`, label: `Neighbor ${i}`, kind: kinds[i % 5]!, depth: i < 25 ? 1 : 2, weight: Math.floor(next() * 25) });
        edges.push({ id: `e${i}`, source: `n${parent}`, target: `n${i}`, type: i % 5 === 4 ? 'PARTICIPATED_IN' : 'MEMBER_OF', role: i % 5 === 4 ? 'agent' : null, weight: 1 });
        if (i % 7 === 0) edges.push({ id: `x${i}`, source: `n${i}`, target: `n${Math.floor(next() * i)}`, type: 'SUPPORTS', role: null, weight: 2 });
      }
      const explorer = (window as any).__explorer;
      await explorer.view.showNeighborhood({ center: { id: 'n0' }, nodes, edges });
      const cy = explorer.cy;
      const boxes = cy.nodes().map((n: any) => n.boundingBox({ includeLabels: false }));
      let overlapping = 0;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping++;
        }
      }
      const ext = cy.extent();
      const outside = cy.nodes().filter((n: any) => {
        const p = n.position();
        return !(p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2);
      }).length;
      return { count: cy.nodes().length, overlapping, outside };
    });
    expect(result).toEqual({ count: 200, overlapping: 0, outside: 0 });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-200-nodes.png') });
  });

  it('logged no page errors and the server no GraphQL errors', () => {
    // The aborted requests of the previous test are reported by Chromium as failed loads, not by the page.
    const problems = pageProblems.filter((p) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(p));
    expect(problems).toEqual([]);
    expect(serverLogs.filter((l) => /graphql error/.test(l))).toEqual([]);
  });
});
