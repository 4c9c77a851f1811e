import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries, readCypherFile } from '../../src/graph/cypher.js';
import { type DocumentRows, toDocumentRows } from '../../src/graph/document-rows.js';
import { deleteDocument, writeDocument, writeDocuments } from '../../src/graph/document-writer.js';
import { centerById, neighborhood } from '../../src/graph/queries/neighborhood.js';
import { readerOf } from '../../src/graph/queries/read.js';
import { TIES_KEPT } from '../../src/graph/ties.js';
import type { DocumentInput } from '../../src/model/document.js';
import type { Predicate } from '../../src/model/ontology.js';
import { contentHash } from '../../src/pipeline/ingest.js';
import { capitalize, handExtraction, randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';

// Each entity keeps its strongest ties (src/graph/ties.ts) as the writer goes:
// the list must always equal a recount from its relations, whatever order
// documents come, go and come back in, and a hub's neighbourhood read from it
// must be the one its relations give.
const q = loadQueries({ state: 'ties/state', among: 'ties/relations-among' }, join(import.meta.dirname, '..', 'cypher'));

const PEOPLE = TIES_KEPT + 26;
const DOCS = 6;

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-ties-test');
});
afterAll(async () => graph.close());

interface State {
  id: string;
  name: string;
  ties: string[];
  recounted: string[];
  ranked: string[];
}

/**
 * A club and PEOPLE players: player i plays for it in the first (i % DOCS) + 1
 * documents, so relation weights run from 1 to DOCS; the club backs every
 * seventh player in the same documents (a relation the other way), and the
 * first document relates the first ten players in a chain (edges among the
 * neighbours, gone with that document).
 */
function corpus(tag: string): DocumentRows[] {
  const T = capitalize(tag);
  const club = `${T} Rovers FC`;
  const people = Array.from({ length: PEOPLE }, (_, i) => `Ilse ${T}${randomTag()}`);
  return Array.from({ length: DOCS }, (_, d) => {
    const playing = people.filter((_, i) => i % DOCS >= d);
    const relations: Array<[string, Predicate, string]> = playing.map((p) => [p, 'WORKS_FOR', club]);
    const sentences = playing.map((p) => `${p} plays for the ${club}.`);
    for (let i = 0; i < PEOPLE; i += 7) {
      if (i % DOCS < d) continue;
      relations.push([club, 'SUPPORTS', people[i]!]);
      sentences.push(`The ${club} backs ${people[i]}.`);
    }
    if (d === 0) {
      for (let i = 0; i < 9; i++) {
        relations.push([people[i]!, 'RELATIVE_OF', people[i + 1]!]);
        sentences.push(`${people[i]} is a cousin of ${people[i + 1]}.`);
      }
    }
    const doc: DocumentInput = { id: `${tag}-${d}`, text: sentences.join(' '), publishedAt: `2024-03-0${d + 1}` };
    const names = new Set([club, ...playing, ...(d === 0 ? people.slice(0, 10) : [])]);
    const entities = [...names].map((n): [string, 'Organization' | 'Person'] => [n, n === club ? 'Organization' : 'Person']);
    return toDocumentRows(doc, contentHash(doc), handExtraction(doc, { entities, relations }));
  });
}

const stateOf = async (tag: string) => graph.read<State & Record<string, unknown>>(q.state, { tag: capitalize(tag), tiesKept: TIES_KEPT });

async function expectListsRecounted(tag: string): Promise<State[]> {
  const state = await stateOf(tag);
  expect(state.length).toBeGreaterThan(TIES_KEPT);
  for (const e of state) expect(e.ties, e.name).toEqual(e.recounted);
  return state;
}

describe("an entity's strongest ties", () => {
  it('equal a recount of its relations as documents come (alone and grouped), go and come back', async () => {
    const tag = randomTag();
    const [first, ...rest] = corpus(tag);
    await writeDocument(graph, first!);
    await writeDocuments(graph, rest);
    let state = await expectListsRecounted(tag);
    expect(state).toHaveLength(PEOPLE + 1);
    const club = state.find((e) => e.name.endsWith('Rovers FC'))!;
    // The club has more relations than a list keeps: the list is full, heaviest first.
    expect(club.ties).toHaveLength(TIES_KEPT);
    expect(club.ties[0]!.startsWith(String(99_999_999 - DOCS))).toBe(true);
    expect(club.ties.some((t) => t.includes('SUPPORTS>:'))).toBe(true);

    // Weights fall (the first document states every relation) and relations go (the chain of cousins).
    const cousin = club.ranked.find((id) => state.find((e) => e.id === id)!.ties.some((t) => t.includes('RELATIVE_OF>:')))!;
    expect(cousin).toBeDefined();
    await deleteDocument(graph, `${tag}-0`);
    state = await expectListsRecounted(tag);
    expect(state.find((e) => e.id === cousin)!.ties.some((t) => t.includes('RELATIVE_OF'))).toBe(false);
    expect(state.find((e) => e.id === club.id)!.ties[0]!.startsWith(String(99_999_999 - (DOCS - 1)))).toBe(true);

    await writeDocument(graph, first!);
    await expectListsRecounted(tag);
  });

  it("give a hub's neighbourhood: the neighbours its relations rank first, and every edge among them", async () => {
    const tag = randomTag();
    await writeDocuments(graph, corpus(tag));
    const state = await expectListsRecounted(tag);
    const club = state.find((e) => e.name.endsWith('Rovers FC'))!;
    const reader = readerOf(graph);
    for (const limit of [10, 50, 100]) {
      const fromTies = await neighborhood(reader, centerById(club.id), 1, limit);
      expect(fromTies.nodes.slice(1).map((n) => n.id)).toEqual(club.ranked.slice(0, limit));
      // With a confidence floor (which the lists do not know) the same ranking comes from the relations.
      const fromRelations = await neighborhood(reader, centerById(club.id), 1, limit, 0);
      expect(fromRelations.nodes.map((n) => n.id)).toEqual(fromTies.nodes.map((n) => n.id));
      expect(fromRelations.edges).toEqual(fromTies.edges);

      const ids = fromTies.nodes.map((n) => n.id);
      const among = (await graph.read<{ edge: string }>(q.among, { ids })).map((r) => r.edge);
      expect(fromTies.edgesTruncated).toBe(false);
      expect(fromTies.edges.map((e) => `${e.source}|${e.type}|${e.target}|${e.weight}`).sort()).toEqual(among);
    }
  });
});
