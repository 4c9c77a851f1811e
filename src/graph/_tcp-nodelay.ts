import net from 'node:net';

/**
 * neo4j-driver 5 leaves Nagle's algorithm on for its sockets and writes Bolt
 * messages in 1400-byte pieces, so every statement larger than that waits for
 * the server's delayed ACK (~40 ms on Linux): a batched write of 2 KB took 46 ms
 * against 2 ms for 1 KB. The driver offers no option for TCP_NODELAY, so we
 * turn it on for the driver's own sockets, when the driver configures them
 * (setKeepAlive, called from its Node channel). No other socket of the
 * process (the HTTP server's, fetch's, an agent's) is touched.
 *
 * With Nagle off, each of those pieces was its own send: a statement of 4 KB
 * and its PULL took four system calls, each waking the server's reader, and
 * under load those sends were a sixth of the API server's CPU. The driver's
 * sockets therefore also coalesce what is written in one tick (the driver
 * packs a message synchronously) into one send at the end of the tick (cork,
 * then uncork on the next tick, as Node's documentation suggests): nothing
 * waits longer than the tick that wrote it.
 */
let installed = false;

/**
 * Turns on TCP_NODELAY and per-tick write coalescing for every socket the neo4j
 * driver opens (once per process). The driver configures each new socket with
 * setKeepAlive(true) right after creating it; the hook acts only when that call
 * comes from the driver's channel module (its stack), so any other socket
 * asking for keep-alive keeps Node's behaviour.
 */
export function enableTcpNoDelayForDriver(): void {
  if (installed) return;
  installed = true;
  const setKeepAlive = net.Socket.prototype.setKeepAlive;
  net.Socket.prototype.setKeepAlive = function (this: net.Socket, ...args: Parameters<typeof setKeepAlive>) {
    if (!coalescing.has(this) && calledByDriver()) {
      this.setNoDelay(true);
      coalesceWritesPerTick(this);
    }
    return setKeepAlive.apply(this, args);
  };
}

/**
 * Whether the running call comes from neo4j-driver's Node channel (a socket's
 * creation: rare, so a stack is affordable). The stack is taken deep enough
 * to reach the driver's frames whatever Error.stackTraceLimit the process (or
 * graph/client.ts, around a statement's start) has set.
 */
function calledByDriver(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = STACK_DEPTH;
  try {
    return /neo4j-driver-bolt-connection[\\/]lib[\\/]channel[\\/]node[\\/]/.test(new Error().stack ?? '');
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Frames between setKeepAlive and the driver's channel module, with room to spare. */
const STACK_DEPTH = 32;

const coalescing = new WeakSet<net.Socket>();

/** Whether `socket` coalesces its writes per tick (the driver's sockets). */
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
