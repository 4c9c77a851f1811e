import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/client.js';
import { loadQueries } from '../../src/graph/cypher.js';
import { type DocumentRows, toDocumentRows } from '../../src/graph/document-rows.js';
import { deleteDocument, writeDocument, writeDocuments } from '../../src/graph/document-writer.js';
import type { DocumentInput } from '../../src/model/document.js';
import { contentHash } from '../../src/pipeline/ingest.js';
import { capitalize, type ExtractionSpec, handExtraction, randomTag } from '../helpers/extraction.js';
import { connectTestGraph } from '../helpers/graph.js';

/**
 * Cross-document identity as the writer decides it, on documents written for
 * these tests: one node per actor whatever form of its name a document uses,
 * one event per happening whatever document tells it, and a graph after a
 * deletion that is the graph of the remaining documents.
 */

const q = loadQueries(
  {
    refs: 'document-entity-ids',
    entities: 'shape-entities',
    events: 'shape-events',
    relations: 'shape-relations',
  },
  join(import.meta.dirname, '..', 'cypher'),
);

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph('actorgraph-identity-test');
});
afterAll(async () => graph.close());

type Doc = [DocumentInput, ExtractionSpec];
const rowsOf = ([doc, spec]: Doc): DocumentRows => toDocumentRows(doc, contentHash(doc), handExtraction(doc, spec));
const writeAll = async (docs: Doc[]) => {
  for (const d of docs) await writeDocument(graph, rowsOf(d));
};
/** Node id of each (document, name it used first). */
async function nodeOf(prefix: string): Promise<Record<string, string>> {
  const rows = await graph.read<{ docId: string; name: string; id: string }>(q.refs, { prefix });
  return Object.fromEntries(rows.map((r) => [`${r.docId.slice(prefix.length)}:${r.name}`, r.id]));
}
async function eventsOf(prefix: string) {
  return graph.read<{ id: string; type: string; date: string | null; sourceCount: number; docIds: string[]; places: Array<{ place: string | null }>; participants: Array<{ entity: string | null; role: string }> }>(q.events, {
    prefix,
  });
}

describe('one actor under several names', () => {
  it('an acronym and the full name are one node, linked by a document or by initials', async () => {
    const [a, b] = [randomTag(), randomTag()];
    const [A, B] = [capitalize(a), capitalize(b)];
    const full = `${A} ${B} Party`;
    const acronym = `${a[0]}${b[0]}P`.toUpperCase();
    const longAcronym = `${a}${b}`.toUpperCase();
    await writeAll([
      [{ id: `${a}-1`, text: `The ${full} won the vote.` }, { entities: [[full, 'Organization']] }],
      // The initials of a known name: unambiguous, so the same party.
      [{ id: `${a}-2`, text: `The ${acronym} won again.` }, { entities: [[acronym, 'Organization']] }],
      // A document that links a name to an acronym: a later document using only the acronym finds the party.
      [{ id: `${a}-3`, text: `The ${full} (${longAcronym}) won.` }, { entities: [[full, 'Organization', [longAcronym]]] }],
      [{ id: `${a}-4`, text: `The ${longAcronym} lost.` }, { entities: [[longAcronym, 'Organization']] }],
    ]);
    const party = `organization:${a} ${b} party`;
    expect(await nodeOf(a)).toEqual({ [`-1:${full}`]: party, [`-2:${acronym}`]: party, [`-3:${full}`]: party, [`-4:${longAcronym}`]: party });
  });

  it('"U.N.S.C." and "United Nations Security Council"-like names: dotted acronyms too', async () => {
    const [a, b, c] = [randomTag(), randomTag(), randomTag()];
    const full = `${capitalize(a)} ${capitalize(b)} ${capitalize(c)}`;
    const dotted = `${a[0]}.${b[0]}.${c[0]}.`.toUpperCase();
    await writeAll([
      [{ id: `${a}-1`, text: `The ${dotted} met.` }, { entities: [[dotted, 'Organization']] }],
      [{ id: `${a}-2`, text: `The ${full} met.` }, { entities: [[full, 'Organization']] }],
    ]);
    const refs = await nodeOf(a);
    expect(refs[`-2:${full}`]).toBe(refs[`-1:${dotted}`]);
  });

  it('a country and its official name are one node, in either order', async () => {
    const tag = randomTag();
    await writeAll([
      [{ id: `${tag}-1`, text: `The Republic of Moldova voted.` }, { entities: [['Republic of Moldova', 'Place']] }],
      [{ id: `${tag}-2`, text: `Moldova voted again.` }, { entities: [['Moldova', 'Place']] }],
    ]);
    expect(Object.values(await nodeOf(tag))).toEqual(['place:moldova', 'place:moldova']);
  });

  it('a title before a name, and a fuller form of the name, are the same person', async () => {
    const tag = randomTag();
    const T = capitalize(tag);
    await writeAll([
      [{ id: `${tag}-1`, text: `Sebastián ${T} won.` }, { entities: [[`Sebastián ${T}`, 'Person']] }],
      [{ id: `${tag}-2`, text: `President Sebastián ${T} spoke.` }, { entities: [[`President Sebastián ${T}`, 'Person']] }],
      [{ id: `${tag}-3`, text: `Miguel Sebastián ${T} was born in 1949.` }, { entities: [[`Miguel Sebastián ${T}`, 'Person']] }],
      // His brother is someone else.
      [{ id: `${tag}-4`, text: `José ${T} wrote the law.` }, { entities: [[`José ${T}`, 'Person']] }],
    ]);
    const refs = await nodeOf(tag);
    const him = `person:sebastian ${tag}`;
    expect(refs).toEqual({ [`-1:Sebastián ${T}`]: him, [`-2:President Sebastián ${T}`]: him, [`-3:Miguel Sebastián ${T}`]: him, [`-4:José ${T}`]: `person:jose ${tag}` });
  });

  it('a parent and a child who share a name stay two people', async () => {
    const tag = randomTag();
    const T = capitalize(tag);
    await writeAll([
      [{ id: `${tag}-1`, text: `Hernán Tomás ${T} founded the firm.` }, { entities: [[`Hernán Tomás ${T}`, 'Person']] }],
      [{ id: `${tag}-2`, text: `Hernán José ${T}, his son, runs it.` }, { entities: [[`Hernán José ${T}`, 'Person']] }],
      // The short name fits both: it joins neither.
      [{ id: `${tag}-3`, text: `Hernán ${T} declined to comment.` }, { entities: [[`Hernán ${T}`, 'Person']] }],
      // A known full name that conflicts keeps the son apart from a node that holds the father's full name.
      [{ id: `${tag}-4`, text: `Rosa Inés ${T} spoke. Rosa ${T} said more.` }, { entities: [[`Rosa ${T}`, 'Person', [`Rosa Inés ${T}`]]] }],
      [{ id: `${tag}-5`, text: `Rosa Clara ${T} spoke.` }, { entities: [[`Rosa Clara ${T}`, 'Person']] }],
    ]);
    const refs = await nodeOf(tag);
    expect(new Set(Object.values(refs)).size).toBe(5);
  });

  it('generic actors are one node per place, and never make two events one', async () => {
    const tag = randomTag();
    const T = capitalize(tag);
    const arrest = (n: number, person: string, city: string): Doc => [
      { id: `${tag}-${n}`, text: `Police arrested ${person} ${T} in ${city}${tag} on 3 May 2019.` },
      {
        entities: [['Police', 'Organization'], [`${person} ${T}`, 'Person'], [`${city}${tag}`, 'Place']],
        events: [{ type: 'Arrest', trigger: 'arrested', date: '2019-05-03', place: `${city}${tag}`, participants: [['Police', 'agent'], [`${person} ${T}`, 'target']] }],
      },
    ];
    await writeAll([arrest(1, 'Ana', 'Faro'), arrest(2, 'Bea', 'Braga'), arrest(3, 'Carla', 'Evora'), arrest(4, 'Dina', 'Faro')]);
    const refs = await nodeOf(tag);
    expect([refs['-1:Police'], refs['-2:Police'], refs['-3:Police'], refs['-4:Police']]).toEqual([
      `organization:police@faro${tag}`,
      `organization:police@braga${tag}`,
      `organization:police@evora${tag}`,
      `organization:police@faro${tag}`,
    ]);
    // Same day, same police, same city for 1 and 4: still two arrests of two people.
    expect(await eventsOf(tag)).toHaveLength(4);
  });
});

describe('one event told by several documents', () => {
  it('is one Event node with every document as a source, whatever the precision of each', async () => {
    const tag = randomTag();
    const T = capitalize(tag);
    const assault = (n: number, text: string, date: string | undefined, place: boolean): Doc => [
      { id: `${tag}-${n}`, text },
      {
        entities: [[`Marta ${T}`, 'Person'], ...(place ? [[`Lagos${tag}`, 'Place'] as [string, 'Place']] : []), ['attackers', 'Group']],
        events: [{ type: 'Attack', trigger: text.match(/attacked|assault|beaten/)![0], ...(date && { date }), ...(place && { place: `Lagos${tag}` }), participants: [['attackers', 'agent'], [`Marta ${T}`, 'target']] }],
      },
    ];
    await writeAll([
      assault(1, `Two attackers beaten Marta ${T} in Lagos${tag} on 10 March 2024.`, '2024-03-10', true),
      assault(2, `The assault on Marta ${T} by attackers in March 2024 was condemned.`, '2024-03', false),
      assault(3, `Marta ${T} was attacked by attackers in Lagos${tag}.`, undefined, true),
      assault(4, `The assault on Marta ${T} by attackers shocked the town.`, undefined, false),
      // Another attack on her, a year later, is another event.
      assault(5, `Marta ${T} was attacked again by attackers in March 2025.`, '2025-03', false),
    ]);
    const events = await eventsOf(tag);
    expect(events.map((v) => [v.date, v.sourceCount, [...v.docIds].sort().map((d) => d.slice(tag.length))]).sort()).toEqual([
      ['2024-03-10', 4, ['-1', '-2', '-3', '-4']],
      ['2025-03', 1, ['-5']],
    ]);
  });
});

describe('a group of documents in one transaction', () => {
  /** The second document names the party only by the alias the first introduced. */
  const corpus = (tag: string): Doc[] => {
    const T = capitalize(tag);
    const alias = tag.toUpperCase();
    return [
      [{ id: `${tag}-1`, text: `The ${T} Democratic Front, known as ${alias}, backs Nora ${T}.` }, { entities: [[`${T} Democratic Front`, 'Organization', [alias]], [`Nora ${T}`, 'Person']], relations: [[`${T} Democratic Front`, 'SUPPORTS', `Nora ${T}`]] }],
      [{ id: `${tag}-2`, text: `${alias} again backs Nora ${T}. President Nora Isabel ${T} thanked ${alias}.` }, { entities: [[alias, 'Organization'], [`President Nora Isabel ${T}`, 'Person']], relations: [[alias, 'SUPPORTS', `President Nora Isabel ${T}`]] }],
      [{ id: `${tag}-3`, text: `Nora Isabel ${T} met the ${T} Democratic Front.` }, { entities: [[`Nora Isabel ${T}`, 'Person'], [`${T} Democratic Front`, 'Organization']] }],
    ];
  };

  it('gives the graph that writing them one by one gives', async () => {
    const [one, grouped] = [randomTag(), randomTag()];
    await writeAll(corpus(one));
    await writeDocuments(graph, corpus(grouped).map(rowsOf));
    const expected = await shape(one);
    expect(expected.entities).toHaveLength(2);
    expect(expected.relations).toEqual([expect.objectContaining({ predicate: 'SUPPORTS', sourceCount: 2 })]);
    expect(await shape(grouped)).toEqual(expected);
  });
});

/** The graph of the documents whose ids start with prefix, with ids and the prefix taken out, so two corpora compare. */
async function shape(prefix: string) {
  const strip = (s: string) => s.replaceAll(prefix, 'T').replaceAll(capitalize(prefix), 'T').replaceAll(prefix.toUpperCase(), 'T');
  const mine = (docIds: string[] | null) => (docIds ?? []).filter((d) => d.startsWith(prefix)).map((d) => d.slice(prefix.length)).sort();
  const entities = await graph.read<{ id: string; type: string; name: string; aliases: string[]; mentionCount: number; documentCount: number; refs: Array<{ doc: string; names: string[] }> }>(q.entities, { prefix });
  /** A node by what the documents say of it: which document called it what. */
  const repOf = new Map(
    entities.map((e) => [
      e.id,
      e.refs
        .map((r) => `${r.doc.slice(prefix.length)}=${r.names.map(strip).join('|')}`)
        .sort()
        .join(';'),
    ]),
  );
  const rep = (id: string | null) => (id ? (repOf.get(id) ?? `?${strip(id)}`) : null);
  const events = await eventsOf(prefix);
  const relations = await graph.read<{ subject: string; predicate: string; object: string; docIds: string[]; sourceCount: number }>(q.relations, { prefix });
  return {
    entities: entities
      .map((e) => ({ type: e.type, rep: rep(e.id), name: strip(e.name), aliases: e.aliases.map(strip).sort(), mentionCount: e.mentionCount, documentCount: e.documentCount }))
      .sort((a, b) => (a.rep! < b.rep! ? -1 : 1)),
    events: events
      .map((v) => ({
        type: v.type,
        date: v.date,
        sourceCount: v.sourceCount,
        docIds: mine(v.docIds),
        places: (v.places as Array<{ place: string | null; docIds: string[] | null }>).filter((p) => p.place).map((p) => [rep(p.place), mine(p.docIds)]),
        participants: (v.participants as Array<{ entity: string | null; role: string; docIds: string[] | null }>)
          .filter((p) => p.entity)
          .map((p) => `${p.role} ${rep(p.entity)} ${mine(p.docIds).join(',')}`)
          .sort(),
      }))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    relations: relations.map((r) => ({ subject: rep(r.subject), predicate: r.predicate, object: rep(r.object), docIds: mine(r.docIds), sourceCount: r.sourceCount })).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
  };
}

describe('deleting a document', () => {
  /** Five reports around one arrest and one march; no merge depends on a single document. */
  const corpus = (tag: string): Doc[] => {
    const T = capitalize(tag);
    const city = `${T}ton`;
    return [
      [
        { id: `${tag}-1`, text: `Police arrested Ana ${T} in ${city} on 3 May 2019. Ana ${T} leads the ${T} Front.` },
        {
          entities: [['Police', 'Organization'], [`Ana ${T}`, 'Person'], [`${T} Front`, 'Organization'], [city, 'Place']],
          relations: [[`Ana ${T}`, 'LEADS', `${T} Front`]],
          events: [{ type: 'Arrest', trigger: 'arrested', date: '2019-05-03', place: city, participants: [['Police', 'agent'], [`Ana ${T}`, 'target']] }],
        },
      ],
      [
        { id: `${tag}-2`, text: `Ana ${T}, the leader of the ${T} Front, was detained in May 2019.` },
        {
          entities: [[`Ana ${T}`, 'Person'], [`${T} Front`, 'Organization']],
          relations: [[`Ana ${T}`, 'LEADS', `${T} Front`]],
          events: [{ type: 'Arrest', trigger: 'detained', date: '2019-05', participants: [[`Ana ${T}`, 'target']] }],
        },
      ],
      [
        { id: `${tag}-3`, text: `The ${T} Front marched in ${city} on 4 May 2019 against the arrest of Ana ${T}. Luis Alberto ${T}, her brother, spoke.` },
        {
          entities: [[`${T} Front`, 'Organization'], [city, 'Place'], [`Ana ${T}`, 'Person'], [`Luis Alberto ${T}`, 'Person']],
          relations: [[`Luis Alberto ${T}`, 'RELATIVE_OF', `Ana ${T}`]],
          events: [{ type: 'Protest', trigger: 'marched', date: '2019-05-04', place: city, participants: [[`${T} Front`, 'agent'], [`Luis Alberto ${T}`, 'agent']] }],
        },
      ],
      [
        { id: `${tag}-4`, text: `Luis ${T} and the ${T} Front led a march in ${city} on 4 May 2019. Police detained Ana ${T} in ${city} in May 2019.` },
        {
          entities: [[`Luis ${T}`, 'Person'], [`${T} Front`, 'Organization'], [city, 'Place'], ['Police', 'Organization'], [`Ana ${T}`, 'Person']],
          events: [
            { type: 'Protest', trigger: 'march', date: '2019-05-04', place: city, participants: [[`${T} Front`, 'agent'], [`Luis ${T}`, 'agent']] },
            { type: 'Arrest', trigger: 'detained', date: '2019-05', place: city, participants: [['Police', 'agent'], [`Ana ${T}`, 'target']] },
          ],
        },
      ],
      [
        { id: `${tag}-5`, text: `Police arrested Ana ${T} in ${city}.` },
        {
          entities: [['Police', 'Organization'], [`Ana ${T}`, 'Person'], [city, 'Place']],
          events: [{ type: 'Arrest', trigger: 'arrested', place: city, participants: [['Police', 'agent'], [`Ana ${T}`, 'target']] }],
        },
      ],
    ];
  };

  it('the corpus makes one arrest and one march, each from all its sources', async () => {
    const tag = randomTag();
    await writeAll(corpus(tag));
    const events = await eventsOf(tag);
    expect(events.map((v) => [v.type, v.date, v.sourceCount]).sort()).toEqual([
      ['Arrest', '2019-05-03', 4],
      ['Protest', '2019-05-04', 2],
    ]);
  });

  it.each([0, 1, 2, 3, 4])('leaves the graph a fresh ingest of the other documents gives (document %i deleted)', async (k) => {
    const [all, rest] = [randomTag(), randomTag()];
    await writeDocuments(graph, corpus(all).map(rowsOf));
    expect(await deleteDocument(graph, `${all}-${k + 1}`)).toBe(true);
    await writeAll(corpus(rest).filter((_, i) => i !== k));
    const after = await shape(all);
    expect(after).toEqual(await shape(rest));
    // Written again, nothing changes.
    await writeAll(corpus(rest).filter((_, i) => i !== k));
    expect(await shape(rest)).toEqual(after);
  });

  it('after the only document that placed the arrest in a city on a day is gone, the event says only May 2019', async () => {
    const tag = randomTag();
    const docs = corpus(tag);
    await writeAll([docs[0]!, docs[1]!]);
    let [arrest] = await eventsOf(tag);
    expect([arrest!.date, arrest!.places.filter((p) => p.place).length]).toEqual(['2019-05-03', 1]);
    await deleteDocument(graph, `${tag}-1`);
    [arrest] = await eventsOf(tag);
    expect([arrest!.date, arrest!.places.filter((p) => p.place).length, arrest!.sourceCount]).toEqual(['2019-05', 0, 1]);
    expect(arrest!.participants.filter((p) => p.entity).map((p) => p.entity)).toEqual([`person:ana ${tag}`]);
  });
});
