// The peer in the API benchmark: the same Neo4j graph served by
// @neo4j/graphql (the standard way to put GraphQL over Neo4j), with type
// definitions over the project's labels and relationship types
// (docs/graph-model.md), by graphql-yoga on node:http like our server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from './api-corpus.js';

/** The predicates stored as relationship types between entities, and the peer's field for each. */
export const PREDICATES = ['MEMBER_OF', 'PART_OF', 'LEADS', 'WORKS_FOR', 'CANDIDATE_OF', 'SUPPORTS', 'OPPOSES', 'LOCATED_IN', 'RELATIVE_OF'] as const;
export type Predicate = (typeof PREDICATES)[number];

/** MEMBER_OF → memberOf. */
export function predicateField(p: Predicate): string {
  return p.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * Type definitions a developer would write for this graph: one node type per
 * label set, one relationship field per relationship type. Relations are
 * undirected fields (our `relations` reads both directions; symmetric
 * predicates are stored one way only). The full-text index is ours
 * (cypher/schema/003-fulltext.cypher), declared so the peer can search it.
 * The directed relation fields on Entity (`memberOfOut` …) and an event's
 * `participants` are what a client needs to fetch the edges among nodes it
 * already has, each edge once and from its cheap end (a neighbourhood's).
 */
export const PEER_TYPE_DEFS = `
type Relation @relationshipProperties {
  sourceCount: Int
  confidence: Float
}

type Participation @relationshipProperties {
  role: String
}

type Entity @node(labels: ["Entity"]) {
  id: ID!
  name: String!
  type: String!
  mentionCount: Int
${PREDICATES.map((p) => `  ${predicateField(p)}Out: [Entity!]! @relationship(type: "${p}", direction: OUT, properties: "Relation")`).join('\n')}
}

type Place @node(labels: ["Entity", "Place"]) {
  id: ID!
  name: String!
  mentionCount: Int
}

type Event @node(labels: ["Event"]) {
  id: ID!
  type: String!
  date: String
  sourceCount: Int
  confidence: Float
  at: [Place!]! @relationship(type: "AT", direction: OUT)
  participants: [Entity!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
}

type Actor @node(labels: ["Entity", "Actor"]) @fulltext(indexes: [{ indexName: "entity_names", fields: ["name", "aliasText"], queryName: "actorsByName" }]) {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]
  aliasText: String
  mentionCount: Int
  documentCount: Int
${PREDICATES.map((p) => `  ${predicateField(p)}: [Entity!]! @relationship(type: "${p}", direction: OUT, queryDirection: UNDIRECTED, properties: "Relation")`).join('\n')}
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
}
`;

export interface PeerServer {
  base: string;
  close(): Promise<void>;
}

/**
 * Serves the peer on 127.0.0.1 (a free port), with its own driver to the same
 * database and the HTTP server settings (keep-alive, header and request
 * timeouts) copied from `like`, our server.
 */
export async function startPeer(connection: Neo4jConnection, like: Server): Promise<PeerServer> {
  const auth = connection.password ? neo4j.auth.basic(connection.user ?? 'neo4j', connection.password) : undefined;
  const driver: Driver = neo4j.driver(connection.uri, auth, { userAgent: 'actorgraph/bench-peer' });
  try {
    await driver.verifyConnectivity();
    const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
    const yoga = createYoga({
      schema,
      graphqlEndpoint: '/graphql',
      landingPage: false,
      graphiql: false,
      logging: false,
      context: () => (connection.database ? { sessionConfig: { database: connection.database } } : {}),
    });
    const server = createServer(yoga);
    server.keepAliveTimeout = like.keepAliveTimeout;
    server.headersTimeout = like.headersTimeout;
    server.requestTimeout = like.requestTimeout;
    server.maxRequestsPerSocket = like.maxRequestsPerSocket;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return {
      base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await driver.close();
      },
    };
  } catch (err) {
    await driver.close();
    throw err;
  }
}
