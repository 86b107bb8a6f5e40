import { BlockList, isIP } from 'node:net';
import type { ValidationIssue } from './json-schema.ts';

/** A compiled list of addresses and CIDRs (IPv4 and IPv6). */
export type AddressList = {
  readonly entries: readonly string[];
  /** True when `ip` is one of the addresses or inside one of the ranges (IPv4-mapped IPv6 included). */
  has(ip: string): boolean;
};

/**
 * Compiles addresses and CIDRs (`10.0.0.0/8`, `2001:db8::/32`, `203.0.113.7`) with `node:net`'s
 * `BlockList`, or returns the problems, one per bad entry, with its index as the path.
 *
 * @example
 * const result = compileAddressList(['10.0.0.0/8', '::1']);
 * if (result.ok) result.list.has('10.1.2.3'); // true
 */
export function compileAddressList(
  entries: readonly string[],
  path: readonly (string | number)[] = [],
):
  | { readonly ok: true; readonly list: AddressList }
  | { readonly ok: false; readonly issues: ValidationIssue[] } {
  const blockList = new BlockList();
  const issues: ValidationIssue[] = [];
  entries.forEach((entry, index) => {
    const problem = addEntry(blockList, entry.trim());
    if (problem !== undefined) issues.push({ path: [...path, index], message: problem });
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    list: {
      entries: [...entries],
      has(ip) {
        const family = isIP(ip);
        if (family === 0) return false;
        return blockList.check(ip, family === 4 ? 'ipv4' : 'ipv6');
      },
    },
  };
}

// --- internal ---

function addEntry(blockList: BlockList, entry: string): string | undefined {
  const slash = entry.indexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const family = isIP(address);
  if (family === 0) return `"${entry}" is not an IP address or CIDR`;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (slash === -1) {
    blockList.addAddress(address, type);
    return undefined;
  }
  const prefixText = entry.slice(slash + 1);
  const prefix = Number(prefixText);
  const max = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefixText) || prefix > max)
    return `"${entry}" has a bad prefix length (0–${max})`;
  blockList.addSubnet(address, prefix, type);
  return undefined;
}
