import { createHash } from 'node:crypto';
import { CYPHER_DIR } from '../paths.js';
import type { Graph } from './client.js';
import { listCypherFiles, loadQueries, readCypherFile, splitStatements } from './cypher.js';
import { GraphError } from './errors.js';

const queries = loadQueries({ applied: 'migrations/applied', record: 'migrations/record' });

export interface MigrationReport {
  applied: string[];
  unchanged: string[];
}

/** The schema files, in the order they apply: `cypher/schema/*.cypher` by file name. */
export function schemaVersions(dir: string = CYPHER_DIR): string[] {
  return listCypherFiles(dir).filter((n) => n.startsWith('schema/')).map((n) => n.slice('schema/'.length));
}

/**
 * Applies the schema files in file-name order and records each in the graph as
 * (:SchemaMigration {version, checksum}). Statements use IF NOT EXISTS, so a
 * re-run (or two processes migrating at once) is harmless; a file whose
 * content changed is applied again.
 */
export async function migrate(graph: Graph, dir: string = CYPHER_DIR): Promise<MigrationReport> {
  const report: MigrationReport = { applied: [], unchanged: [] };
  // Before the first migration the label may not exist yet; that read is still valid.
  const done = new Map((await graph.read<{ version: string; checksum: string }>(queries.applied)).map((r) => [r.version, r.checksum]));
  for (const version of schemaVersions(dir)) {
    const text = readCypherFile(`schema/${version}`, dir);
    const checksum = createHash('sha256').update(text).digest('hex').slice(0, 16);
    if (done.get(version) === checksum) {
      report.unchanged.push(version);
      continue;
    }
    for (const [i, statement] of splitStatements(text).entries()) {
      try {
        await graph.runSchema(`schema/${version}#${i + 1}`, statement);
      } catch (err) {
        // A concurrent migrator may have created the same rule between our check and our write.
        if (/EquivalentSchemaRuleAlreadyExists|already exists/i.test(String((err as Error).message))) continue;
        throw new GraphError('MIGRATION', `schema file ${version}.cypher, statement ${i + 1}: ${(err as Error).message}`, { cause: err });
      }
    }
    await graph.write(queries.record, { version, checksum });
    report.applied.push(version);
  }
  return report;
}
