/** Operations preloaded in GraphiQL as tabs: one per kind of question the API answers. */
export const EXAMPLE_OPERATIONS: Array<{ title: string; query: string; variables?: Record<string, unknown> }> = [
  {
    title: 'Most mentioned actors',
    query: `# The most mentioned actors, with their strongest relations and the sentences behind them.
query MostMentioned {
  actors(first: 10) {
    totalCount
    nodes {
      id
      name
      type
      mentionCount
      relations(first: 3) {
        predicate
        direction
        other { name }
        sourceCount
        evidence(first: 1) { sentence { text } document { title } }
      }
    }
  }
}`,
  },
  {
    title: 'Search an actor',
    query: `# Accents, case and small typos do not matter.
query FindActor($search: String!) {
  actors(search: $search, first: 5) {
    edges { score node { id name aliases type mentionCount } }
  }
}`,
    variables: { search: 'bachelet' },
  },
  {
    title: 'Timeline of an actor',
    query: `query Timeline($id: ID!) {
  actor(id: $id) {
    name
    timeline { date roles event { type place { name } sources { title } } }
    coMentioned(first: 5) { actor { name } sentenceCount }
  }
}`,
    variables: { id: 'person:michelle bachelet' },
  },
  {
    title: 'Events by date',
    query: `query Events($from: PartialDate, $to: PartialDate) {
  events(from: $from, to: $to, first: 20) {
    totalCount
    nodes {
      id type date place { name }
      participants { role entity { name } }
      evidence(first: 1) { trigger sentence { text } }
    }
  }
}`,
    variables: { from: '2013', to: '2013-12' },
  },
  {
    title: 'How are two actors connected?',
    query: `query Connection($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 4) {
    length
    paths {
      entities { name }
      steps { kind predicate event { type date } from { name } to { name } evidence(first: 1) { sentence { text } } }
    }
  }
}`,
    variables: { from: 'person:michelle bachelet', to: 'person:evelyn matthei' },
  },
  {
    title: 'Full-text search',
    query: `query Search($q: String!) {
  search(q: $q) {
    entities { score entity { id name } snippet { html } }
    sentences { score document { title } snippet { html } }
  }
}`,
    variables: { q: 'strike' },
  },
  {
    title: 'What the graph holds',
    query: `query Stats {
  stats { documents sentences actors places events entityTypes { key count } eventTypes { key count } predicates { key count } }
}`,
  },
  {
    title: 'Ingest a document',
    query: `# With ACTORGRAPH_API_TOKEN set, add the header {"Authorization": "Bearer <token>"}.
mutation Ingest($input: DocumentInput!) {
  ingestDocument(input: $input) {
    status entities relations events mentions
    document { id title sentenceCount }
  }
}`,
    variables: { input: { id: 'example-1', title: 'An example', publishedAt: '2024-05-02', text: 'Dock workers in Rotterdam went on strike on Monday.' } },
  },
];
