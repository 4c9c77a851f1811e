/**
 * The embedded Neo4j launcher (tools/neo4j): where its build lives, its
 * command line, and the protocol it speaks on stdout, stderr and exit codes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NEO4J_TOOL_DIR } from '../paths.js';
import type { ResolvedOptions } from './options.js';

/** Where scripts/prepare-neo4j.mjs puts the build (tools/neo4j/pom.xml). */
export const LAUNCHER_TARGET_DIR = join(NEO4J_TOOL_DIR, 'target');
export const LAUNCHER_JAR = join(LAUNCHER_TARGET_DIR, 'actorgraph-neo4j.jar');
export const LAUNCHER_LIB_DIR = join(LAUNCHER_TARGET_DIR, 'lib');
/** Class-data-sharing archive made by the prepare script's training run; optional. */
export const LAUNCHER_CDS_ARCHIVE = join(LAUNCHER_TARGET_DIR, 'actorgraph-neo4j.jsa');

/** The launcher's exit codes (tools/neo4j/src/main/java/dev/actorgraph/neo4j/Main.java). */
export const EXIT_CODES = {
  FAILED: 1,
  USAGE: 2,
  PORT_IN_USE: 10,
  STORE_LOCKED: 11,
  NOT_READY: 12,
} as const;

export const READY_PREFIX = 'NEO4J_READY ';
/** Prefix of the launcher's own one-line error messages on stderr. */
export const ERROR_PREFIX = 'actorgraph-neo4j: ';

/** Whether the prepare step built the launcher (its jar and Neo4j's). */
export function isLauncherBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LAUNCHER_LIB_DIR)) return false;
  try {
    return readdirSync(LAUNCHER_LIB_DIR).some((f) => f.startsWith('neo4j-') && f.endsWith('.jar'));
  } catch {
    return false;
  }
}

/**
 * JVM flags for the launcher. Measured on 2 cores (scripts/measure-neo4j-start.mjs):
 * SerialGC keeps the footprint and thread count down; TieredStopAtLevel=1 saved
 * no start time but made Cypher work noticeably slower, so it is not used; the
 * CDS archive, when the prepare step made one, cuts roughly a third off start.
 * The JDK-internals access Neo4j needs (--add-opens) is in the jar's manifest.
 * Heap: a young generation of a fixed 600 MB, in a heap of 1-2 GB. With
 * -Xms64m -Xmx512m a bulk ingest spent about a third of Neo4j's CPU in GC:
 * SerialGC sized the young generation from the small initial heap, objects
 * that live for one transaction reached the old generation, and it filled (a
 * full GC every ~100 documents). Writing 1,000 documents into a 4,000-document
 * graph (jstat): GC 7.5 s with 64m-512m, 2.1 s with a fixed 1g, 1.3 s with
 * 1g and -Xmn600m; Neo4j's CPU per document fell ~20%. The 2 GB ceiling is
 * headroom for a larger graph, not a need measured at 10,000 documents.
 * Pages are touched only as used, so a short-lived instance stays small.
 */
export function launcherJvmArgs(): string[] {
  const args = [
    '-Xms1g',
    '-Xmx2g',
    '-Xmn600m',
    '-XX:+UseSerialGC',
    // A heap OOM would leave Neo4j half-working; dying makes the failure visible.
    '-XX:+ExitOnOutOfMemoryError',
    // JVM warnings (e.g. a CDS archive left over from another JDK) go to stderr,
    // never stdout, which carries only the ready line.
    '-Xlog:disable',
    '-Xlog:all=warning:stderr',
  ];
  if (existsSync(LAUNCHER_CDS_ARCHIVE)) {
    args.push(`-XX:SharedArchiveFile=${LAUNCHER_CDS_ARCHIVE}`);
  }
  return args;
}

/** The launcher's command line; with `watchStdin` it exits when its parent's pipe closes. */
export function launcherArgs(o: ResolvedOptions, watchStdin: boolean): string[] {
  const args = [...launcherJvmArgs(), '-jar', LAUNCHER_JAR, '--port', String(o.port), '--data', o.dataDir];
  if (o.pageCache !== undefined) args.push('--page-cache', o.pageCache);
  if (watchStdin) args.push('--watch-stdin');
  return args;
}
