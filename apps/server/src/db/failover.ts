import net from "node:net";
import type { DatabaseHost } from "../config";

/** How long a node that refused a connection is passed over before it is tried again. */
const DOWN_MS = 5_000;
/** Several failures from one node at once move on by one node, not around the ring. */
const SETTLE_MS = 1_000;

/**
 * The nodes of a cluster one server talks to. mysql2 opens each pool connection through
 * `connect()` (its `stream` option), which goes to the current node; when a connection to that
 * node cannot be made, or the node says it is not ready, the next one becomes current, so the
 * unit of work that met the failure is retried (see `Db.transaction`) on a node that answers.
 * A node passed over is tried again when the others fail, once its few seconds are up.
 */
export class HostRing {
  private current = 0;
  private readonly downUntil: number[];
  private movedAt = 0;

  constructor(
    readonly hosts: readonly DatabaseHost[],
    private readonly now: () => number = Date.now,
  ) {
    if (hosts.length === 0) throw new Error("HostRing needs at least one host");
    this.downUntil = hosts.map(() => 0);
  }

  get currentHost(): DatabaseHost {
    return this.hosts[this.current];
  }

  /** A socket to the current node, for mysql2's `stream` option. */
  connect(): net.Socket {
    const index = this.current;
    const { host, port } = this.hosts[index];
    const socket = net.connect(port, host);
    socket.setNoDelay(true);
    let connected = false;
    socket.once("connect", () => {
      connected = true;
      socket.setKeepAlive(true, 10_000);
    });
    socket.on("error", () => {
      if (!connected) this.failed(index);
    });
    return socket;
  }

  /** The current node answered that it cannot take statements (Galera's 1047). */
  notReady(): void {
    this.failed(this.current);
  }

  private failed(index: number): void {
    if (index !== this.current) return;
    const now = this.now();
    if (now - this.movedAt < SETTLE_MS) return;
    this.downUntil[index] = now + DOWN_MS;
    // The next node not passed over, else simply the next one.
    let next = (index + 1) % this.hosts.length;
    for (let step = 1; step < this.hosts.length; step++) {
      const candidate = (index + step) % this.hosts.length;
      if (this.downUntil[candidate] <= now) {
        next = candidate;
        break;
      }
    }
    this.current = next;
    this.movedAt = now;
  }
}
