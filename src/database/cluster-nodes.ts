import { connect, Socket } from 'node:net';
import type { DatabaseNode } from '../config/database-url';

/** The socket errors that mean "this node is not there", as opposed to a query that failed. */
const NODE_GONE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE']);

/**
 * Which node of a cluster new connections go to. The pool opens each connection through
 * `openSocket` (mysql2's `stream` factory): it connects to the node in use, and when a socket
 * to that node fails to connect or is cut, the next node becomes the one in use. Connections
 * already open to a dead node fail on their next query; the transaction that used one is
 * retried (Transactions) and takes a fresh connection, to the live node.
 *
 * Sticky rather than round-robin on purpose: a process that writes and then reads through the
 * same node sees its own writes without waiting, and certification conflicts between the
 * process's own transactions stay local locks instead of cluster-wide deadlocks.
 */
export class ClusterNodes {
  private inUse = 0;
  private readonly moves: { from: DatabaseNode; to: DatabaseNode; at: Date; reason: string }[] = [];

  constructor(
    readonly nodes: readonly DatabaseNode[],
    private readonly onMove: (from: DatabaseNode, to: DatabaseNode, reason: string) => void = () => undefined,
  ) {
    if (nodes.length === 0) throw new Error('a cluster needs at least one node');
  }

  get current(): DatabaseNode {
    return this.nodes[this.inUse];
  }

  /** The moves so far, most recent last (for the readiness report and the tests). */
  get history(): readonly { from: DatabaseNode; to: DatabaseNode; at: Date; reason: string }[] {
    return this.moves;
  }

  /** mysql2's `stream` option: a socket to the node in use. */
  readonly openSocket = (): Socket => {
    const index = this.inUse;
    const node = this.nodes[index];
    const socket = connect(node.port, node.host);
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 10_000);
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== undefined && NODE_GONE.has(error.code)) this.giveUp(index, error.code);
    });
    return socket;
  };

  /**
   * The node answered, but not as a member of the cluster's primary component (1047
   * "WSREP has not yet prepared node for application use"): move on as if it were gone.
   */
  nodeUnready(): void {
    this.giveUp(this.inUse, 'not synced with the cluster');
  }

  private giveUp(index: number, reason: string): void {
    // Several sockets to the same dead node fail together; only the first moves the pool on.
    if (index !== this.inUse || this.nodes.length === 1) return;
    const from = this.nodes[index];
    this.inUse = (index + 1) % this.nodes.length;
    const to = this.nodes[this.inUse];
    this.moves.push({ from, to, at: new Date(), reason });
    this.onMove(from, to, reason);
  }
}
