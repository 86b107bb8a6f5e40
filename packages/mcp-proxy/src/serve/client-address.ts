import type { IncomingMessage } from 'node:http';
import type { AddressList } from './address-list.ts';

/**
 * Returns a function giving the client's address: the socket's peer, or, when that peer is a trusted
 * proxy, the last address in `X-Forwarded-For` that is not itself a trusted proxy (walking from the
 * right, since only the hops added by trusted proxies can be believed). IPv4-mapped IPv6 addresses are
 * given as IPv4.
 *
 * @example
 * const clientAddress = createClientAddress({ trustedProxies: compiled });
 * clientAddress(request); // '203.0.113.7'
 */
export function createClientAddress({
  trustedProxies,
}: {
  trustedProxies?: AddressList | undefined;
}): (request: IncomingMessage) => string {
  return (request) => {
    const peer = plain(request.socket.remoteAddress ?? '');
    if (trustedProxies === undefined || !trustedProxies.has(peer)) return peer;
    const header = request.headers['x-forwarded-for'];
    if (typeof header !== 'string') return peer;
    const hops = header.split(',');
    let client = peer;
    for (let index = hops.length - 1; index >= 0; index -= 1) {
      const hop = plain((hops[index] as string).trim());
      if (hop === '') break;
      client = hop;
      if (!trustedProxies.has(hop)) break;
    }
    return client;
  };
}

// --- internal ---

function plain(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
