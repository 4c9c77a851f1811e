import net from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enableTcpNoDelayForDriver, isCoalescing } from '../../src/graph/_tcp-nodelay.js';

// TCP_NODELAY and per-tick write coalescing are for the neo4j driver's sockets
// only: a server that accepts and never answers stands in for Neo4j (the
// driver's handshake is its first write), and any other socket of the process
// keeps Node's own behaviour even when it asks for keep-alive, as the driver does.
let server: net.Server;
let port: number;
const accepted: net.Socket[] = [];

beforeAll(async () => {
  server = net.createServer((s) => accepted.push(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
  enableTcpNoDelayForDriver();
});

afterAll(async () => {
  for (const s of accepted) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Sockets opened by net.connect while `start` runs, once the server has received data from one of them. */
async function socketsOpenedBy(start: () => void): Promise<net.Socket[]> {
  const opened: net.Socket[] = [];
  const connect = net.connect;
  const spy = vi.spyOn(net, 'connect').mockImplementation(((...args: Parameters<typeof net.connect>) => {
    const s = connect(...args);
    opened.push(s);
    return s;
  }) as typeof net.connect);
  const received = new Promise<void>((resolve) => server.once('connection', (s: net.Socket) => s.once('data', () => resolve())));
  try {
    start();
    await received;
  } finally {
    spy.mockRestore();
  }
  return opened;
}

describe('TCP_NODELAY for the neo4j driver', () => {
  it("configures the driver's socket when the driver sets it up", async () => {
    const noDelay = vi.spyOn(net.Socket.prototype, 'setNoDelay');
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`);
    let verifying: Promise<unknown> = Promise.resolve();
    try {
      const sockets = await socketsOpenedBy(() => {
        verifying = driver.verifyConnectivity().catch(() => undefined);
      });
      expect(sockets.length).toBeGreaterThan(0);
      for (const s of sockets) {
        expect(isCoalescing(s)).toBe(true);
        expect(noDelay.mock.contexts).toContain(s);
        expect(noDelay.mock.calls[noDelay.mock.contexts.indexOf(s)]).toEqual([true]);
      }
    } finally {
      noDelay.mockRestore();
      // The stand-in never answers the handshake: hang up, so the driver gives up.
      for (const s of accepted) s.destroy();
      await verifying;
      await driver.close();
    }
  });

  it('recognises the driver even when the process keeps no stack frames', async () => {
    const limit = Error.stackTraceLimit;
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`);
    let verifying: Promise<unknown> = Promise.resolve();
    Error.stackTraceLimit = 0;
    try {
      const sockets = await socketsOpenedBy(() => {
        verifying = driver.verifyConnectivity().catch(() => undefined);
      });
      expect(sockets.length).toBeGreaterThan(0);
      for (const s of sockets) expect(isCoalescing(s)).toBe(true);
    } finally {
      Error.stackTraceLimit = limit;
      for (const s of accepted) s.destroy();
      await verifying;
      await driver.close();
    }
  });

  it('leaves every other socket alone, keep-alive or not', async () => {
    const write = net.Socket.prototype.write;
    const s = net.connect(port, '127.0.0.1');
    try {
      await new Promise<void>((resolve) => s.once('connect', () => resolve()));
      s.setKeepAlive(true);
      s.write('ping');
      expect(isCoalescing(s)).toBe(false);
      expect(s.write).toBe(write);
    } finally {
      s.destroy();
    }
  });
});
