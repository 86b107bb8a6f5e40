import type { Severity } from '../../spec/finding.ts';
import type { FieldKind } from './field-kind.ts';
import type { AddressClass } from './ip-address.ts';
import { classifyIpv4, classifyIpv6, parseIpv4Loose, parseIpv6 } from './ip-address.ts';
import type { ArgumentHit } from './make-finding.ts';

/** At most this many URLs are examined per string leaf, so a huge argument costs bounded work. */
const MAX_URLS = 64;

const URL_IN_TEXT = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/[^\s"'<>`]{1,2048}/;
const BARE_HOST =
  /^(?:\[[0-9A-Fa-f:.%a-z]{2,60}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,45}|[A-Za-z0-9._-]{1,253})(?::[0-9]{1,5})?(?:[/?#][^\s]{0,2048})?$/;

const SCHEME_SEVERITY: Readonly<Record<string, Severity>> = {
  file: 'high',
  gopher: 'high',
  dict: 'high',
  ldap: 'high',
  ldaps: 'high',
  tftp: 'high',
  jar: 'high',
  netdoc: 'high',
  phar: 'high',
  expect: 'high',
  php: 'high',
  ftp: 'medium',
  sftp: 'medium',
  smb: 'medium',
  ssh: 'medium',
};

const METADATA_HOSTS = new Set([
  'metadata.google.internal',
  'metadata',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.com',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
]);
/** Wildcard DNS services that resolve `10.0.0.1.nip.io` (or `10-0-0-1.…`) to the embedded address. */
const WILDCARD_DNS =
  /(?:^|\.)(?:nip\.io|sslip\.io|xip\.io|nip\.direct|traefik\.me|backname\.io|localtest\.me|lvh\.me|vcap\.me|lacolhost\.com|readme\.localhost|fuf\.me|yoogle\.com|ulh\.us)$/;
/** DNS rebinding services: the name answers a public address first, then an internal one. */
const REBINDING_DNS =
  /(?:^|\.)(?:rbndr\.us|1u\.ms|rebind\.it|rebind\.network|lock\.cmpxchg8b\.com)$/;
const INTERNAL_SUFFIX =
  /(?:^|\.)(?:internal|local|localdomain|lan|intranet|corp|home\.arpa|cluster\.local|svc)$/;

const CLASS_HITS: Readonly<
  Record<
    Exclude<AddressClass, 'public'>,
    { severity: Severity; message: string; explanation: string }
  >
> = {
  cloud_metadata: {
    severity: 'critical',
    message: 'URL targets a cloud metadata service',
    explanation:
      'Metadata endpoints hand out instance credentials; a request from the agent host can leak cloud keys.',
  },
  loopback: {
    severity: 'high',
    message: 'URL targets the local machine (loopback)',
    explanation:
      'Requests to localhost reach admin consoles and services that trust local callers.',
  },
  private_network: {
    severity: 'high',
    message: 'URL targets a private network address',
    explanation:
      'A tool that fetches private addresses lets an attacker probe and reach the internal network.',
  },
  link_local: {
    severity: 'high',
    message: 'URL targets a link-local address',
    explanation:
      'Link-local space holds metadata and infrastructure services that must not be reachable from tools.',
  },
  shared_address: {
    severity: 'medium',
    message: 'URL targets carrier-grade NAT space (100.64.0.0/10)',
    explanation:
      'Shared address space is internal to a provider network and often hosts infrastructure endpoints.',
  },
  reserved: {
    severity: 'medium',
    message: 'URL targets a reserved or multicast address',
    explanation:
      'Reserved addresses have no business in a tool call and are used to confuse address filters.',
  },
};

/**
 * Finds server-side request forgery in one argument: URLs (embedded in text, or the whole value as a
 * bare host when the field is URL-like or the host is an address) that point at cloud metadata,
 * loopback, private or link-local space; tricks that hide such targets (decimal, octal or hex IPv4,
 * IPv4-mapped IPv6, wildcard/rebinding DNS names, `user@host` confusion); and non-HTTP schemes.
 */
export function checkSsrf(value: string, kind: FieldKind): ArgumentHit[] {
  // A URL needs `://`; outside URL-like fields a bare host counts only as a dotted quad or an IPv6.
  if (kind !== 'url' && !value.includes(':') && !value.includes('.')) return [];
  const hits: ArgumentHit[] = [];
  const regex = new RegExp(URL_IN_TEXT.source, 'g');
  let count = 0;
  for (
    let match = regex.exec(value);
    match !== null && count < MAX_URLS;
    match = regex.exec(value)
  ) {
    count += 1;
    const candidate = trimTrailing(match[0], ').,;:!?]');
    inspectUrl(candidate, match.index, hits);
  }
  if (count === 0) {
    const trimmed = value.trim();
    const offset = value.indexOf(trimmed);
    if (trimmed.length > 0 && BARE_HOST.test(trimmed)) {
      const host = cutAtFirst(trimmed, '/?#');
      // Outside URL-like fields only an unmistakable address counts: `42` in `$.count` is not 0.0.0.42.
      const isDottedQuad = /^[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?::[0-9]{1,5})?$/.test(host);
      const isIpv6 = parseIpv6(host) !== undefined && (host.match(/:/g)?.length ?? 0) >= 2;
      if (kind === 'url' || isDottedQuad || isIpv6) {
        const bracketed =
          !host.startsWith('[') && (host.match(/:/g)?.length ?? 0) >= 2
            ? `[${host}]${trimmed.slice(host.length)}`
            : trimmed;
        inspectUrl(`http://${bracketed}`, offset, hits, trimmed.length);
      }
    }
  }
  return hits;
}

// --- internal ---

/** Examines one absolute URL found at `start` (covering `length` characters of the original value). */
function inspectUrl(
  candidate: string,
  start: number,
  hits: ArgumentHit[],
  length: number = candidate.length,
): void {
  const end = start + length;
  const scheme = candidate.slice(0, candidate.indexOf(':')).toLowerCase();
  const schemeSeverity = SCHEME_SEVERITY[scheme];
  if (schemeSeverity !== undefined) {
    hits.push({
      category: 'ssrf',
      subcategory: 'dangerous_scheme',
      severity: schemeSeverity,
      message: `URL uses the ${scheme}:// scheme`,
      explanation:
        'Non-HTTP schemes read local files or speak raw protocols (gopher, dict) to internal services such as Redis.',
      start,
      end,
    });
  }

  // The authority as written, before any normalisation: what a naive filter would look at.
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#\\]*)/.exec(candidate)?.[1] ?? '';
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  const rawHost = (at >= 0 ? authority.slice(at + 1) : authority)
    .replace(/:[0-9]*$/, '')
    .toLowerCase();

  let hostname: string;
  try {
    hostname = new URL(candidate).hostname.toLowerCase();
  } catch {
    hostname = rawHost;
  }
  hostname = hostname.replace(/\.$/, '');
  if (hostname === '') return;

  const target = classifyHost(hostname);
  if (target.via === 'internal_name') {
    hits.push({
      category: 'ssrf',
      subcategory: 'internal_hostname',
      severity: 'medium',
      message: 'URL targets an internal host name',
      explanation:
        'Names under .internal, .local, .corp or cluster DNS only resolve inside private networks.',
      start,
      end,
    });
  } else if (target.addressClass !== 'public') {
    const info = CLASS_HITS[target.addressClass];
    hits.push({
      category: 'ssrf',
      subcategory: target.addressClass,
      severity: info.severity,
      message: info.message,
      explanation: info.explanation,
      start,
      end,
    });
  }
  const isInternal = target.addressClass !== 'public';

  const trick = describeTrick(rawHost, hostname, target);
  if (trick !== undefined && (isInternal || trick.always)) {
    hits.push({
      category: 'ssrf',
      subcategory: trick.subcategory,
      severity:
        target.addressClass === 'cloud_metadata' ? 'critical' : isInternal ? 'high' : 'medium',
      message: trick.message,
      explanation:
        'Encoded or indirect host names exist to slip internal targets past allow-lists and naive filters.',
      start,
      end,
      encoding: trick.encoding,
    });
  }

  // http://trusted.example.com@127.0.0.1/ — the real host is after the last `@`.
  if (
    userinfo !== '' &&
    /[.:]/.test(userinfo) &&
    /[a-z0-9]\.[a-z]/i.test(userinfo.split(':')[0] ?? '')
  ) {
    hits.push({
      category: 'ssrf',
      subcategory: 'userinfo_confusion',
      severity: isInternal ? 'high' : 'medium',
      message: 'URL hides its real host behind a host-like user name',
      explanation:
        'In `http://a.com@b.net` the request goes to b.net; filters and readers that stop at the first host are fooled.',
      start,
      end,
    });
  }
}

type HostTarget = {
  readonly addressClass: AddressClass;
  readonly via?: 'ipv6_embedded' | 'wildcard_dns' | 'rebinding_dns' | 'internal_name';
};

/** Where a (normalised) host name points. */
function classifyHost(hostname: string): HostTarget {
  const ipv4 = parseIpv4Loose(hostname);
  if (ipv4 !== undefined) return { addressClass: classifyIpv4(ipv4) };
  const ipv6 = parseIpv6(hostname);
  if (ipv6 !== undefined) {
    const { addressClass, embedded } = classifyIpv6(ipv6);
    return embedded ? { addressClass, via: 'ipv6_embedded' } : { addressClass };
  }
  if (METADATA_HOSTS.has(hostname)) return { addressClass: 'cloud_metadata' };
  if (hostname === 'localhost' || hostname.endsWith('.localhost'))
    return { addressClass: 'loopback' };
  if (REBINDING_DNS.test(hostname))
    return { addressClass: 'private_network', via: 'rebinding_dns' };
  if (WILDCARD_DNS.test(hostname)) {
    const embedded = embeddedIpv4(hostname);
    // localtest.me, lvh.me and friends resolve every name to 127.0.0.1.
    const addressClass =
      embedded === undefined
        ? /(?:nip|sslip|xip)\.io$|nip\.direct$|traefik\.me$|backname\.io$/.test(hostname)
          ? 'public'
          : 'loopback'
        : classifyIpv4(embedded);
    return { addressClass, via: 'wildcard_dns' };
  }
  if (INTERNAL_SUFFIX.test(hostname) || /^kubernetes(?:\.default)?(?:\.svc)?$/.test(hostname))
    return { addressClass: 'reserved', via: 'internal_name' };
  return { addressClass: 'public' };
}

/** The IPv4 address a wildcard-DNS name embeds: `10.0.0.1.nip.io`, `app-10-0-0-1.sslip.io`, `0a000001.nip.io`. */
function embeddedIpv4(hostname: string): [number, number, number, number] | undefined {
  const dotted = /(?:^|[.-])((?:\d{1,3}[.-]){3}\d{1,3})\.[a-z0-9-]+\.[a-z]+$/.exec(hostname)?.[1];
  if (dotted !== undefined) {
    const bytes = dotted.split(/[.-]/).map(Number);
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    if (bytes.every((byte) => byte <= 255)) return [a, b, c, d];
  }
  const hex = /(?:^|[.-])([0-9a-f]{8})\.[a-z0-9-]+\.[a-z]+$/.exec(hostname)?.[1];
  if (hex !== undefined) return parseIpv4Loose(`0x${hex}`);
  return undefined;
}

type Trick = {
  readonly subcategory: 'ip_obfuscation' | 'dns_rebinding';
  readonly message: string;
  readonly encoding: string;
  readonly always: boolean;
};

/** The evasion technique in a host, if any: compare what was written with what it means. */
function describeTrick(rawHost: string, hostname: string, target: HostTarget): Trick | undefined {
  if (target.via === 'rebinding_dns') {
    return {
      subcategory: 'dns_rebinding',
      message: 'URL uses a DNS rebinding service',
      encoding: 'dns_rebinding',
      always: true,
    };
  }
  if (
    target.via === 'wildcard_dns' &&
    /(?:nip|sslip|xip)\.io$|nip\.direct$|localtest\.me$|lvh\.me$|vcap\.me$|traefik\.me$|backname\.io$/.test(
      hostname,
    )
  ) {
    return {
      subcategory: 'dns_rebinding',
      message: 'URL uses a wildcard DNS name that resolves to an embedded address',
      encoding: 'wildcard_dns',
      always: false,
    };
  }
  if (target.via === 'ipv6_embedded') {
    return {
      subcategory: 'ip_obfuscation',
      message: 'URL hides an IPv4 address inside an IPv6 one',
      encoding: 'ipv6_mapped',
      always: false,
    };
  }
  const ipv4 = parseIpv4Loose(hostname);
  if (ipv4 !== undefined && rawHost !== ipv4.join('.')) {
    const encoding = /%[0-9a-f]{2}/i.test(rawHost)
      ? 'url_encoding'
      : /0x/i.test(rawHost)
        ? 'hex_ip'
        : /(?:^|\.)0[0-9]/.test(rawHost)
          ? 'octal_ip'
          : /^[0-9]+$/.test(rawHost)
            ? 'decimal_ip'
            : 'short_ip';
    return {
      subcategory: 'ip_obfuscation',
      message: `URL writes an IP address in a non-standard form (${encoding.replace('_', ' ')})`,
      encoding,
      always: true,
    };
  }
  return undefined;
}

/** `text` without its trailing characters from `chars` (a loop: a `[…]+$` regex is quadratic on long runs). */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** `text` up to the first character from `chars`. */
function cutAtFirst(text: string, chars: string): string {
  for (let index = 0; index < text.length; index++)
    if (chars.includes(text[index] as string)) return text.slice(0, index);
  return text;
}
