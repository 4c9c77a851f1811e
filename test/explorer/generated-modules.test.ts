// The page's generated modules are what scripts/generate-explorer-modules.ts writes
// from the server's sources now: a change to the ontology or to the XML escaping
// that was not regenerated fails here (run `npm run generate:explorer`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLORER_MODULES_DIR, explorerModules } from '../../scripts/generate-explorer-modules.js';
import { escapeXml as serverEscapeXml } from '../../src/export/xml.js';
import { ACTOR_TYPES, ENTITY_TYPES, PREDICATES, SYMMETRIC_PREDICATES } from '../../src/model/ontology.js';
import { fileStem, toGraphML } from '../../web/explorer/graph-formats.js';
import { isActorType, isPredicate, NODE_KINDS } from '../../web/explorer/kinds.js';
import * as pageOntology from '../../web/explorer/ontology.generated.js';
import { fold } from '../../web/explorer/text.js';
import { eventAnchor } from '../../web/explorer/views.js';
import { escapeXml as pageEscapeXml } from '../../web/explorer/xml.generated.js';

describe('generated page modules', () => {
  it.each([...explorerModules()])('web/explorer/%s is current', (name, text) => {
    expect(readFileSync(join(EXPLORER_MODULES_DIR, name), 'utf8'), `web/explorer/${name} is stale: run npm run generate:explorer`).toBe(text);
  });

  it('give the page the ontology of the server', () => {
    expect(pageOntology.ACTOR_TYPES).toEqual(ACTOR_TYPES);
    expect(pageOntology.ENTITY_TYPES).toEqual(ENTITY_TYPES);
    expect(pageOntology.PREDICATES).toEqual(PREDICATES);
    expect([...pageOntology.SYMMETRIC_PREDICATES]).toEqual([...SYMMETRIC_PREDICATES]);
    expect(Object.keys(NODE_KINDS)).toEqual([...ENTITY_TYPES, 'Event']);
  });

  it.each([...PREDICATES.map((p) => [p, true] as const), ['PARTICIPATED_IN', false], ['AT', false], ['RELATED', false], ['member_of', false]] as const)(
    'the page knows %s as a predicate: %s',
    (type, known) => expect(isPredicate(type)).toBe(known),
  );

  it.each([
    ['markup', 'Dockers & Sons <Ltd> "quoted" \'single\''],
    ['control characters XML 1.0 cannot carry', 'bell\u0007 and form feed\u000C'],
    ['a lone surrogate', 'broken \uD800 pair'],
    ['tabs and newlines in an attribute', 'a\tb\nc\rd'],
    ['plain text', 'Ana Lúcia Prado'],
  ])('escape XML text as the server does: %s', (_what, text) => {
    expect(pageEscapeXml(text)).toBe(serverEscapeXml(text));
  });

  it('the page GraphML escapes what the server escapes', () => {
    const xml = toGraphML({ nodes: [{ id: "o'neil\u0007", label: 'Tab\there', kind: 'Person', weight: 1 }], edges: [] });
    expect(xml).toContain(`<node id="${serverEscapeXml("o'neil\u0007")}">`);
    expect(xml).toContain(`<data key="label">${serverEscapeXml('Tab\there')}</data>`);
  });
});

describe('one text fold', () => {
  it.each([
    ['Ana Lúcia PRADO', 'ana lucia prado'],
    ['Şişli Ağaç', 'sisli agac'],
    ['İzmir', 'izmir'],
    ['ÉCOLE', 'ecole'],
  ])('%s folds to %s, keeping its length', (text, folded) => {
    expect(fold(text)).toBe(folded);
    expect(fold(text)).toHaveLength(text.length);
  });

  it('file names fold accents typed precomposed or as combining marks alike', () => {
    expect(fileStem('Lu\u0301cia Prado')).toBe('lucia-prado');
    expect(fileStem('Lúcia Prado')).toBe('lucia-prado');
  });
});

describe('actors among the participants of an event', () => {
  const at = (type: string, id = type) => ({ entity: { id, name: id, type } });
  it.each([
    [[at('Place'), at('Person', 'ana')], 'ana'],
    [[at('Organization', 'union'), at('Person', 'ana')], 'union'],
    [[at('Group', 'dockers')], 'dockers'],
    [[at('Place')], undefined],
    [[], undefined],
  ])('%j → %s', (participants, id) => {
    expect(eventAnchor({ participants })?.id).toBe(id);
  });

  it('the actor types are the ontology’s', () => {
    for (const type of ACTOR_TYPES) expect(isActorType(type)).toBe(true);
    expect(isActorType('Place')).toBe(false);
    expect(isActorType('Event')).toBe(false);
  });
});
