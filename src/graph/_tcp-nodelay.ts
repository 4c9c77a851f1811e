import { createRequire } from 'node:module';
import type net from 'node:net';

/**
 * neo4j-driver 5 leaves Nagle's algorithm on for its sockets and writes Bolt
 * messages in 1400-byte pieces, so every statement larger than that waits for
 * the server's delayed ACK (~40 ms on Linux): a batched write of 2 KB took 46 ms
 * against 2 ms for 1 KB. The driver offers no option for TCP_NODELAY, so we
 * turn it on for the driver's own sockets: those its Node channel writes to
 * (neo4j-driver-bolt-connection's NodeChannel, found from neo4j-driver itself
 * so that it is the copy the driver loads). No other socket of the process
 * (the HTTP server's, fetch's, an agent's) is touched.
 *
 * With Nagle off, each of those pieces was its own send: a statement of 4 KB
 * and its PULL took four system calls, each waking the server's reader, and
 * under load those sends were a sixth of the API server's CPU. The driver's
 * sockets therefore also coalesce what is written in one tick (the driver
 * packs a message synchronously) into one send at the end of the tick (cork,
 * then uncork on the next tick, as Node's documentation suggests): nothing
 * waits longer than the tick that wrote it.
 */
interface NodeChannelLike {
  _conn: net.Socket;
  write(buffer: unknown): void;
}

/** The driver's Node channel class (CommonJS; `default` export). */
function driverChannelClass(): { prototype: NodeChannelLike } {
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  const mod = fromDriver('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as { default?: { prototype: NodeChannelLike } };
  if (typeof mod.default?.prototype?.write !== 'function') {
    throw new Error('tcp-nodelay: neo4j-driver-bolt-connection has no NodeChannel with a write method (driver upgraded?)');
  }
  return mod.default;
}

let installed = false;

/** Turns on TCP_NODELAY and per-tick write coalescing for every socket the neo4j driver opens (once per process). */
export function enableTcpNoDelayForDriver(): void {
  if (installed) return;
  installed = true;
  const channel = driverChannelClass().prototype;
  const write = channel.write;
  channel.write = function (this: NodeChannelLike, buffer: unknown) {
    // The first write of a channel is its handshake: configure its socket then.
    if (!coalescing.has(this._conn)) {
      this._conn.setNoDelay(true);
      coalesceWritesPerTick(this._conn);
    }
    return write.call(this, buffer);
  };
}

const coalescing = new WeakSet<net.Socket>();

/** Whether `socket` coalesces its writes per tick (the driver's sockets, once they have written). */
export function isCoalescing(socket: net.Socket): boolean {
  return coalescing.has(socket);
}

/** Writes made to `socket` in one tick leave in one send, at the end of the tick. */
export function coalesceWritesPerTick(socket: net.Socket): void {
  if (coalescing.has(socket)) return;
  coalescing.add(socket);
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: net.Socket, ...args: Parameters<typeof write>) {
    if (!corked) {
      corked = true;
      this.cork();
      process.nextTick(uncork);
    }
    return write.apply(this, args);
  } as typeof write;
}
