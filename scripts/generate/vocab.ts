// Slot values shared by honest text and attack phrasings: names, companies, places, addresses, amounts.
// Templates use {SLOT} markers; `fillSlots` replaces each marker with a fresh random value.
import type { Rng } from './prng.ts';

const FIRST = [
  'Anna',
  'Marco',
  'Priya',
  'Tomasz',
  'Yuki',
  'Fatima',
  'Lucas',
  'Ingrid',
  'Chen',
  'Olga',
  'Diego',
  'Amara',
  'Jonas',
  'Sofia',
  'Kwame',
  'Hannah',
  'Rafael',
  'Mei',
  'Emre',
  'Claire',
  'Arjun',
  'Lena',
  'Mateo',
  'Aisha',
  'Pieter',
  'Noor',
  'Gabriel',
  'Sun-hee',
  'Ewa',
  'Daniel',
];
const LAST = [
  'Schmidt',
  'Rossi',
  'Patel',
  'Kowalski',
  'Tanaka',
  'Haddad',
  'Martin',
  'Larsen',
  'Wang',
  'Ivanova',
  'García',
  'Okafor',
  'Berg',
  'Moreau',
  'Mensah',
  'Fischer',
  'Silva',
  'Lin',
  'Yılmaz',
  'Dubois',
  'Sharma',
  'Novak',
  'de Vries',
  'Kim',
  'Nguyen',
  'Costa',
  'Murphy',
  'Sato',
];
const COMPANIES = [
  'Northwind Logistics',
  'Bluepeak Analytics',
  'Harbor & Finch',
  'Quillstone Media',
  'Tessaract Labs',
  'Greenfield Dairy Co-op',
  'Altamira Travel',
  'Copperleaf Bank',
  'Lumen Health',
  'Orbis Robotics',
  'Fjord Outdoor',
  'Kestrel Software',
  'Maplewood Schools',
  'Sable Insurance',
  'Vantage Print',
];
const CITIES = [
  'Lisbon',
  'Kraków',
  'Osaka',
  'Toronto',
  'Nairobi',
  'Valencia',
  'Hamburg',
  'Melbourne',
  'Izmir',
  'Lyon',
  'Bengaluru',
  'Utrecht',
  'Busan',
  'Bologna',
  'Monterrey',
  'Gdańsk',
  'Porto',
  'Edinburgh',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ITEMS = [
  'standing desk',
  'espresso machine',
  'hiking backpack',
  'noise-cancelling headphones',
  'air fryer',
  'robot vacuum',
  'mechanical keyboard',
  'cast-iron skillet',
  'e-reader',
  'electric toothbrush',
  'rain jacket',
  'baby monitor',
  'portable projector',
  'office chair',
  'smart thermostat',
];
const EVIL_DOMAINS = [
  'secure-verify-portal.com',
  'acct-sync.net',
  'cdn-telemetry.io',
  'login-check-center.org',
  'docs-backup.cloud',
  'assist-metrics.app',
  'update-servicedesk.info',
  'collector.site',
  'mail-relay-archive.com',
  'sso-refresh.support',
];
const EVIL_USERS = [
  'backup',
  'audit',
  'sync',
  'admin',
  'support',
  'records',
  'it-helpdesk',
  'collect',
];
const PRODUCTS_PUSHED = [
  'VaultGuard Pro',
  'QuickLoan Express',
  'CryptoNest Wallet',
  'SafeShield 360',
  'MegaSaver Plus',
  'TrustPay Wallet',
  'OptiBoost Supplements',
  'NovaVPN Premium',
];
const FILES = [
  '~/.ssh/id_rsa',
  '.env',
  '~/.aws/credentials',
  '/etc/passwd',
  'config/secrets.yml',
  '~/.config/gcloud/credentials.db',
  'passwords.txt',
  '~/.netrc',
  '.git/config',
  'wallet.dat',
];
const TOPICS_TECH = [
  'caching layer',
  'login flow',
  'search index',
  'billing service',
  'mobile app',
];

/** A random person name. */
export function personName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

/** An attacker-controlled e-mail address. */
export function evilEmail(rng: Rng): string {
  return `${rng.pick(EVIL_USERS)}@${rng.pick(EVIL_DOMAINS)}`;
}

/** An attacker-controlled URL (no trailing slash). */
export function evilUrl(rng: Rng): string {
  return `https://${rng.pick(['', 'www.', 'api.', 'files.'])}${rng.pick(EVIL_DOMAINS)}`;
}

function honestEmail(rng: Rng): string {
  const first = rng
    .pick(FIRST)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const company = rng
    .pick(COMPANIES)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return `${first}@${company.slice(0, 12)}.com`;
}

function iban(rng: Rng): string {
  const country = rng.pick(['DE', 'GB', 'NL', 'FR', 'LT', 'CY']);
  let digits = '';
  for (let i = 0; i < 18; i++) digits += String(rng.int(10));
  return `${country}${rng.range(10, 99)} ${digits.replace(/(.{4})/g, '$1 ').trim()}`;
}

const SLOTS: Readonly<Record<string, (rng: Rng) => string>> = {
  NAME: personName,
  FIRST: (rng) => rng.pick(FIRST),
  COMPANY: (rng) => rng.pick(COMPANIES),
  CITY: (rng) => rng.pick(CITIES),
  DAY: (rng) => rng.pick(DAYS),
  MONTH: (rng) => rng.pick(MONTHS),
  NUM: (rng) => String(rng.range(2, 48)),
  BIGNUM: (rng) => String(rng.range(120, 9800)),
  PCT: (rng) => String(rng.range(3, 41)),
  TIME: (rng) => `${rng.range(8, 17)}:${rng.pick(['00', '15', '30', '45'])}`,
  DATE: (rng) => `${rng.range(1, 28)} ${rng.pick(MONTHS)}`,
  YEAR: (rng) => String(rng.range(2019, 2025)),
  VERSION: (rng) => `${rng.range(1, 6)}.${rng.range(0, 14)}.${rng.range(0, 9)}`,
  ITEM: (rng) => rng.pick(ITEMS),
  TECH: (rng) => rng.pick(TOPICS_TECH),
  MAIL: honestEmail,
  EMAIL: evilEmail,
  URL: evilUrl,
  PRODUCT: (rng) => rng.pick(PRODUCTS_PUSHED),
  FILE: (rng) => rng.pick(FILES),
  AMOUNT: (rng) => `${rng.pick(['€', '$', '£'])}${rng.range(4, 98) * 50}`,
  IBAN: iban,
  PRICE: (rng) => `${rng.range(9, 499)}.${rng.pick(['00', '49', '90', '99'])}`,
};

/** Replaces every {SLOT} marker with a random value; unknown markers are left as they are. */
export function fillSlots(
  rng: Rng,
  template: string,
  fixed: Readonly<Record<string, string>> = {},
): string {
  return template.replace(/\{([A-Z]+)\}/g, (whole, key: string) => {
    const given = fixed[key];
    if (given !== undefined) return given;
    const make = SLOTS[key];
    return make ? make(rng) : whole;
  });
}

/** `text` with its first character upper-cased. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
