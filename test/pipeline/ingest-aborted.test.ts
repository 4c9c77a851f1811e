// The one line an ingest prints when the graph is lost: what was being written, and the hint.
import { describe, expect, it } from 'vitest';
import { GraphError, NEO4J_URI_HINT, Neo4jUnavailableError, toGraphError } from '../../src/graph/errors.js';
import { IngestAbortedError } from '../../src/pipeline/errors.js';
import { describeDocuments, type IngestSummary } from '../../src/pipeline/ingest.js';

const summary: IngestSummary = { new: 64, updated: 0, unchanged: 0, failed: 0, entities: 0, relations: 0, events: 0, elapsedMs: 1000 };

describe('describeDocuments', () => {
  it.each([
    [['news.jsonl:7'], '1 document (news.jsonl:7)'],
    [['news.jsonl:33', 'news.jsonl:34', 'news.jsonl:64'], '3 documents (news.jsonl:33-64)'],
    [['a.txt', 'b.txt'], '2 documents (a.txt, b.txt)'],
    [['a.txt', 'b.txt', 'c.txt', 'd.txt'], '4 documents (a.txt … d.txt)'],
    [['a.jsonl:9', 'b.jsonl:1', 'b.jsonl:2', 'a.jsonl:10'], '4 documents (a.jsonl:9 … a.jsonl:10)'],
  ])('%j → %s', (sources, expected) => {
    expect(describeDocuments(sources)).toBe(expected);
  });
});

describe('a lost server', () => {
  const refused = toGraphError(
    { code: 'ServiceUnavailable', message: 'Failed to connect to server. Please ensure that your database is listening. Caused by: connect ECONNREFUSED 127.0.0.1:7999' },
    { uri: 'bolt://127.0.0.1:7999' },
  );

  it('is a Neo4jUnavailableError with the socket error as its short reason', () => {
    expect(refused).toBeInstanceOf(Neo4jUnavailableError);
    expect(refused.code).toBe('UNAVAILABLE');
    expect((refused as Neo4jUnavailableError).reason).toBe('connect ECONNREFUSED 127.0.0.1:7999');
  });

  it('aborts with one line naming the documents, and NEO4J_URI as the default hint', () => {
    const err = new IngestAbortedError(refused, 'writing 32 documents (news.jsonl:33-64)', summary);
    expect(err.message).toBe(
      `Neo4j at bolt://127.0.0.1:7999 stopped answering (connect ECONNREFUSED 127.0.0.1:7999) while writing 32 documents (news.jsonl:33-64); ingest stopped. ${NEO4J_URI_HINT}`,
    );
    expect(err.message).not.toContain('\n');
    expect(err.summary).toBe(summary);
  });

  it('takes the hint of the local launcher instead, keeping the rest', () => {
    const err = new IngestAbortedError(refused, 'writing 1 document (a.txt)', summary).withHint('Check the local Neo4j.');
    expect(err.message).toMatch(/while writing 1 document \(a\.txt\); ingest stopped\. Check the local Neo4j\.$/);
    expect(err.message).not.toContain('NEO4J_URI');
    expect(err.summary).toBe(summary);
  });

  it('other fatal failures keep their own message and get no reachability hint', () => {
    const auth = new GraphError('AUTH', 'Neo4j at bolt://x refused the credentials: check NEO4J_USER and NEO4J_PASSWORD');
    const err = new IngestAbortedError(auth, 'writing 1 document (a.txt)', summary).withHint('Check the local Neo4j.');
    expect(err.message).toBe(`${auth.message} (while writing 1 document (a.txt)); ingest stopped.`);
  });
});
