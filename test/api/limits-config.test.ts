import { describe, expect, it } from 'vitest';
import { hostNameOf, isAllowedHost, isSimpleContentType } from '../../src/api/guard.js';
import { loadConfig } from '../../src/config.js';

describe('API limits in the configuration (src/config.ts)', () => {
  it('has safe defaults', () => {
    expect(loadConfig({}).apiLimits).toEqual({ allowedHosts: [], maxBodyBytes: 1_000_000, neo4jConcurrency: 32, extractTimeoutMs: 20_000 });
  });

  it('reads the environment, HOST included among the allowed host names', () => {
    const c = loadConfig({
      HOST: 'graph.local',
      ACTORGRAPH_ALLOWED_HOSTS: ' news.example , api.example:8443 ',
      ACTORGRAPH_MAX_BODY_BYTES: '2000000',
      ACTORGRAPH_NEO4J_CONCURRENCY: '8',
      ACTORGRAPH_EXTRACT_TIMEOUT_MS: '5000',
    });
    expect(c.apiLimits).toEqual({ allowedHosts: ['graph.local', 'news.example', 'api.example:8443'], maxBodyBytes: 2_000_000, neo4jConcurrency: 8, extractTimeoutMs: 5_000 });
  });

  it.each([['ACTORGRAPH_MAX_BODY_BYTES', 'lots'], ['ACTORGRAPH_NEO4J_CONCURRENCY', '0'], ['ACTORGRAPH_EXTRACT_TIMEOUT_MS', '-5']])('refuses %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name}: expected a whole number`));
  });
});

describe('Host and content-type checks', () => {
  it.each([
    ['localhost:4000', [], true],
    ['127.0.0.1', [], true],
    ['[::1]:4000', [], true],
    ['app.localhost:4000', [], true],
    ['evil.example:4000', [], false],
    ['evil.example', ['0.0.0.0'], false],
    [undefined, [], false],
    ['News.Example:443', ['news.example'], true],
    ['news.example', ['news.example:8443'], true],
    ['anything.example', ['*'], true],
  ] as const)('Host %s with %j allowed: %s', (host, configured, expected) => {
    expect(isAllowedHost(host, configured)).toBe(expected);
  });

  it('names hosts without port or brackets', () => {
    expect(hostNameOf('[::1]:4000')).toBe('::1');
    expect(hostNameOf('Example.ORG:80')).toBe('example.org');
    expect(hostNameOf('::1')).toBe('::1');
  });

  it.each([
    ['application/x-www-form-urlencoded', true],
    ['multipart/form-data; boundary=x', true],
    ['text/plain;charset=UTF-8', true],
    [null, true],
    ['application/json', false],
    ['application/graphql-response+json; charset=utf-8', false],
  ] as const)('content type %s is simple: %s', (type, expected) => {
    expect(isSimpleContentType(type)).toBe(expected);
  });
});
