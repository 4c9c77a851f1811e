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
  }
}

const ENDPOINT = '/graphql';

/**
 * Sends one operation. Responses of superseded requests are dropped by the
 * callers through `signal` (a new search aborts the previous one).
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @param {AbortSignal} [signal]
 */
export async function graphql(query, variables, signal) {
  const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
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
    throw new ApiError('graphql', messages.join('; '), { status: response.status, operation });
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

export const SEARCH_ACTORS = `
query ExplorerSearchActors($search: String!, $first: Int!) {
  actors(search: $search, first: $first) {
    totalCount
    edges { score node { ${ACTOR_CARD} } }
  }
}`;

export const NEIGHBORHOOD = `
query ExplorerNeighborhood($actor: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(actor: $actor, depth: $depth, limit: $limit) {
    center { id name type }
    depth
    truncated
    nodes { id label kind depth weight }
    edges { id source target type role weight }
  }
}`;

export const ACTOR_DETAILS = `
query ExplorerActor($id: ID!) {
  actor(id: $id) {
    ${ACTOR_CARD}
    timeline(first: 50) {
      date
      roles
      event { id type date sourceCount place { id name } }
    }
  }
}`;

export const ENTITY_CARD = `
query ExplorerEntity($id: ID!) {
  entity(id: $id) { id name type aliases mentionCount documentCount }
}`;

/** A relation between two entities: read from the subject's side, then the one with the other end is kept. */
export const RELATION_EVIDENCE = `
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
}`;

export const EVENT_EVIDENCE = `
query ExplorerEvent($id: ID!) {
  event(id: $id) {
    id type date sourceCount
    place { id name }
    participants { role sourceCount entity { id name aliases type } }
    sources { id title publishedAt }
    evidence(first: 10) { ${EVIDENCE} }
  }
}`;

export const CONNECTION = `
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
}`;
