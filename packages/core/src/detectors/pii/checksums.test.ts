import { describe, expect, it } from 'vitest';
import { isCpfValid, isIbanValid, isLuhnValid, isVerhoeffValid } from './checksums.ts';

describe('isLuhnValid', () => {
  it('accepts valid and rejects altered numbers', () => {
    expect(isLuhnValid('4539148803436467')).toBe(true);
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('4539148803436468')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });
});

describe('isIbanValid', () => {
  it('checks the country length and mod 97', () => {
    expect(isIbanValid('DE89370400440532013000')).toBe(true);
    expect(isIbanValid('GB82WEST12345698765432')).toBe(true);
    expect(isIbanValid('NL91ABNA0417164300')).toBe(true);
    expect(isIbanValid('DE89370400440532013001')).toBe(false);
    expect(isIbanValid('DE8937040044053201300')).toBe(false);
    expect(isIbanValid('XX89370400440532013000')).toBe(false);
  });
});

describe('isVerhoeffValid', () => {
  it('validates the check digit', () => {
    expect(isVerhoeffValid('2363')).toBe(true);
    expect(isVerhoeffValid('234123412346')).toBe(true);
    expect(isVerhoeffValid('234123412347')).toBe(false);
  });
});

describe('isCpfValid', () => {
  it('validates both check digits and rejects repeated digits', () => {
    expect(isCpfValid('52998224725')).toBe(true);
    expect(isCpfValid('12345678909')).toBe(true);
    expect(isCpfValid('52998224726')).toBe(false);
    expect(isCpfValid('00000000000')).toBe(false);
    expect(isCpfValid('5299822472')).toBe(false);
  });
});
