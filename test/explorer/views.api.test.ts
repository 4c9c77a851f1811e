// The explorer's journalist views in headless Chromium against the real HTTP
// server on the api project's Neo4j (the sample corpus): the start page,
// browser history, messages instead of blank canvases, labelled and grouped
// events, the document reader and list, confidence and date filters, and
// curation. What the page shows is checked against what the public API answers.
// Screenshots go to .artifacts/explorer/ (and, with ACTORGRAPH_README_SHOTS=1, to docs/screenshots/).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/api/http.js';
import { createApi } from '../../src/api/server.js';
import type { Graph } from '../../src/graph/client.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { connectTestGraph } from '../helpers/graph.js';
import { paletteQuantize } from './png-palette.js';

const CHROMIUM = '/usr/bin/chromium';
// eslint-disable-next-line no-restricted-properties -- the test harness decides whether a missing browser is fatal.
const IN_CI = Boolean(process.env.CI);
// eslint-disable-next-line no-restricted-properties -- opt-in refresh of the README's committed screenshots.
const README_SHOTS = process.env.ACTORGRAPH_README_SHOTS === '1';
const SKIP = !existsSync(CHROMIUM) && !IN_CI;
const ARTIFACTS = join(PACKAGE_ROOT, '.artifacts', 'explorer');
const README_DIR = join(PACKAGE_ROOT, 'docs', 'screenshots');

const BACHELET = 'person:michelle bachelet';
const MATTHEI = 'person:evelyn matthei';

let graph: Graph;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const pageProblems: string[] = [];
const serverLogs: string[] = [];
const createdDocs: string[] = [];

async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function settled(p: Page = page): Promise<void> {
  await p.waitForFunction(() => {
    const cy = document.getElementById('cy')!;
    return cy.dataset.status === 'ready' || cy.dataset.status === 'error';
  });
  expect(await p.getAttribute('#cy', 'data-status')).toBe('ready');
}

async function shot(name: string, readme = false): Promise<void> {
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (readme && README_SHOTS) {
    copyFileSync(file, join(README_DIR, `${name}.png`));
    paletteQuantize(join(README_DIR, `${name}.png`), 200);
  }
}

const center = () => page.getAttribute('#cy', 'data-center');
const view = () => page.evaluate(() => document.body.dataset.view);

async function drawActor(id: string): Promise<void> {
  await page.evaluate((actor) => (window as any).__explorer.navigate({ actor }), id);
  await page.waitForFunction((a) => document.getElementById('cy')!.dataset.center === a, id);
  await settled();
}

describe.skipIf(SKIP)('explorer views in a headless browser', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`CI is set and there is no Chromium at ${CHROMIUM}`);
    graph = await connectTestGraph('actorgraph-explorer-views-test');
    const yoga = createApi({ graph, log: (line) => serverLogs.push(line) });
    server = createHttpServer({ graph, graphql: (req, res) => void yoga(req, res) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    page = await context.newPage();
    page.on('pageerror', (err) => pageProblems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageProblems.push(`console.error: ${msg.text()}`);
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    if (README_SHOTS) mkdirSync(README_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    for (const id of createdDocs) {
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($id: ID!) { deleteDocument(id: $id) { deleted } }', variables: { id } }),
      }).catch(() => undefined);
    }
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await graph?.close();
  });

  it('opens on a start page: counts, most mentioned actors, latest events, a date histogram, latest documents', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('#page[data-view="landing"]');
    await settled();
    const { stats, actors } = await api(`{ stats { documents actors places events predicates { count } } actors(first: 10) { nodes { id } } }`);
    const counts = await page.locator('.counts li').allTextContents();
    expect(counts).toEqual([
      `${stats.documents} documents`,
      `${stats.actors} actors`,
      `${stats.places} places`,
      `${stats.events} events`,
      `${stats.predicates.reduce((s: number, p: { count: number }) => s + p.count, 0)} relations`,
    ]);
    expect(await page.locator('#landing-actors [data-explore]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.explore))).toEqual(
      actors.nodes.map((a: { id: string }) => a.id),
    );
    // Latest events: dated, newest first.
    const dates = await page.locator('#landing-events time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort().reverse()).toEqual(dates);
    // The histogram counts every dated event once.
    const { events } = await api(`{ events(first: 100) { nodes { date } } }`);
    const dated = events.nodes.filter((e: { date: string | null }) => e.date).length;
    const bars = await page.locator('#landing-histogram .bar-count').allTextContents();
    expect(bars.map(Number).reduce((a, b) => a + b, 0)).toBe(dated);
    await shot('explorer-landing', true);

    // One click from the start page to a drawing.
    await page.click(`#landing-actors [data-explore="${BACHELET}"]`);
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, BACHELET);
    await settled();
    expect(await view()).toBe('drawing');
  });

  it('a histogram bar lists the events of its period and sets the date filter', async () => {
    await page.goBack();
    await page.waitForSelector('#page[data-view="landing"]:not([hidden])');
    await settled();
    const key = (await page.locator('#landing-histogram [data-period]').last().getAttribute('data-period'))!;
    await page.click(`#landing-histogram [data-period="${key}"]`);
    await page.waitForSelector('#period:not([hidden]) li');
    expect(await page.inputValue('#date-from')).toBe(key);
    expect(await page.inputValue('#date-to')).toBe(key);
    const times = await page.locator('#period-body time').allTextContents();
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) expect(t.startsWith(key)).toBe(true);
    await page.click('#clear-filters');
  });

  it('Back and Forward walk through the views', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('#page[data-view="landing"]');
    await settled();
    await drawActor(BACHELET);
    await drawActor(MATTHEI);
    await page.evaluate(() => (window as any).__explorer.navigate({ docs: '' }));
    await page.waitForSelector('#page[data-view="documents"]:not([hidden])');

    await page.goBack();
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id && document.body.dataset.view === 'drawing', MATTHEI);
    await page.goBack();
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, BACHELET);
    await settled();
    await page.goBack();
    await page.waitForSelector('#page[data-view="landing"]:not([hidden])');
    expect(new URL(page.url()).hash).toBe('');
    await page.goForward();
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id && document.body.dataset.view === 'drawing', BACHELET);
    expect(page.url()).toContain(`#actor=${encodeURIComponent(BACHELET).replace(/%20/g, '+')}`);
  });

  it('says so, instead of a blank canvas, for an unknown id and when two actors are not connected', async () => {
    await page.goto(`${base}/#actor=${encodeURIComponent('person:nobody at all')}`);
    await page.waitForSelector('#message[data-kind="not-found"]:not([hidden])');
    expect(await page.textContent('#message')).toContain('No actor or place has the id “person:nobody at all”');
    expect(await page.getAttribute('#cy', 'data-node-count')).toBe('0');

    // Two actors of unrelated stories: the API finds no path within 2 hops, the page says it.
    const from = 'organization:nordhavn logistics';
    const { connection } = await api(`query ($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 2) { paths { length } } }`, { a: from, b: BACHELET });
    expect(connection.paths).toEqual([]);
    // The hops of Connect mode (its bar is hidden while exploring).
    await page.evaluate(() => void ((document.getElementById('max-hops') as HTMLSelectElement).value = '2'));
    await page.goto(`${base}/#from=${encodeURIComponent(from)}&to=${encodeURIComponent(BACHELET)}`);
    await page.waitForSelector('#message[data-kind="no-path"]:not([hidden])');
    expect(await page.textContent('#message')).toMatch(/No connection between Nordhavn Logistics and Michelle Bachelet within \d hops/);
    // Each end is one click from its own network.
    await page.click(`#message [data-explore="${from}"]`);
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, from);
    await settled();
    expect(await page.isHidden('#message')).toBe(true);
  });

  it('labels events by what, when and who, and groups many of one type around one actor', async () => {
    await page.goto(`${base}/#actor=${encodeURIComponent(BACHELET)}`);
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, BACHELET);
    await settled();
    const events = await page.evaluate(() =>
      (window as any).__explorer.cy.nodes('[kind = "Event"]').map((n: any) => ({ id: n.id(), display: n.data('display'), members: n.data('members') ?? null })),
    );
    const { actor } = await api(`query ($a: ID!) { actor(id: $a) { timeline { event { id type date } } } }`, { a: BACHELET });
    // The first round (the corpus also tells of the June primaries).
    const election = actor.timeline.map((t: { event: { id: string; type: string; date: string } }) => t.event).find((e: { type: string; date: string }) => e.type === 'Election' && e.date === '2013-11-17');
    expect(election).toBeDefined();
    expect(events.find((e: { id: string }) => e.id === election.id).display).toMatch(/^Election · 17 Nov 2013 · .*Bachelet/);
    // No two single events read the same.
    const singles = events.filter((e: { members: unknown }) => !e.members).map((e: { display: string }) => e.display);
    expect(new Set(singles).size).toBe(singles.length);
    await shot('explorer-event-neighbourhood', true);
    // Many events of one type around one actor become one counted node. Four short
    // documents (written here, removed after the suite) give one speaker four statements.
    const speaker = 'Orla Quintvale';
    for (const [i, month] of ['03', '04', '05', '06'].entries()) {
      const id = `explorer-views-cluster-${i}`;
      createdDocs.push(id);
      await api('mutation($i: DocumentInput!) { ingestDocument(input: $i) { status } }', {
        i: { id, publishedAt: `2019-${month}-15`, text: `${speaker} said the talks would resume within a week.` },
      });
    }
    const speakerId = 'person:orla quintvale';
    await page.goto(`${base}/#actor=${encodeURIComponent(speakerId)}`);
    await page.waitForFunction((center) => document.getElementById('cy')!.dataset.center === center, speakerId);
    await settled();
    const groups: Array<{ display: string; members: string[] }> = await page.evaluate(() =>
      (window as any).__explorer.cy.nodes('[kind = "Event"]').filter((n: any) => n.data('members')).map((n: any) => ({ display: n.data('display'), members: n.data('members') })),
    );
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.display).toMatch(new RegExp(`^${g.members.length} × \\w+$`));
    // The next steps read Bachelet's drawing again.
    await page.goto(`${base}/#actor=${encodeURIComponent(BACHELET)}`);
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, BACHELET);
    await settled();
  });

  it('shows confidence on relations and hides what is under the threshold', async () => {
    await page.waitForSelector('#cy[data-confidence="loaded"]');
    // Confidences arrive in a second batch of queries after the drawing.
    await page.waitForFunction(() => (window as any).__explorer.cy.edges().some((e: any) => e.data('confidence') != null));
    const { actor } = await api(`query ($a: ID!) { actor(id: $a) { relations(first: 50) { predicate confidence subject { id } object { id } } } }`, { a: BACHELET });
    const drawn = await page.evaluate(() =>
      (window as any).__explorer.cy.edges().filter((e: any) => e.data('confidence') != null).map((e: any) => ({ s: e.data('source'), t: e.data('target'), type: e.data('type'), c: e.data('confidence'), label: e.data('label') })),
    );
    expect(drawn.length).toBeGreaterThan(0);
    for (const e of drawn) {
      const r = actor.relations.find((x: any) => x.predicate === e.type && ((x.subject.id === e.s && x.object.id === e.t) || (x.subject.id === e.t && x.object.id === e.s)));
      if (r) expect(e.c).toBe(r.confidence);
      expect(e.label).toContain(e.c.toFixed(2));
    }
    const threshold = [...new Set(drawn.map((e: { c: number }) => e.c))].sort().at(-1) as number;
    await page.locator('#min-confidence').fill(String(threshold));
    const hidden = await page.evaluate(() => (window as any).__explorer.cy.edges('.filtered').map((e: any) => e.data('confidence') ?? 1));
    const expectedHidden = drawn.filter((e: { c: number }) => e.c < threshold).length;
    expect(hidden.filter((c: number) => c < threshold).length).toBe(expectedHidden);
    expect(expectedHidden).toBeGreaterThan(0);
    expect(await page.textContent('#status')).toMatch(/Filters hide/);
    await page.click('#clear-filters');
    expect(Number(await page.getAttribute('#cy', 'data-filtered-edges'))).toBe(0);
  });

  it('filters events by a date range', async () => {
    await page.fill('#date-from', '2014');
    await page.dispatchEvent('#date-from', 'change');
    const visible = await page.evaluate(() =>
      (window as any).__explorer.cy.nodes('[kind = "Event"]').filter((n: any) => !n.hasClass('filtered')).map((n: any) => (n.data('members') ? n.data('dates') : [n.data('date')])),
    );
    // A single event is dated 2014 or later; a group shows while one of its events is.
    for (const dates of visible) expect(dates.some((d: string | null) => d && d >= '2014'), JSON.stringify(dates)).toBe(true);
    const hiddenEvents = await page.evaluate(() => (window as any).__explorer.cy.nodes('[kind = "Event"].filtered').length);
    expect(hiddenEvents).toBeGreaterThan(0);
    await page.click('#clear-filters');
    expect(Number(await page.getAttribute('#cy', 'data-filtered-nodes'))).toBe(0);
  });

  it('keeps labels readable at depth 2: none covers another', async () => {
    const depthOne = Number(await page.getAttribute('#cy', 'data-node-count'));
    await page.selectOption('#depth', '2');
    await page.selectOption('#limit', '100');
    await settled();
    // Depth 2 draws the second ring too: well more than depth 1 did.
    await page.waitForFunction((n) => Number(document.getElementById('cy')!.dataset.nodeCount) >= 2 * n, depthOne);
    const clashes = await page.evaluate(() => {
      const cy = (window as any).__explorer.cy;
      const boxes = cy.nodes(':visible').filter((n: any) => !n.hasClass('nolabel')).map((n: any) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
      let n = 0;
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.w > 0 && b.w > 0 && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) n++;
      }
      return { n, shown: boxes.length };
    });
    expect(clashes.n).toBe(0);
    expect(clashes.shown).toBeGreaterThan(10);
    await page.selectOption('#depth', '1');
    await page.selectOption('#limit', '50');
    await settled();
  });

  it('opens the article behind an evidence sentence, with what was extracted marked and clickable', async () => {
    // Any single event drawn around the actor: its card shows its evidence sentences.
    await page.locator('#min-confidence').fill('0');
    await settled();
    const eventId = await page.evaluate(() => (window as any).__explorer.cy.nodes('[kind = "Event"]').filter((n: any) => !n.data('members')).map((n: any) => n.id())[0] as string | undefined);
    expect(eventId).toBeDefined();
    await page.evaluate((id) => void (window as any).__explorer.cy.getElementById(id).emit('tap'), eventId);
    await page.waitForSelector('#evidence:not([hidden]) .read-doc');
    const sentence = (await page.locator('#evidence-body blockquote.sentence').first().textContent())!.trim();
    const button = page.locator('#evidence-body .read-doc').first();
    const docId = (await button.getAttribute('data-doc'))!;
    await button.click();
    await page.waitForSelector(`#page[data-view="document"] .reader[data-document="${docId}"]`);
    await settled();
    const focused = (await page.locator('.reader-text .sentence.focused').textContent())!;
    expect(focused).toContain(sentence.slice(0, 40));

    const { document: doc } = await api(`query ($id: ID!) { document(id: $id) { title entities(first: 50) { entity { id } } events { id } } }`, { id: docId });
    expect(await page.textContent('.reader h2')).toBe(doc.title);
    const markedEntities = new Set(await page.locator('.reader-text [data-entity]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.entity)));
    expect(markedEntities.size).toBeGreaterThan(3);
    for (const id of markedEntities) expect(doc.entities.map((e: { entity: { id: string } }) => e.entity.id)).toContain(id);
    const markedEvents = new Set(await page.locator('.reader-text [data-event]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event)));
    for (const id of markedEvents) expect(doc.events.map((e: { id: string }) => e.id)).toContain(id);
    expect(await page.locator('.reader-text .rel-chip').count()).toBeGreaterThan(0);
    await shot('explorer-document-reader', true);

    // A relation chip opens its evidence; an entity mark opens its drawing.
    await page.locator('.reader-text .rel-chip').first().click();
    await page.waitForSelector('#evidence:not([hidden]) blockquote');
    await page.locator(`.reader-text [data-entity="${MATTHEI}"]`).first().click();
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id, MATTHEI);
    await settled();
    // Back returns to the article.
    await page.goBack();
    await page.waitForSelector(`#page[data-view="document"]:not([hidden]) .reader[data-document="${docId}"]`);
  });

  it('lists the documents and searches their text', async () => {
    await page.click('#open-documents');
    await page.waitForSelector('#page[data-view="documents"]:not([hidden])');
    await settled();
    const all = await api(`{ documents(first: 50) { totalCount nodes { id } } }`);
    expect(await page.locator('#documents-list [data-doc]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.doc))).toEqual(
      all.documents.nodes.map((d: { id: string }) => d.id),
    );
    await page.fill('#doc-search', 'strike');
    await page.press('#doc-search', 'Enter');
    await page.waitForFunction(() => location.hash === '#docs=strike');
    await page.waitForSelector('#documents-count:has-text("match")');
    await settled();
    const found = await api(`{ documents(search: "strike", first: 50) { totalCount nodes { id } } }`);
    expect(found.documents.totalCount).toBeGreaterThan(0);
    expect(await page.locator('#documents-list [data-doc]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.doc))).toEqual(
      found.documents.nodes.map((d: { id: string }) => d.id),
    );
    expect(await page.locator('#documents-list .snippet mark').count()).toBeGreaterThan(0);
  });

  it('never renders a document url that is not http(s)', async () => {
    const id = `journalist-js-url-${Date.now()}`;
    createdDocs.push(id);
    await api(`mutation ($input: DocumentInput!) { ingestDocument(input: $input) { status } }`, {
      input: { id, title: 'A test note on harbour pilots', url: 'javascript:alert(document.domain)', text: 'Harbour pilots in Kestrel Bay went on strike on Monday, the Pilots Guild said.', publishedAt: '2021-05-03' },
    });
    await page.goto(`${base}/#doc=${encodeURIComponent(id)}`);
    await page.waitForSelector(`.reader[data-document="${id}"]`);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('.source-link').count()).toBe(0);
  });

  it('curates an actor in the page: alias, rename, merge, log and undo', async () => {
    const stamp = Date.now();
    const docs = [
      { id: `journalist-curation-a-${stamp}`, text: 'Oskar Brandvold, the chairman of the Fjordline Ferry Company, announced new routes on Tuesday.' },
      { id: `journalist-curation-b-${stamp}`, text: 'Oskar Brandwold criticised the port fees in a letter to the council on Friday.' },
    ];
    for (const d of docs) {
      createdDocs.push(d.id);
      await api(`mutation ($input: DocumentInput!) { ingestDocument(input: $input) { status } }`, { input: { ...d, title: d.id, publishedAt: '2022-03-01' } });
    }
    const KEEP = 'person:oskar brandvold';
    const DUP = 'person:oskar brandwold';
    expect(await api(`{ a: actor(id: "${KEEP}") { id } b: actor(id: "${DUP}") { id } }`)).toEqual({ a: { id: KEEP }, b: { id: DUP } });

    await page.goto(`${base}/#actor=${encodeURIComponent(KEEP)}`);
    await page.waitForFunction((id) => document.getElementById('cy')!.dataset.center === id && document.getElementById('curation')!.dataset.id === id, KEEP);
    await page.waitForSelector('#curation:not([hidden]) form[data-form="alias"]');
    await settled();

    await page.fill('form[data-form="alias"] input[name="alias"]', 'O. Brandvold');
    await page.click('form[data-form="alias"] button[type="submit"]');
    await page.waitForSelector('#curation .chip:has-text("O. Brandvold")');
    expect((await api(`{ actor(id: "${KEEP}") { aliases } }`)).actor.aliases).toContain('O. Brandvold');

    await page.fill('form[data-form="rename"] input[name="name"]', 'Oskar J. Brandvold');
    await page.click('form[data-form="rename"] button[type="submit"]');
    await page.waitForSelector('#details-title:has-text("Oskar J. Brandvold")');

    await page.click('#merge-search');
    await page.keyboard.type('Brandwold');
    await page.locator(`#merge-results [role="option"][data-id="${DUP}"]`).waitFor();
    await page.locator(`#merge-results [role="option"][data-id="${DUP}"]`).click();
    await page.click('form[data-form="merge"] button[type="submit"]');
    await page.waitForSelector(`#curation-log li:has-text("merged ${DUP}")`);
    await settled();
    expect((await api(`{ actor(id: "${DUP}") { id } }`)).actor).toBeNull();
    const log = await page.locator('#curation-log li').allTextContents();
    expect(log).toHaveLength(3);
    await shot('explorer-curation', true);

    // Undo, newest first: the duplicate comes back, then the old name, then the alias goes.
    for (let i = 0; i < 3; i++) {
      await page.locator('#curation-log [data-undo]').first().click();
      await page.waitForFunction((n) => document.querySelectorAll('#curation-log [data-undo]').length === n, 2 - i);
    }
    const after = await api(`{ a: actor(id: "${KEEP}") { name aliases } b: actor(id: "${DUP}") { id } }`);
    expect(after.a.name).toBe('Oskar Brandvold');
    expect(after.a.aliases).not.toContain('O. Brandvold');
    expect(after.b).toEqual({ id: DUP });
  });

  it('logged no page errors and the server no GraphQL errors', () => {
    expect(pageProblems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
    expect(serverLogs.filter((l) => /graphql error/.test(l))).toEqual([]);
  });
});
