// Generated from schema.graphql by scripts/generate-api-types.ts (npm run generate:api-types): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRecord, EventRecord, DocumentRecord, EvidenceRecord, SentenceRecord } from '../graph/queries/read.js';
import type { RelationRecord, TimelineRecord, CoMentionRecord } from '../graph/queries/entities.js';
import type { ParticipantRecord } from '../graph/queries/events.js';
import type { DocumentEntityRecord } from '../graph/queries/documents.js';
import type { PathRecord, PathStepRecord } from '../graph/queries/connection.js';
import type { CurationRecord } from '../graph/curation/index.js';
import type { ApiContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date of any precision: `2013`, `2013-11` or `2013-11-17`. */
  PartialDate: { input: string; output: string; }
};

export type Query = {
  __typename?: 'Query';
  /** One actor (person, organization or group) by id, e.g. `person:michelle bachelet`. */
  actor?: Maybe<Actor>;
  /**
   * Actors, most mentioned first; with `search`, the best matches of their names
   * and aliases first (accents, case and small typos do not matter).
   */
  actors: ActorConnection;
  /** Any entity (actor or place) by id. */
  entity?: Maybe<Entity>;
  event?: Maybe<Event>;
  /**
   * Events in date order (undated ones last). `from`/`to` keep events whose date
   * overlaps the range at the precision both have: an event dated `2013` is in
   * `from: "2013-06"`; `to` is inclusive. `minConfidence` (0-1) keeps events whose
   * confidence reaches it (events with none recorded are left out).
   */
  events: EventConnection;
  /**
   * How two entities are connected: the shortest paths between them through
   * relations and shared events, each step with its evidence. `maxHops` (1-6)
   * counts graph hops: a relation is one, a shared event two (actor → event → actor).
   */
  connection: Paths;
  /**
   * The entities and events around an actor, up to `depth` (1-3) hops, as nodes and
   * edges ready for drawing: nearest first, then the most strongly tied (an actor by
   * the documents stating its heaviest relation with the ring before, or naming its
   * part in an event of it; an event by the documents reporting it; ties by id), at
   * most `limit` besides the center. With `minConfidence` (0-1), relations and
   * events below it are neither drawn nor followed.
   */
  neighborhood: Neighborhood;
  document?: Maybe<Document>;
  /** Documents, newest first; with `search`, the documents whose sentences match best first. */
  documents: DocumentConnection;
  /** Entities by name or alias, and sentences by text, with highlighted snippets. */
  search: SearchResults;
  /** What the graph holds: counts by label, entity type, event type and predicate. */
  stats: Stats;
  /** The curation log, newest first; with `actor`, the curations that touched it. */
  curations: Array<Curation>;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ActorType>;
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  type?: InputMaybe<EventType>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  actor?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConnectionArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: Scalars['Int']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryNeighborhoodArgs = {
  actor: Scalars['ID']['input'];
  depth?: Scalars['Int']['input'];
  limit?: Scalars['Int']['input'];
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  q: Scalars['String']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryCurationsArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Extracts a document and writes its facts in one transaction, exactly as `actorgraph ingest` does. */
  ingestDocument: IngestResult;
  /** Retracts a document and every fact only it supports. */
  deleteDocument: DeleteResult;
  /**
   * Merges actors that are the same into one: their mentions, relations, events,
   * documents, aliases and names move to `into`, and later documents naming any
   * of them resolve to `into`. Recorded, and undoable with `undoCuration`.
   */
  mergeActors: CurationResult;
  /**
   * Renames an actor, changes its type, or adds and removes aliases. Added names
   * resolve to it in later documents; removed aliases stop being shown and resolving.
   * Recorded, and undoable with `undoCuration`.
   */
  updateActor: CurationResult;
  /**
   * Restores what a curation changed. Refused (CONFLICT) when a later curation
   * touched the same actors (undo that first) or when a document behind them was
   * ingested, changed or deleted since.
   */
  undoCuration: Curation;
};


export type MutationIngestDocumentArgs = {
  input: DocumentInput;
};


export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMergeActorsArgs = {
  into: Scalars['ID']['input'];
  from: Array<Scalars['ID']['input']>;
};


export type MutationUpdateActorArgs = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ActorType>;
  addAliases?: InputMaybe<Array<Scalars['String']['input']>>;
  removeAliases?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type MutationUndoCurationArgs = {
  id: Scalars['ID']['input'];
};

export type ActorType =
  | 'Person'
  | 'Organization'
  | 'Group';

export type EntityType =
  | 'Person'
  | 'Organization'
  | 'Group'
  | 'Place';

export type Predicate =
  | 'MEMBER_OF'
  | 'PART_OF'
  | 'LEADS'
  | 'WORKS_FOR'
  | 'CANDIDATE_OF'
  | 'SUPPORTS'
  | 'OPPOSES'
  | 'LOCATED_IN'
  | 'RELATIVE_OF';

export type EventType =
  | 'Election'
  | 'Campaign'
  | 'Protest'
  | 'Strike'
  | 'Meeting'
  | 'Statement'
  | 'Agreement'
  | 'Appointment'
  | 'Resignation'
  | 'LegalAction'
  | 'Arrest'
  | 'Attack'
  | 'Coup'
  | 'Death'
  | 'Legislation'
  | 'Acquisition'
  | 'Transaction'
  | 'Launch';

export type Role =
  | 'agent'
  | 'target'
  | 'participant'
  | 'candidate'
  | 'winner'
  | 'loser';

/** Which way a relation points, seen from the entity asked about. */
export type Direction =
  /** This entity is the subject: this → other. */
  | 'OUT'
  /** This entity is the object: other → this. */
  | 'IN'
  /** Either way; symmetric predicates (OPPOSES, RELATIVE_OF) are always BOTH. */
  | 'BOTH';

/** An actor or a place, known across documents by its name and aliases. */
export type Entity = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
  aliases: Array<Scalars['String']['output']>;
  /** Mentions in all documents. */
  mentionCount: Scalars['Int']['output'];
  documentCount: Scalars['Int']['output'];
  /** Documents that name it, newest first. */
  documents: Array<Document>;
  /** Its relations, best attested first; with `minConfidence` (0-1), those whose confidence reaches it. */
  relations: Array<Relation>;
  /** Events it took part in (for a place: also those that happened there), newest first; `minConfidence` as in `Query.events`. */
  events: Array<Event>;
  /** Actors most often named in the same sentences. */
  coMentioned: Array<CoMention>;
};


/** An actor or a place, known across documents by its name and aliases. */
export type EntityDocumentsArgs = {
  first?: Scalars['Int']['input'];
};


/** An actor or a place, known across documents by its name and aliases. */
export type EntityRelationsArgs = {
  predicate?: InputMaybe<Predicate>;
  direction?: Direction;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  first?: Scalars['Int']['input'];
};


/** An actor or a place, known across documents by its name and aliases. */
export type EntityEventsArgs = {
  type?: InputMaybe<EventType>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  first?: Scalars['Int']['input'];
};


/** An actor or a place, known across documents by its name and aliases. */
export type EntityCoMentionedArgs = {
  first?: Scalars['Int']['input'];
};

export type Actor = Entity & {
  __typename?: 'Actor';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
  aliases: Array<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  documentCount: Scalars['Int']['output'];
  documents: Array<Document>;
  relations: Array<Relation>;
  events: Array<Event>;
  coMentioned: Array<CoMention>;
  /** Its dated events, oldest first, with the roles it had; `minConfidence` as in `Query.events`. */
  timeline: Array<TimelineEntry>;
  /** True once a curator merged or edited it. */
  curated: Scalars['Boolean']['output'];
};


export type ActorDocumentsArgs = {
  first?: Scalars['Int']['input'];
};


export type ActorRelationsArgs = {
  predicate?: InputMaybe<Predicate>;
  direction?: Direction;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  first?: Scalars['Int']['input'];
};


export type ActorEventsArgs = {
  type?: InputMaybe<EventType>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  first?: Scalars['Int']['input'];
};


export type ActorCoMentionedArgs = {
  first?: Scalars['Int']['input'];
};


export type ActorTimelineArgs = {
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  first?: Scalars['Int']['input'];
};

export type Place = Entity & {
  __typename?: 'Place';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
  aliases: Array<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  documentCount: Scalars['Int']['output'];
  documents: Array<Document>;
  relations: Array<Relation>;
  events: Array<Event>;
  coMentioned: Array<CoMention>;
};


export type PlaceDocumentsArgs = {
  first?: Scalars['Int']['input'];
};


export type PlaceRelationsArgs = {
  predicate?: InputMaybe<Predicate>;
  direction?: Direction;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  first?: Scalars['Int']['input'];
};


export type PlaceEventsArgs = {
  type?: InputMaybe<EventType>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  first?: Scalars['Int']['input'];
};


export type PlaceCoMentionedArgs = {
  first?: Scalars['Int']['input'];
};

/** A relation aggregated over every document that states it. */
export type Relation = {
  __typename?: 'Relation';
  predicate: Predicate;
  direction: Direction;
  subject: Entity;
  object: Entity;
  /** The entity at the other end. */
  other: Entity;
  /** Documents that state it. */
  sourceCount: Scalars['Int']['output'];
  /** Highest extraction confidence among its statements. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The sentences that state it, newest document first. */
  evidence: Array<Evidence>;
};


/** A relation aggregated over every document that states it. */
export type RelationEvidenceArgs = {
  first?: Scalars['Int']['input'];
};

/** Where a fact is stated: a document, its sentence, and the exact character span. */
export type Evidence = {
  __typename?: 'Evidence';
  document: Document;
  sentence: Sentence;
  /** Offsets in the document's text. */
  span: Span;
  /** For an event: the word that names it ("strike", "elected"). */
  trigger?: Maybe<Scalars['String']['output']>;
  triggerSpan?: Maybe<Span>;
  confidence?: Maybe<Scalars['Float']['output']>;
};

export type Span = {
  __typename?: 'Span';
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
};

export type Sentence = {
  __typename?: 'Sentence';
  id: Scalars['ID']['output'];
  index: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  /** Offsets of the sentence in its document. */
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  document: Document;
};

export type Event = {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  type: EventType;
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** Where it happened (one place; when sources give several, the most mentioned). */
  place?: Maybe<Place>;
  /** Documents that report it. */
  sourceCount: Scalars['Int']['output'];
  /** Extraction confidence (0-1), when recorded: what `minConfidence` filters on. */
  confidence?: Maybe<Scalars['Float']['output']>;
  participants: Array<Participant>;
  sources: Array<Document>;
  evidence: Array<Evidence>;
};


export type EventParticipantsArgs = {
  role?: InputMaybe<Role>;
};


export type EventEvidenceArgs = {
  first?: Scalars['Int']['input'];
};

export type Participant = {
  __typename?: 'Participant';
  entity: Entity;
  role: Role;
  /** Documents that give it this role. */
  sourceCount: Scalars['Int']['output'];
};

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  date: Scalars['PartialDate']['output'];
  event: Event;
  roles: Array<Role>;
};

export type CoMention = {
  __typename?: 'CoMention';
  actor: Actor;
  /** Sentences naming both. */
  sentenceCount: Scalars['Int']['output'];
  documentCount: Scalars['Int']['output'];
};

export type Document = {
  __typename?: 'Document';
  id: Scalars['ID']['output'];
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['PartialDate']['output']>;
  ingestedAt?: Maybe<Scalars['String']['output']>;
  sentenceCount: Scalars['Int']['output'];
  /** The entities it names, most mentioned first. */
  entities: Array<DocumentEntity>;
  /** The events it reports. */
  events: Array<Event>;
  sentences: Array<Sentence>;
};


export type DocumentEntitiesArgs = {
  type?: InputMaybe<EntityType>;
  first?: Scalars['Int']['input'];
};


export type DocumentEventsArgs = {
  first?: Scalars['Int']['input'];
};


export type DocumentSentencesArgs = {
  first?: Scalars['Int']['input'];
};

export type DocumentEntity = {
  __typename?: 'DocumentEntity';
  entity: Entity;
  /** Mentions in this document. */
  mentions: Scalars['Int']['output'];
  /** The names this document used. */
  names: Array<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  endCursor?: Maybe<Scalars['String']['output']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  totalCount: Scalars['Int']['output'];
  edges: Array<ActorEdge>;
  nodes: Array<Actor>;
  pageInfo: PageInfo;
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
  /** Search relevance (with `search` only). */
  score?: Maybe<Scalars['Float']['output']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  totalCount: Scalars['Int']['output'];
  edges: Array<EventEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  totalCount: Scalars['Int']['output'];
  edges: Array<DocumentEdge>;
  nodes: Array<Document>;
  pageInfo: PageInfo;
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
  /** Search relevance (with `search` only). */
  score?: Maybe<Scalars['Float']['output']>;
  /** The best matching sentence, highlighted (with `search` only). */
  snippet?: Maybe<Snippet>;
};

export type Paths = {
  __typename?: 'Paths';
  from: Entity;
  to: Entity;
  /** Hops of the shortest path; null when none is found within maxHops. */
  length?: Maybe<Scalars['Int']['output']>;
  paths: Array<Path>;
};

export type Path = {
  __typename?: 'Path';
  /** Graph hops (a shared event counts two). */
  length: Scalars['Int']['output'];
  /** The entities along the path, from first to last. */
  entities: Array<Entity>;
  steps: Array<PathStep>;
};

export type StepKind =
  /** A relation between the two entities. */
  | 'RELATION'
  /** Both took part in one event. */
  | 'SHARED_EVENT';

export type PathStep = {
  __typename?: 'PathStep';
  from: Entity;
  to: Entity;
  kind: StepKind;
  /** RELATION: its predicate. */
  predicate?: Maybe<Predicate>;
  /** RELATION: OUT when `from` is the subject, IN when `to` is, BOTH for symmetric predicates. */
  direction?: Maybe<Direction>;
  /** SHARED_EVENT: the event. */
  event?: Maybe<Event>;
  /** SHARED_EVENT: the roles of `from` and `to` in it. */
  fromRoles?: Maybe<Array<Role>>;
  toRoles?: Maybe<Array<Role>>;
  sourceCount: Scalars['Int']['output'];
  /** The sentences that state this step (for a shared event: reports from documents naming both, when any). */
  evidence: Array<Evidence>;
};


export type PathStepEvidenceArgs = {
  first?: Scalars['Int']['input'];
};

export type NodeKind =
  | 'Person'
  | 'Organization'
  | 'Group'
  | 'Place'
  | 'Event';

export type Neighborhood = {
  __typename?: 'Neighborhood';
  center: Entity;
  depth: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
  /**
   * The edges among the nodes, at most four per node: every node's heaviest edge to
   * a node nearer the center first, then the heaviest of the others. Between two
   * actors that each have relations with more than 104 others, a relation is
   * drawn when either keeps the other among its 104 most strongly tied (without
   * `minConfidence`).
   */
  edges: Array<GraphEdge>;
  /**
   * True when `limit` cut nodes off, or when a node past the first ring with more than
   * 500 edges (a hub) was drawn but not expanded.
   */
  truncated: Scalars['Boolean']['output'];
  /** True when the bound on edges (four per node) left some out. */
  edgesTruncated: Scalars['Boolean']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  kind: NodeKind;
  /** Hops from the center. */
  depth: Scalars['Int']['output'];
  /** Mentions (entities) or reporting documents (events): for sizing. */
  weight: Scalars['Int']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** A predicate, PARTICIPATED_IN or AT. */
  type: Scalars['String']['output'];
  /** The role, for PARTICIPATED_IN. */
  role?: Maybe<Role>;
  /** Documents stating it: for line width. */
  weight: Scalars['Int']['output'];
};

export type SearchResults = {
  __typename?: 'SearchResults';
  query: Scalars['String']['output'];
  entities: Array<EntityHit>;
  sentences: Array<SentenceHit>;
};

export type EntityHit = {
  __typename?: 'EntityHit';
  entity: Entity;
  score: Scalars['Float']['output'];
  /** The name or alias that matched, highlighted. */
  snippet: Snippet;
};

export type SentenceHit = {
  __typename?: 'SentenceHit';
  sentence: Sentence;
  document: Document;
  score: Scalars['Float']['output'];
  snippet: Snippet;
};

/** Text with the parts that matched the query. */
export type Snippet = {
  __typename?: 'Snippet';
  text: Scalars['String']['output'];
  /** Offsets in `text`. */
  highlights: Array<Span>;
  /** `text`, HTML-escaped, with each highlight wrapped in <mark>. */
  html: Scalars['String']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  documents: Scalars['Int']['output'];
  sentences: Scalars['Int']['output'];
  actors: Scalars['Int']['output'];
  places: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  /** Nodes by label. */
  labels: Array<Count>;
  /** Entities by type. */
  entityTypes: Array<Count>;
  eventTypes: Array<Count>;
  /** Relations by predicate. */
  predicates: Array<Count>;
};

export type Count = {
  __typename?: 'Count';
  key: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type DocumentInput = {
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  publishedAt?: InputMaybe<Scalars['PartialDate']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestStatus =
  | 'NEW'
  | 'UPDATED'
  /** Same text and metadata as stored: nothing was written. */
  | 'UNCHANGED';

export type IngestResult = {
  __typename?: 'IngestResult';
  status: IngestStatus;
  document: Document;
  /** Entities the document names (new or already in the graph). */
  entities: Scalars['Int']['output'];
  /** Relation statements the document makes (one per subject, predicate and object it states; stored as Claims, served as Relations). */
  relations: Scalars['Int']['output'];
  /** Events the document reports. */
  events: Scalars['Int']['output'];
  /** Mentions of entities in its sentences. */
  mentions: Scalars['Int']['output'];
};

export type DeleteResult = {
  __typename?: 'DeleteResult';
  id: Scalars['ID']['output'];
  /** False when no such document existed. */
  deleted: Scalars['Boolean']['output'];
};

export type CurationKind =
  | 'MERGE'
  | 'UPDATE';

/** One curator decision, with what it changed, so it can be audited and undone. */
export type Curation = {
  __typename?: 'Curation';
  id: Scalars['ID']['output'];
  kind: CurationKind;
  at: Scalars['String']['output'];
  /** The actor that results (MERGE: `into`). */
  actorId: Scalars['ID']['output'];
  /** MERGE: the actors merged away. */
  mergedIds: Array<Scalars['ID']['output']>;
  /** The request, as JSON. */
  changes: Scalars['String']['output'];
  /** The actors as they were before, as JSON (what undo restores). */
  before: Scalars['String']['output'];
  undoneAt?: Maybe<Scalars['String']['output']>;
  actor?: Maybe<Actor>;
};

export type CurationResult = {
  __typename?: 'CurationResult';
  curation: Curation;
  actor: Actor;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ActorType: ActorType;
  EntityType: EntityType;
  Predicate: Predicate;
  EventType: EventType;
  Role: Role;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityRecord>;
  Actor: ResolverTypeWrapper<EntityRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Place: ResolverTypeWrapper<EntityRecord>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  Span: ResolverTypeWrapper<Span>;
  Sentence: ResolverTypeWrapper<SentenceRecord>;
  Event: ResolverTypeWrapper<EventRecord>;
  Participant: ResolverTypeWrapper<ParticipantRecord>;
  TimelineEntry: ResolverTypeWrapper<TimelineRecord>;
  CoMention: ResolverTypeWrapper<CoMentionRecord>;
  Document: ResolverTypeWrapper<DocumentRecord>;
  DocumentEntity: ResolverTypeWrapper<DocumentEntityRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActorEdge']>, nodes: Array<ResolversTypes['Actor']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EventEdge']>, nodes: Array<ResolversTypes['Event']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DocumentEdge']>, nodes: Array<ResolversTypes['Document']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  Paths: ResolverTypeWrapper<Omit<Paths, 'from' | 'to' | 'paths'> & { from: ResolversTypes['Entity'], to: ResolversTypes['Entity'], paths: Array<ResolversTypes['Path']> }>;
  Path: ResolverTypeWrapper<PathRecord>;
  StepKind: StepKind;
  PathStep: ResolverTypeWrapper<PathStepRecord>;
  NodeKind: NodeKind;
  Neighborhood: ResolverTypeWrapper<Omit<Neighborhood, 'center'> & { center: ResolversTypes['Entity'] }>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  SearchResults: ResolverTypeWrapper<Omit<SearchResults, 'entities' | 'sentences'> & { entities: Array<ResolversTypes['EntityHit']>, sentences: Array<ResolversTypes['SentenceHit']> }>;
  EntityHit: ResolverTypeWrapper<Omit<EntityHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SentenceHit: ResolverTypeWrapper<Omit<SentenceHit, 'sentence' | 'document'> & { sentence: ResolversTypes['Sentence'], document: ResolversTypes['Document'] }>;
  Snippet: ResolverTypeWrapper<Snippet>;
  Stats: ResolverTypeWrapper<Stats>;
  Count: ResolverTypeWrapper<Count>;
  DocumentInput: DocumentInput;
  IngestStatus: IngestStatus;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'document'> & { document: ResolversTypes['Document'] }>;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  CurationKind: CurationKind;
  Curation: ResolverTypeWrapper<CurationRecord>;
  CurationResult: ResolverTypeWrapper<Omit<CurationResult, 'curation' | 'actor'> & { curation: ResolversTypes['Curation'], actor: ResolversTypes['Actor'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  PartialDate: Scalars['PartialDate']['output'];
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  Entity: EntityRecord;
  Actor: EntityRecord;
  Boolean: Scalars['Boolean']['output'];
  Place: EntityRecord;
  Relation: RelationRecord;
  Evidence: EvidenceRecord;
  Span: Span;
  Sentence: SentenceRecord;
  Event: EventRecord;
  Participant: ParticipantRecord;
  TimelineEntry: TimelineRecord;
  CoMention: CoMentionRecord;
  Document: DocumentRecord;
  DocumentEntity: DocumentEntityRecord;
  PageInfo: PageInfo;
  ActorConnection: Omit<ActorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActorEdge']>, nodes: Array<ResolversParentTypes['Actor']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  EventConnection: Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EventEdge']>, nodes: Array<ResolversParentTypes['Event']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  DocumentConnection: Omit<DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DocumentEdge']>, nodes: Array<ResolversParentTypes['Document']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  Paths: Omit<Paths, 'from' | 'to' | 'paths'> & { from: ResolversParentTypes['Entity'], to: ResolversParentTypes['Entity'], paths: Array<ResolversParentTypes['Path']> };
  Path: PathRecord;
  PathStep: PathStepRecord;
  Neighborhood: Omit<Neighborhood, 'center'> & { center: ResolversParentTypes['Entity'] };
  GraphNode: GraphNode;
  GraphEdge: GraphEdge;
  SearchResults: Omit<SearchResults, 'entities' | 'sentences'> & { entities: Array<ResolversParentTypes['EntityHit']>, sentences: Array<ResolversParentTypes['SentenceHit']> };
  EntityHit: Omit<EntityHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SentenceHit: Omit<SentenceHit, 'sentence' | 'document'> & { sentence: ResolversParentTypes['Sentence'], document: ResolversParentTypes['Document'] };
  Snippet: Snippet;
  Stats: Stats;
  Count: Count;
  DocumentInput: DocumentInput;
  IngestResult: Omit<IngestResult, 'document'> & { document: ResolversParentTypes['Document'] };
  DeleteResult: DeleteResult;
  Curation: CurationRecord;
  CurationResult: Omit<CurationResult, 'curation' | 'actor'> & { curation: ResolversParentTypes['Curation'], actor: ResolversParentTypes['Actor'] };
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  connection?: Resolver<ResolversTypes['Paths'], ParentType, ContextType, RequireFields<QueryConnectionArgs, 'from' | 'to' | 'maxHops' | 'first'>>;
  neighborhood?: Resolver<ResolversTypes['Neighborhood'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'actor' | 'depth' | 'limit'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'q' | 'first'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  curations?: Resolver<Array<ResolversTypes['Curation']>, ParentType, ContextType, RequireFields<QueryCurationsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestDocument?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
  deleteDocument?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteDocumentArgs, 'id'>>;
  mergeActors?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'into' | 'from'>>;
  updateActor?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'id'>>;
  undoCuration?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationUndoCurationArgs, 'id'>>;
};

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Place', ParentType, ContextType>;
};

export type ActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<ActorDocumentsArgs, 'first'>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<ActorRelationsArgs, 'direction' | 'first'>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<ActorEventsArgs, 'first'>>;
  coMentioned?: Resolver<Array<ResolversTypes['CoMention']>, ParentType, ContextType, RequireFields<ActorCoMentionedArgs, 'first'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType, RequireFields<ActorTimelineArgs, 'first'>>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<PlaceDocumentsArgs, 'first'>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<PlaceRelationsArgs, 'direction' | 'first'>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<PlaceEventsArgs, 'first'>>;
  coMentioned?: Resolver<Array<ResolversTypes['CoMention']>, ParentType, ContextType, RequireFields<PlaceCoMentionedArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  predicate?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<RelationEvidenceArgs, 'first'>>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Sentence'], ParentType, ContextType>;
  span?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  triggerSpan?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SpanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = {
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SentenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Sentence'] = ResolversParentTypes['Sentence']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType, Partial<EventParticipantsArgs>>;
  sources?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<EventEvidenceArgs, 'first'>>;
};

export type ParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type CoMentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoMention'] = ResolversParentTypes['CoMention']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  sentenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['DocumentEntity']>, ParentType, ContextType, RequireFields<DocumentEntitiesArgs, 'first'>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<DocumentEventsArgs, 'first'>>;
  sentences?: Resolver<Array<ResolversTypes['Sentence']>, ParentType, ContextType, RequireFields<DocumentSentencesArgs, 'first'>>;
};

export type DocumentEntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentEntity'] = ResolversParentTypes['DocumentEntity']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['Snippet']>, ParentType, ContextType>;
};

export type PathsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Paths'] = ResolversParentTypes['Paths']> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  length?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StepKind'], ParentType, ContextType>;
  predicate?: Resolver<Maybe<ResolversTypes['Predicate']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  fromRoles?: Resolver<Maybe<Array<ResolversTypes['Role']>>, ParentType, ContextType>;
  toRoles?: Resolver<Maybe<Array<ResolversTypes['Role']>>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PathStepEvidenceArgs, 'first'>>;
};

export type NeighborhoodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood']> = {
  center?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edgesTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['EntityHit']>, ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['SentenceHit']>, ParentType, ContextType>;
};

export type EntityHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityHit'] = ResolversParentTypes['EntityHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['Snippet'], ParentType, ContextType>;
};

export type SentenceHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SentenceHit'] = ResolversParentTypes['SentenceHit']> = {
  sentence?: Resolver<ResolversTypes['Sentence'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['Snippet'], ParentType, ContextType>;
};

export type SnippetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Snippet'] = ResolversParentTypes['Snippet']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  predicates?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
};

export type CountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CurationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Curation'] = ResolversParentTypes['Curation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CurationKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type CurationResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CurationResult'] = ResolversParentTypes['CurationResult']> = {
  curation?: Resolver<ResolversTypes['Curation'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  PartialDate?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Sentence?: SentenceResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  CoMention?: CoMentionResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentEntity?: DocumentEntityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Paths?: PathsResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  EntityHit?: EntityHitResolvers<ContextType>;
  SentenceHit?: SentenceHitResolvers<ContextType>;
  Snippet?: SnippetResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Curation?: CurationResolvers<ContextType>;
  CurationResult?: CurationResultResolvers<ContextType>;
};

