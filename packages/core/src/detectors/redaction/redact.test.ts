import { describe, expect, it } from 'vitest';
import { detectPii } from '../pii/index.ts';
import { detectSecrets } from '../secrets/index.ts';
import { redact } from './redact.ts';

describe('redact', () => {
  it('replaces a single span with its kind', () => {
    expect(redact('mail ana@corp.io now', [{ kind: 'email', start: 5, end: 16 }])).toBe(
      'mail [REDACTED:email] now',
    );
  });

  it('returns the text unchanged when there are no spans', () => {
    expect(redact('nothing here', [])).toBe('nothing here');
  });

  it('handles unsorted, disjoint spans', () => {
    const text = 'a=111 b=222 c=333';
    const result = redact(text, [
      { kind: 'z', start: 14, end: 17 },
      { kind: 'x', start: 2, end: 5 },
    ]);
    expect(result).toBe('a=[REDACTED:x] b=222 c=[REDACTED:z]');
  });

  it('merges overlapping spans into one marker labelled by the longest span', () => {
    const text = '0123456789';
    expect(
      redact(text, [
        { kind: 'short', start: 2, end: 5 },
        { kind: 'long', start: 3, end: 9 },
      ]),
    ).toBe('01[REDACTED:long]9');
  });

  it('merges a span nested inside another', () => {
    expect(
      redact('abcdefgh', [
        { kind: 'outer', start: 1, end: 7 },
        { kind: 'inner', start: 2, end: 4 },
      ]),
    ).toBe('a[REDACTED:outer]h');
  });

  it('keeps touching (non-overlapping) spans as two markers', () => {
    expect(
      redact('aabb', [
        { kind: 'a', start: 0, end: 2 },
        { kind: 'b', start: 2, end: 4 },
      ]),
    ).toBe('[REDACTED:a][REDACTED:b]');
  });

  it('clamps out-of-range spans and ignores empty or inverted ones', () => {
    expect(redact('secret', [{ kind: 'k', start: -5, end: 100 }])).toBe('[REDACTED:k]');
    expect(redact('secret', [{ kind: 'k', start: 3, end: 3 }])).toBe('secret');
    expect(redact('secret', [{ kind: 'k', start: 4, end: 2 }])).toBe('secret');
    expect(redact('secret', [{ kind: 'k', start: Number.NaN, end: 2 }])).toBe('[REDACTED:k]cret');
  });

  it('redacts the output of detectSecrets and detectPii together', () => {
    const text = 'user ana@corp.io token AKIAZ7QXW3RTY2PLM4NB card 4539 1488 0343 6467';
    const result = redact(text, [...detectSecrets(text), ...detectPii(text)]);
    expect(result).toBe(
      'user [REDACTED:email] token [REDACTED:aws_access_key] card [REDACTED:credit_card]',
    );
  });

  it('keeps the label of a database URL readable by redacting only the password', () => {
    const text = 'DATABASE_URL=postgres://app:Zq8vN2kLp4Rx@db.prod.corp:5432/main';
    expect(redact(text, detectSecrets(text))).toBe(
      'DATABASE_URL=postgres://app:[REDACTED:database_url]@db.prod.corp:5432/main',
    );
  });
});
