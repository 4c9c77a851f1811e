// The explorer's only way to the data: the public GraphQL API at /graphql.
// Every query the page sends is written out here, so the contract it relies
// on (schema.graphql) can be read in one place.

/** Why a request failed: `network` (the server did not answer), `http` (it answered with an error status), `graphql` (the API refused the query). */
export class ApiError extends Error {
  /**
   * @param {'network' | 'http' | 'graphql'} kind
   * @param {string} message
   * @param {{ status?: number, operation?: string, cause?: unknown }} [context]
   */
  constructor(kind, message, context = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = context.status;
    this.operation = context.operation;
    /** @type {string | undefined} The GraphQL error code (extensions.code), for `graphql` errors. */
    this.code = undefined;
  }
}

const ENDPOINT = '/graphql';

/**
 * A GraphQL operation's text, typed with its variables and its answer, so
 * every call of graphql() is checked against both (a plain string is an
 * operation of unknown variables and answer).
 * @template V, R
 * @typedef {string & {readonly __variables?: V, readonly __result?: R}} Operation
 */

/**
 * The answer to an operation.
 * @template O
 * @typedef {O extends Operation<any, infer R> ? R : never} AnswerOf
 */

/** @typedef {{id: string, name: string, type: string, aliases: string[], mentionCount: number, documentCount: number}} ActorCard */
/** @typedef {import('./panels.js').Evidence} Evidence */
/** @typedef {{id: string, name: string, aliases: string[]}} NamedEnd */
/**
 * @typedef {{predicate: string, direction: string, sourceCount: number, confidence?: number | null, subject: NamedEnd, object: NamedEnd, evidence: Evidence[]}} RelationAnswer
 * @typedef {{from: {id: string, name: string, type: string}, to: {id: string, name: string, type: string}, length: number | null,
 *   paths: Array<{length: number, entities: import('./paths-graph.js').PathEntity[], steps: import('./panels.js').Step[]}>}} Connection
 * @typedef {Parameters<typeof import('./views.js').landingHtml>[0]} LandingData
 * @typedef {{start: number, end: number}} Span
 * @typedef {{predicate: string, subject: {id: string, name: string}, object: {id: string, name: string}}} DocumentRelation
 * @typedef {{text: string, start: number, end: number}} Sentence
 * @typedef {Omit<Parameters<typeof import('./views.js').readerHtml>[0], 'entities' | 'events'> & {sentences: Sentence[],
 *   entities: Array<{mentions: number, names: string[], entity: {id: string, name: string, type: string}}>,
 *   events: Parameters<typeof import('./views.js').documentMarks>[3]}} DocumentAnswer
 */

/** The API token for mutations (curation), when the server asks for one; kept for the tab's session only. */
let apiToken = globalThis.sessionStorage?.getItem('actorgraph-api-token') ?? '';
export function setApiToken(/** @type {string} */ token) {
  apiToken = token.trim();
  globalThis.sessionStorage?.setItem('actorgraph-api-token', apiToken);
}

/**
 * Sends one operation. Responses of superseded requests are dropped by the
 * callers through `signal` (a new search aborts the previous one).
 * @template V, R
 * @param {Operation<V, R>} query
 * @param {V} variables
 * @param {AbortSignal} [signal]
 * @returns {Promise<R>}
 */
export async function graphql(query, variables, signal) {
  const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(apiToken && /^\s*mutation\b/.test(query) && { authorization: `Bearer ${apiToken}` }),
      },
      body: JSON.stringify({ query, variables, operationName: operation }),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('network', 'The API did not answer. Is the actorgraph server running?', { operation, cause: err });
  }
  let body;
  try {
    body = await response.json();
  } catch (err) {
    throw new ApiError('http', `The API answered ${response.status} ${response.statusText || ''} without a GraphQL result.`.trim(), { status: response.status, operation, cause: err });
  }
  if (Array.isArray(body?.errors) && body.errors.length > 0) {
    const messages = body.errors.map((/** @type {{message?: string}} */ e) => e.message ?? 'unknown error');
    const error = new ApiError('graphql', messages.join('; '), { status: response.status, operation });
    error.code = body.errors[0]?.extensions?.code;
    throw error;
  }
  if (!response.ok || !body?.data) {
    throw new ApiError('http', `The API answered ${response.status}.`, { status: response.status, operation });
  }
  return body.data;
}

const EVIDENCE = `
  document { id title publishedAt url }
  sentence { id text start end }
  span { start end }
  trigger
  triggerSpan { start end }
  confidence`;

const ACTOR_CARD = 'id name type aliases mentionCount documentCount';

/** @type {Operation<{search: string, first: number}, {actors: {totalCount: number, edges: Array<{score: number, node: ActorCard}>}}>} */
export const SEARCH_ACTORS = /** @type {Operation<{search: string, first: number}, {actors: {totalCount: number, edges: Array<{score: number, node: ActorCard}>}}>} */ (`
query ExplorerSearchActors($search: String!, $first: Int!) {
  actors(search: $search, first: $first) {
    totalCount
    edges { score node { ${ACTOR_CARD} } }
  }
}`);

/** Actors whose names match what is typed, best first (the search boxes). */
export async function searchActors(/** @type {string} */ text, /** @type {AbortSignal} */ signal) {
  const data = await graphql(SEARCH_ACTORS, { search: text, first: 12 }, signal);
  return data.actors.edges.map((e) => e.node);
}

/** @type {Operation<{actor: string, depth: number, limit: number}, {neighborhood: (import('./graph-view.js').Hood & {center: {id: string, name: string, type: string}, depth: number, truncated: boolean}) | null}>} */
export const NEIGHBORHOOD = /** @type {Operation<{actor: string, depth: number, limit: number}, {neighborhood: (import('./graph-view.js').Hood & {center: {id: string, name: string, type: string}, depth: number, truncated: boolean}) | null}>} */ (`
query ExplorerNeighborhood($actor: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(actor: $actor, depth: $depth, limit: $limit) {
    center { id name type }
    depth
    truncated
    nodes { id label kind depth weight }
    edges { id source target type role weight }
  }
}`);

/** @type {Operation<{id: string}, {actor: (ActorCard & {timeline: Parameters<typeof import('./panels.js').timeline>[0]}) | null}>} */
export const ACTOR_DETAILS = /** @type {Operation<{id: string}, {actor: (ActorCard & {timeline: Parameters<typeof import('./panels.js').timeline>[0]}) | null}>} */ (`
query ExplorerActor($id: ID!) {
  actor(id: $id) {
    ${ACTOR_CARD}
    timeline(first: 50) {
      date
      roles
      event { id type date sourceCount place { id name } }
    }
  }
}`);

/** @type {Operation<{id: string}, {entity: ActorCard | null}>} */
export const ENTITY_CARD = /** @type {Operation<{id: string}, {entity: ActorCard | null}>} */ (`
query ExplorerEntity($id: ID!) {
  entity(id: $id) { id name type aliases mentionCount documentCount }
}`);

/** A relation between two entities: read from the subject's side, then the one with the other end is kept. */
/** @type {Operation<{subject: string, predicate: import('./ontology.generated.js').Predicate}, {entity: {id: string, name: string, aliases: string[], relations: RelationAnswer[]} | null}>} */
export const RELATION_EVIDENCE = /** @type {Operation<{subject: string, predicate: import('./ontology.generated.js').Predicate}, {entity: {id: string, name: string, aliases: string[], relations: RelationAnswer[]} | null}>} */ (`
query ExplorerRelationEvidence($subject: ID!, $predicate: Predicate!) {
  entity(id: $subject) {
    id name aliases
    relations(predicate: $predicate, direction: BOTH, first: 100) {
      predicate direction sourceCount confidence
      subject { id name aliases }
      object { id name aliases }
      evidence(first: 10) { ${EVIDENCE} }
    }
  }
}`);

/** @type {Operation<{id: string}, {event: Parameters<typeof import('./panels.js').eventEvidence>[0] | null}>} */
export const EVENT_EVIDENCE = /** @type {Operation<{id: string}, {event: Parameters<typeof import('./panels.js').eventEvidence>[0] | null}>} */ (`
query ExplorerEvent($id: ID!) {
  event(id: $id) {
    id type date sourceCount
    place { id name }
    participants { role sourceCount entity { id name aliases type } }
    sources { id title publishedAt }
    evidence(first: 10) { ${EVIDENCE} }
  }
}`);

/** @type {Operation<{from: string, to: string, maxHops: number, first: number}, {connection: Connection}>} */
export const CONNECTION = /** @type {Operation<{from: string, to: string, maxHops: number, first: number}, {connection: Connection}>} */ (`
query ExplorerConnection($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
  connection(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    from { id name type }
    to { id name type }
    length
    paths {
      length
      entities { id name type mentionCount }
      steps {
        kind predicate direction fromRoles toRoles sourceCount
        from { id name type aliases }
        to { id name type aliases }
        event { id type date sourceCount }
        evidence(first: 3) { ${EVIDENCE} }
      }
    }
  }
}`);

/** @type {Operation<Record<string, never>, {stats: LandingData['stats'], actors: {nodes: LandingData['actors']}, documents: {totalCount: number, nodes: LandingData['documents']}}>} */
export const LANDING = /** @type {Operation<Record<string, never>, {stats: LandingData['stats'], actors: {nodes: LandingData['actors']}, documents: {totalCount: number, nodes: LandingData['documents']}}>} */ (`
query ExplorerLanding {
  stats { documents actors places events predicates { key count } }
  actors(first: 10) { nodes { id name type mentionCount documentCount } }
  documents(first: 6) { totalCount nodes { id title publishedAt } }
}`);

/** A page of events for the landing view's histogram and latest events. */
/** @type {Operation<{from?: string, to?: string, first: number, after: string | null}, {events: {totalCount: number, pageInfo: {hasNextPage: boolean, endCursor: string | null}, nodes: LandingData['events']}}>} */
export const EVENTS_PAGE = /** @type {Operation<{from?: string, to?: string, first: number, after: string | null}, {events: {totalCount: number, pageInfo: {hasNextPage: boolean, endCursor: string | null}, nodes: LandingData['events']}}>} */ (`
query ExplorerEvents($from: PartialDate, $to: PartialDate, $first: Int!, $after: String) {
  events(from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id type date sourceCount place { id name } participants { role entity { id name type } } }
  }
}`);

/** @type {Operation<{id: string}, {document: DocumentAnswer | null}>} */
export const DOCUMENT = /** @type {Operation<{id: string}, {document: DocumentAnswer | null}>} */ (`
query ExplorerDocument($id: ID!) {
  document(id: $id) {
    id title url publishedAt sentenceCount
    sentences(first: 100) { id text start end }
    entities(first: 50) { mentions names entity { id name type } }
    events(first: 50) {
      id type date
      evidence(first: 10) { document { id } span { start end } triggerSpan { start end } }
    }
  }
}`);

/** The relations stated in one document: read from its entities' relations, evidence filtered to the document by the page. */
/** @type {Operation<{id: string}, {document: {id: string, entities: Array<{entity: {id: string, relations: Array<DocumentRelation & {confidence?: number | null, evidence: Array<{document: {id: string}, span: Span}>}>}}>} | null}>} */
export const DOCUMENT_RELATIONS = /** @type {Operation<{id: string}, {document: {id: string, entities: Array<{entity: {id: string, relations: Array<DocumentRelation & {confidence?: number | null, evidence: Array<{document: {id: string}, span: Span}>}>}}>} | null}>} */ (`
query ExplorerDocumentRelations($id: ID!) {
  document(id: $id) {
    id
    entities(first: 25) {
      entity {
        id
        relations(direction: OUT, first: 10) {
          predicate confidence
          subject { id name } object { id name }
          evidence(first: 5) { document { id } span { start end } }
        }
      }
    }
  }
}`);

/** @type {Operation<{search: string | null, first: number}, {documents: Parameters<typeof import('./views.js').documentsHtml>[1]}>} */
export const DOCUMENTS = /** @type {Operation<{search: string | null, first: number}, {documents: Parameters<typeof import('./views.js').documentsHtml>[1]}>} */ (`
query ExplorerDocuments($search: String, $first: Int!) {
  documents(search: $search, first: $first) {
    totalCount
    edges { node { id title publishedAt sentenceCount } snippet { html } }
  }
}`);

/** @type {Operation<{actor: string, first: number}, {curations: Parameters<typeof import('./views.js').curationLog>[0]}>} */
export const CURATIONS = /** @type {Operation<{actor: string, first: number}, {curations: Parameters<typeof import('./views.js').curationLog>[0]}>} */ (`
query ExplorerCurations($actor: ID, $first: Int!) {
  curations(actor: $actor, first: $first) { id kind at actorId mergedIds changes undoneAt }
}`);

/** @type {Operation<{into: string, from: string[]}, {mergeActors: {curation: {id: string}, actor: ActorCard}}>} */
export const MERGE_ACTORS = /** @type {Operation<{into: string, from: string[]}, {mergeActors: {curation: {id: string}, actor: ActorCard}}>} */ (`
mutation ExplorerMerge($into: ID!, $from: [ID!]!) {
  mergeActors(into: $into, from: $from) { curation { id } actor { id name type aliases mentionCount documentCount } }
}`);

/** @type {Operation<{id: string, name?: string, addAliases?: string[], removeAliases?: string[]}, {updateActor: {curation: {id: string}, actor: ActorCard}}>} */
export const UPDATE_ACTOR = /** @type {Operation<{id: string, name?: string, addAliases?: string[], removeAliases?: string[]}, {updateActor: {curation: {id: string}, actor: ActorCard}}>} */ (`
mutation ExplorerUpdate($id: ID!, $name: String, $addAliases: [String!], $removeAliases: [String!]) {
  updateActor(id: $id, name: $name, addAliases: $addAliases, removeAliases: $removeAliases) { curation { id } actor { id name type aliases mentionCount documentCount } }
}`);

/** @type {Operation<{id: string}, {undoCuration: {id: string, undoneAt: string | null}}>} */
export const UNDO_CURATION = /** @type {Operation<{id: string}, {undoCuration: {id: string, undoneAt: string | null}}>} */ (`
mutation ExplorerUndo($id: ID!) {
  undoCuration(id: $id) { id undoneAt }
}`);

/**
 * @typedef {{id: string, relations?: Array<{predicate: string, confidence?: number | null, object: {id: string}}>, evidence?: Array<{confidence?: number | null}>} | null} ConfidenceAnswer
 */

/** Confidence of drawn relations and events, for the threshold control: one aliased field per drawn node. */
export function confidenceQuery(/** @type {string[]} */ entityIds, /** @type {string[]} */ eventIds) {
  const vars = [...entityIds.map((_, i) => `$e${i}: ID!`), ...eventIds.map((_, i) => `$v${i}: ID!`)];
  const fields = [
    ...entityIds.map((_, i) => `e${i}: entity(id: $e${i}) { id relations(direction: OUT, first: 50) { predicate confidence object { id } } }`),
    ...eventIds.map((_, i) => `v${i}: event(id: $v${i}) { id evidence(first: 5) { confidence } }`),
  ];
  /** @type {Record<string, string>} */
  const variables = {};
  entityIds.forEach((id, i) => (variables[`e${i}`] = id));
  eventIds.forEach((id, i) => (variables[`v${i}`] = id));
  /** @type {Operation<Record<string, string>, Record<string, ConfidenceAnswer>>} */
  const query = `query ExplorerConfidence(${vars.join(', ')}) { ${fields.join(' ')} }`;
  return { query, variables };
}
