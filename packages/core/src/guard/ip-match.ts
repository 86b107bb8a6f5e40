import { parseIpv4Loose, parseIpv6 } from '../detectors/arguments/ip-address.ts';
import { matchesGlob } from './glob.ts';

/**
 * True when the address `ip` matches `pattern`: an exact address, a CIDR (`10.0.0.0/8`, `fd00::/8`) or a
 * wildcard (`192.168.*.*`). IPv4-mapped IPv6 addresses (`::ffff:10.1.2.3`) match IPv4 patterns.
 */
export function matchesIp(pattern: string, ip: string): boolean {
  const address = ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
  const slash = pattern.indexOf('/');
  if (slash === -1) return matchesGlob(pattern, address);
  const bits = Number(pattern.slice(slash + 1));
  const base = pattern.slice(0, slash);
  const baseWords = toWords(base);
  const addressWords = toWords(address);
  if (baseWords === undefined || addressWords === undefined) return false;
  if (baseWords.length !== addressWords.length) return false;
  const total = baseWords.length * 16;
  if (!Number.isInteger(bits) || bits < 0 || bits > total) return false;
  for (let bit = 0; bit < bits; bit += 16) {
    const take = Math.min(16, bits - bit);
    const mask = take === 16 ? 0xffff : (0xffff << (16 - take)) & 0xffff;
    const index = bit / 16;
    if (((baseWords[index] as number) & mask) !== ((addressWords[index] as number) & mask))
      return false;
  }
  return true;
}

// --- internal ---

/** An address as 16-bit words: two for IPv4, eight for IPv6. */
function toWords(address: string): number[] | undefined {
  if (address.includes(':')) return parseIpv6(address);
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) return undefined;
  const octets = parseIpv4Loose(address);
  if (octets === undefined) return undefined;
  return [(octets[0] << 8) | octets[1], (octets[2] << 8) | octets[3]];
}
