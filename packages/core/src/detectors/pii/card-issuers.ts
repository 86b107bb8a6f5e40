/**
 * True when a card number's prefix (IIN) and length belong to a major network: Visa, Mastercard,
 * American Express, Discover, JCB, Diners Club, UnionPay or Maestro. `digits` holds only 0–9.
 */
export function hasKnownIssuer(digits: string): boolean {
  const length = digits.length;
  const two = Number(digits.slice(0, 2));
  const three = Number(digits.slice(0, 3));
  const four = Number(digits.slice(0, 4));
  const six = Number(digits.slice(0, 6));
  if (digits.startsWith('4')) return length === 13 || length === 16 || length === 19; // Visa
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return length === 16; // Mastercard
  if (two === 34 || two === 37) return length === 15; // American Express
  if (
    four === 6011 ||
    two === 65 ||
    (three >= 644 && three <= 649) ||
    (six >= 622126 && six <= 622925)
  ) {
    return length >= 16 && length <= 19; // Discover
  }
  if (four >= 3528 && four <= 3589) return length >= 16 && length <= 19; // JCB
  if ((three >= 300 && three <= 305) || two === 36 || two === 38 || two === 39)
    return length >= 14 && length <= 19; // Diners
  if (two === 62) return length >= 16 && length <= 19; // UnionPay
  if (two === 50 || (two >= 56 && two <= 69)) return length >= 12 && length <= 19; // Maestro
  return false;
}

/** Card numbers networks publish for testing; they are reported with severity `low`. */
export const TEST_CARD_NUMBERS: ReadonlySet<string> = new Set([
  '4111111111111111',
  '4242424242424242',
  '4012888888881881',
  '4000056655665556',
  '5555555555554444',
  '5105105105105100',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '6011000990139424',
  '3530111333300000',
  '3566002020360505',
  '30569309025904',
  '38520000023237',
]);
