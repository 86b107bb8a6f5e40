import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.ts';

/** The kinds and severities found in `text`, with the matched text, for compact assertions. */
function found(text: string): [string, string, string][] {
  return detectPii(text).map((match) => [
    match.kind,
    text.slice(match.start, match.end),
    match.severity,
  ]);
}

describe('detectPii', () => {
  it.each([
    ['email', 'write to ana.lima+work@corp.io today', 'ana.lima+work@corp.io', 'medium'],
    ['email', 'contact: someone@example.com', 'someone@example.com', 'low'],
    ['phone', 'call +1 (415) 555-2671 now', '+1 (415) 555-2671', 'medium'],
    ['phone', 'whatsapp +447911123456', '+447911123456', 'medium'],
    ['phone', 'Tel. +49 30 901820', '+49 30 901820', 'medium'],
    ['phone', 'office (415) 555-2671', '(415) 555-2671', 'medium'],
    ['phone', 'cell 415-867-5309.', '415-867-5309', 'medium'],
    ['phone', 'London 020 7946 0958', '020 7946 0958', 'medium'],
    ['phone', 'Paris 01 42 68 53 00', '01 42 68 53 00', 'medium'],
    ['phone', 'fictional 212-555-0142', '212-555-0142', 'low'],
    ['credit_card', 'card 4539 1488 0343 6467 exp 09/27', '4539 1488 0343 6467', 'high'],
    ['credit_card', 'card 4539148803436467', '4539148803436467', 'high'],
    ['credit_card', 'mc 5182-1349-1022-1072', '5182-1349-1022-1072', 'high'],
    ['credit_card', 'amex 3714 496353 98431', '3714 496353 98431', 'low'],
    ['credit_card', 'stripe test card 4242 4242 4242 4242', '4242 4242 4242 4242', 'low'],
    ['credit_card', '4539 1488 0343 6467 2024', '4539 1488 0343 6467', 'high'],
    ['iban', 'IBAN DE89 3704 0044 0532 0130 00 EUR', 'DE89 3704 0044 0532 0130 00', 'high'],
    ['iban', 'pay to GB82WEST12345698765432.', 'GB82WEST12345698765432', 'high'],
    ['iban', 'FR14 2004 1010 0505 0001 3M02 606', 'FR14 2004 1010 0505 0001 3M02 606', 'high'],
    ['us_ssn', 'SSN: 536-22-1234', '536-22-1234', 'high'],
    ['us_ssn', 'the sample 078-05-1120 card', '078-05-1120', 'low'],
    ['br_cpf', 'CPF 529.982.247-25', '529.982.247-25', 'high'],
    ['in_aadhaar', 'Aadhaar 2341 2341 2346', '2341 2341 2346', 'high'],
    ['in_aadhaar', 'UID 4986-7532-0143', '4986-7532-0143', 'high'],
    ['uk_nino', 'NI number AB 12 34 56 C', 'AB 12 34 56 C', 'high'],
    ['uk_nino', 'nino=JG103759A', 'JG103759A', 'high'],
    ['ip_address', 'client 8.8.8.8 connected', '8.8.8.8', 'low'],
  ])('finds %s in %j', (kind, text, value, severity) => {
    expect(found(text)).toEqual([[kind, value, severity]]);
  });

  it('returns offsets into the original text and resolves overlaps', () => {
    const text = 'card 4539 1488 0343 6467, mail ana@corp.io';
    expect(detectPii(text)).toEqual([
      { kind: 'credit_card', start: 5, end: 24, severity: 'high' },
      { kind: 'email', start: 31, end: 42, severity: 'medium' },
    ]);
  });

  it.each([
    ['invalid-Luhn card', 'card 4539 1488 0343 6468'],
    ['Luhn-valid number with an unknown prefix', 'ref 9999 9999 9999 9995'],
    ['mixed separators', '4539-1488 0343-6467'],
    ['card-length order number', 'order 1234567890123456'],
    ['card number inside a longer digit run', 'id 845391488034364671'],
    ['decimal digits', 'pi = 3.14159265358979323846'],
    ['invalid IBAN checksum', 'DE89 3704 0044 0532 0130 01'],
    ['IBAN with wrong length', 'DE89370400440532013'],
    ['SSN with area 666', '666-22-1234'],
    ['SSN with area 9xx', '912-22-1234'],
    ['SSN with group 00', '536-00-1234'],
    ['spaced nine digits', 'error 404 12 2023'],
    ['invalid CPF', '529.982.247-26'],
    ['CPF of repeated digits', '111.111.111-11'],
    ['invalid Aadhaar checksum', '2341 2341 2347'],
    ['NINO with an unused prefix', 'GB123456A'],
    ['uuid', 'id 123e4567-e89b-12d3-a456-426614174000'],
    ['git sha', 'commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'],
    ['hex colour', 'color: #ff00aa'],
    ['isbn-13', 'ISBN 978-3-16-148410-0'],
    ['isbn-10', 'ISBN 0-306-40615-2'],
    ['timestamp', '2024-01-15T10:30:00Z'],
    ['unix timestamp in ms', 'ts=1718031234567'],
    ['date range', '2023-2024'],
    ['version number', 'upgrade to 10.2.3.4 or v1.2.3.4'],
    ['private IP', 'host 192.168.1.20 and 10.0.0.1'],
    ['documentation IP', 'see 203.0.113.5'],
    ['retina image', 'logo@2x.png'],
    ['npm spec', 'lodash@4.17.21'],
    ['git ssh url', 'git@github.com:org/repo.git'],
    ['scoped package', '@types/node'],
    ['plus-prefixed count', 'diff +1234 -56'],
    ['sequential placeholder phone', '+1234567890'],
    ['price', '$1,299.99'],
  ])('does not flag %s', (_name, text) => {
    expect(detectPii(text)).toEqual([]);
  });

  it('stays fast on adversarial input (linear scan)', () => {
    const inputs = [
      '1'.repeat(200_000),
      '1 '.repeat(100_000),
      '1-'.repeat(100_000),
      `${'a'.repeat(100_000)}@`,
      `a@${'b.'.repeat(100_000)}`,
      '+1 '.repeat(60_000),
      'DE89 '.repeat(40_000),
      '1.1.1.'.repeat(30_000),
    ];
    for (const input of inputs) {
      detectPii(input);
    }
  });
});
