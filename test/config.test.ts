import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultPageCache, loadConfig } from '../src/config.js';

describe('configuration from the environment', () => {
  it.each([
    ['a quarter of the memory', 8 * 2 ** 30, '2048m'],
    ['at least 256 MB on a small machine', 512 * 2 ** 20, '256m'],
    ['at most 4 GB on a large one', 64 * 2 ** 30, '4096m'],
  ])('page cache by default: %s', (_, memory, expected) => {
    expect(defaultPageCache(memory)).toBe(expected);
  });

  it('has defaults for everything', () => {
    const c = loadConfig({ HOME: '/home/ana' }, '/srv/app');
    expect(c.neo4j).toMatchObject({ uri: undefined, user: 'neo4j', password: '', database: undefined });
    expect(c.neo4j.local).toMatchObject({ port: 7687, dataDir: join('/home/ana', '.local', 'share', 'actorgraph', 'neo4j'), pageCache: defaultPageCache(), javaBin: 'java' });
    expect(c.server).toEqual({ host: '127.0.0.1', port: 4000, corsOrigins: [], apiToken: undefined, queryTimeoutMs: 10_000 });
  });

  it('reads each variable, trimming blanks and splitting lists', () => {
    const c = loadConfig(
      {
        NEO4J_URI: 'neo4j+s://db.example.org',
        NEO4J_DATABASE: 'news',
        ACTORGRAPH_DATA_DIR: '/var/lib/ag',
        ACTORGRAPH_NEO4J_PORT: '7700',
        JAVA_HOME: '/opt/jdk',
        PORT: '8080',
        ACTORGRAPH_CORS_ORIGINS: ' https://a.example , https://b.example ,',
        ACTORGRAPH_API_TOKEN: '  secret ',
        ACTORGRAPH_QUERY_TIMEOUT_MS: '2500',
      },
      '/srv/app',
    );
    expect(c.neo4j.uri).toBe('neo4j+s://db.example.org');
    expect(c.neo4j.database).toBe('news');
    expect(c.neo4j.local).toMatchObject({ port: 7700, dataDir: '/var/lib/ag', javaBin: join('/opt/jdk', 'bin', 'java') });
    expect(c.server).toMatchObject({ port: 8080, corsOrigins: ['https://a.example', 'https://b.example'], apiToken: 'secret', queryTimeoutMs: 2500 });
  });

  it('keeps the local Neo4j in one per-user folder, whatever the working folder', () => {
    expect(loadConfig({ HOME: '/home/ana' }, '/tmp/elsewhere').neo4j.local.dataDir).toBe('/home/ana/.local/share/actorgraph/neo4j');
    expect(loadConfig({ HOME: '/home/ana', XDG_DATA_HOME: '/data/ana' }, '/srv/app').neo4j.local.dataDir).toBe('/data/ana/actorgraph/neo4j');
    // A relative XDG_DATA_HOME is invalid per the spec and ignored.
    expect(loadConfig({ HOME: '/home/ana', XDG_DATA_HOME: 'rel' }, '/srv/app').neo4j.local.dataDir).toBe('/home/ana/.local/share/actorgraph/neo4j');
    expect(loadConfig({ HOME: '/home/ana', ACTORGRAPH_DATA_DIR: 'graph' }, '/srv/app').neo4j.local.dataDir).toBe('/srv/app/graph');
  });

  it('names the variable and the value it refuses', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/^NEO4J_URI: expected bolt:\/\//);
    expect(() => loadConfig({ PORT: '99999' })).toThrow(/^PORT: expected a port number \(1-65535\), got "99999"/);
    expect(() => loadConfig({ ACTORGRAPH_QUERY_TIMEOUT_MS: '0' })).toThrow(/^ACTORGRAPH_QUERY_TIMEOUT_MS: expected a whole number of milliseconds/);
  });
});
