/** Where an address points, from the point of view of a server making the request. */
export type AddressClass =
  | 'cloud_metadata'
  | 'loopback'
  | 'private_network'
  | 'link_local'
  | 'shared_address'
  | 'reserved'
  | 'public';

/**
 * Parses an IPv4 address the way the WHATWG URL parser (and `inet_aton`) does: one to four parts,
 * each decimal, `0x` hex or `0`-prefixed octal, the last part filling the remaining bytes. So
 * `2130706433`, `0x7f.1` and `017700000001` all give `[127, 0, 0, 1]`. Returns `undefined` otherwise.
 */
export function parseIpv4Loose(host: string): [number, number, number, number] | undefined {
  const trimmed = host.endsWith('.') ? host.slice(0, -1) : host;
  const parts = trimmed.split('.');
  if (parts.length === 0 || parts.length > 4) return undefined;
  const numbers: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]{0,8}$/i.test(part))
      value = part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
    else if (/^0[0-7]{1,11}$/.test(part)) value = Number.parseInt(part, 8);
    else if (/^(?:0|[1-9][0-9]{0,9})$/.test(part)) value = Number(part);
    else return undefined;
    numbers.push(value);
  }
  const last = numbers.pop() ?? 0;
  if (numbers.some((value) => value > 255) || last >= 256 ** (4 - numbers.length)) return undefined;
  const bytes = [...numbers];
  for (let index = 3 - numbers.length; index >= 0; index -= 1)
    bytes.push(Math.floor(last / 256 ** index) % 256);
  const [a = 0, b = 0, c = 0, d = 0] = bytes;
  return [a, b, c, d];
}

/** Classifies an IPv4 address given as four bytes. */
export function classifyIpv4([a, b, c, d]: readonly [
  number,
  number,
  number,
  number,
]): AddressClass {
  const dotted = `${a}.${b}.${c}.${d}`;
  // AWS/GCP/Azure/OpenStack, AWS ECS task metadata, Alibaba Cloud, Oracle Cloud.
  if (
    [
      '169.254.169.254',
      '169.254.170.2',
      '169.254.169.253',
      '100.100.100.200',
      '192.0.0.192',
    ].includes(dotted)
  ) {
    return 'cloud_metadata';
  }
  if (a === 127 || a === 0) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
    return 'private_network';
  if (a === 169 && b === 254) return 'link_local';
  if (a === 100 && b >= 64 && b <= 127) return 'shared_address';
  if (a >= 224 || (a === 198 && (b === 18 || b === 19)) || (a === 192 && b === 0 && c === 0))
    return 'reserved';
  return 'public';
}

/**
 * Parses an IPv6 address (brackets allowed, `::` compression, dotted IPv4 tail) into eight 16-bit
 * groups, or `undefined` when it is not one.
 */
export function parseIpv6(host: string): number[] | undefined {
  let text = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  text = text.split('%', 1)[0] as string; // zone id
  if (!/^[0-9a-fA-F:.]{2,45}$/.test(text) || !text.includes(':')) return undefined;
  const tail = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (tail?.[1] !== undefined) {
    const bytes = tail[1].split('.').map(Number);
    if (bytes.some((byte) => byte > 255)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    text = `${text.slice(0, text.length - tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (half: string): number[] | undefined => {
    if (half === '') return [];
    const groups = half.split(':');
    if (groups.some((group) => !/^[0-9a-fA-F]{1,4}$/.test(group))) return undefined;
    return groups.map((group) => Number.parseInt(group, 16));
  };
  const head = parse(halves[0] ?? '');
  const rest = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (head === undefined || rest === undefined) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - rest.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...rest];
}

/**
 * Classifies an IPv6 address. Addresses that embed an IPv4 one (`::ffff:127.0.0.1`, NAT64
 * `64:ff9b::/96`, IPv4-compatible `::a.b.c.d`, 6to4 `2002::/16`) are classified by that address,
 * and `embedded` says so: the embedding itself is a filter-evasion trick.
 */
export function classifyIpv6(groups: readonly number[]): {
  readonly addressClass: AddressClass;
  readonly embedded: boolean;
} {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const v4 = (high: number, low: number): [number, number, number, number] => [
    high >> 8,
    high & 255,
    low >> 8,
    low & 255,
  ];
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1))
    return { addressClass: 'loopback', embedded: false };
  if (firstFiveZero && (g5 === 0xffff || g5 === 0))
    return { addressClass: classifyIpv4(v4(g6, g7)), embedded: true };
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return { addressClass: classifyIpv4(v4(g6, g7)), embedded: true };
  }
  if (g0 === 0x2002) {
    const addressClass = classifyIpv4(v4(g1, g2));
    return { addressClass, embedded: addressClass !== 'public' };
  }
  // fd00:ec2::254 is the AWS metadata service over IPv6.
  if (
    g0 === 0xfd00 &&
    g1 === 0x0ec2 &&
    g2 === 0 &&
    g3 === 0 &&
    g4 === 0 &&
    g5 === 0 &&
    g6 === 0 &&
    g7 === 0x254
  ) {
    return { addressClass: 'cloud_metadata', embedded: false };
  }
  if ((g0 & 0xfe00) === 0xfc00) return { addressClass: 'private_network', embedded: false };
  if ((g0 & 0xffc0) === 0xfe80) return { addressClass: 'link_local', embedded: false };
  if ((g0 & 0xff00) === 0xff00) return { addressClass: 'reserved', embedded: false };
  return { addressClass: 'public', embedded: false };
}
