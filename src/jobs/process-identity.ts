import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * A name for one running application, written into the rows it holds (job leases, claimed
 * messages), so an operator can tell which server holds what. The random part tells apart two
 * applications in one process (the tests start two) and a restarted process that got its pid back.
 */
export function processIdentity(): string {
  return `${hostname().slice(0, 60)}:${process.pid}:${randomBytes(4).toString('hex')}`;
}
