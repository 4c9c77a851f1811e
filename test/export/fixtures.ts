import type { ExportEdge, ExportNode } from '../../src/model/export-rows.js';

/**
 * Rows with the names that break naive writers: accents, quotes of both
 * kinds, ampersands, angle brackets, commas, line breaks, a tab, characters
 * XML 1.0 cannot carry, and text outside the Basic Multilingual Plane.
 */
export const TRICKY_NODES: ExportNode[] = [
  {
    id: 'person:zoe o\'brien',
    label: 'Zoë O\'Brien "la Jefa"',
    kind: 'Actor',
    type: 'Person',
    aliases: ['O\'Brien', 'Zoë, the mayor'],
    mentionCount: 12,
    documentCount: 3,
    date: null,
    sourceCount: null,
  },
  {
    id: 'organization:smith & sons <holdings>',
    label: 'Smith & Sons <Holdings>',
    kind: 'Actor',
    type: 'Organization',
    aliases: [],
    mentionCount: 1,
    documentCount: 1,
    date: null,
    sourceCount: null,
  },
  {
    id: 'group:miners of the north',
    label: 'Miners of the\nnorth,\tunited',
    kind: 'Actor',
    type: 'Group',
    aliases: ['"Los mineros"', 'the miners\r\nof Atacama'],
    mentionCount: 4,
    documentCount: 2,
    date: null,
    sourceCount: null,
  },
  {
    id: 'place:são paulo',
    label: 'São Paulo 🌆',
    kind: 'Place',
    type: 'Place',
    aliases: ['Sampa'],
    mentionCount: 7,
    documentCount: 5,
    date: null,
    sourceCount: null,
  },
  {
    id: 'event:doc-1:v1',
    label: 'Strike 2024-05',
    kind: 'Event',
    type: 'Strike',
    aliases: [],
    mentionCount: null,
    documentCount: null,
    date: '2024-05',
    sourceCount: 2,
  },
];

export const TRICKY_EDGES: ExportEdge[] = [
  {
    id: 'e0',
    source: 'person:zoe o\'brien',
    target: 'organization:smith & sons <holdings>',
    label: 'LEADS',
    relation: 'LEADS',
    role: null,
    directed: true,
    weight: 2,
    sourceCount: 2,
    confidence: 0.85,
    docIds: ['doc-1', 'doc,2'],
  },
  {
    id: 'e1',
    source: 'organization:smith & sons <holdings>',
    target: 'group:miners of the north',
    label: 'OPPOSES',
    relation: 'OPPOSES',
    role: null,
    directed: false,
    weight: 1,
    sourceCount: 1,
    confidence: 0.6,
    docIds: ['doc "quoted"'],
  },
  {
    id: 'e2',
    source: 'group:miners of the north',
    target: 'event:doc-1:v1',
    label: 'agent',
    relation: 'PARTICIPATED_IN',
    role: 'agent',
    directed: true,
    weight: 1,
    sourceCount: 1,
    confidence: null,
    docIds: ['doc-1'],
  },
  {
    id: 'e3',
    source: 'event:doc-1:v1',
    target: 'place:são paulo',
    label: 'AT',
    relation: 'AT',
    role: null,
    directed: true,
    weight: 1,
    sourceCount: null,
    confidence: null,
    docIds: [],
  },
];

/** A name carrying characters XML 1.0 forbids (NUL, BEL, a vertical tab, a lone surrogate, U+FFFF) around legal text. */
export const FORBIDDEN_NAME = 'Bad\u0000 \u0007Name\u000b\uD800\uFFFF end';
export const FORBIDDEN_NAME_CLEANED = 'Bad Name end';
