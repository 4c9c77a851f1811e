import net from 'node:net';

/**
 * neo4j-driver 5 leaves Nagle's algorithm on for its sockets and writes Bolt
 * messages in 1400-byte pieces, so every statement larger than that waits for
 * the server's delayed ACK (~40 ms on Linux): a batched write of 2 KB took 46 ms
 * against 2 ms for 1 KB. The driver configures each new socket with
 * setKeepAlive(true) and offers no option for TCP_NODELAY, so we turn it on
 * there. Other callers of setKeepAlive get TCP_NODELAY too, which only lowers
 * latency.
 *
 * With Nagle off, each of those pieces was its own send: a statement of 4 KB
 * and its PULL took four system calls, each waking the server's reader, and
 * under load those sends were a sixth of the API server's CPU. The same
 * sockets therefore coalesce what is written in one tick (the driver packs a
 * message synchronously) into one send at the end of the tick (cork, then
 * uncork on the next tick, as Node's documentation suggests): nothing waits
 * longer than the tick that wrote it.
 */
let installed = false;
export function enableTcpNoDelayForDriver(): void {
  if (installed) return;
  installed = true;
  const setKeepAlive = net.Socket.prototype.setKeepAlive;
  net.Socket.prototype.setKeepAlive = function (this: net.Socket, ...args: Parameters<typeof setKeepAlive>) {
    this.setNoDelay(true);
    coalesceWritesPerTick(this);
    return setKeepAlive.apply(this, args);
  };
}

const coalescing = new WeakSet<net.Socket>();

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
