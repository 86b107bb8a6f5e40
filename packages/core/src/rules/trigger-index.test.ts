import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTriggerIndex } from './trigger-index.ts';

function naive(triggers: readonly string[], text: string): [number, number][] {
  const hits: [number, number][] = [];
  for (let position = 0; position < text.length; position++) {
    triggers.forEach((trigger, id) => {
      if (trigger.length > 0 && text.startsWith(trigger, position)) hits.push([id, position]);
    });
  }
  return hits;
}

function indexed(triggers: readonly string[], text: string): [number, number][] {
  const hits: [number, number][] = [];
  createTriggerIndex(triggers).scan(text, (id, position) => hits.push([id, position]));
  return hits;
}

const sort = (hits: [number, number][]) => [...hits].sort((a, b) => a[1] - b[1] || a[0] - b[0]);

/** The documented order: by position; at one position by prefix length (4 or more first), then by id. */
function inScanOrder(triggers: readonly string[], hits: [number, number][]): [number, number][] {
  const prefix = (id: number) => Math.min(4, (triggers[id] as string).length);
  return [...hits].sort((a, b) => a[1] - b[1] || prefix(b[0]) - prefix(a[0]) || a[0] - b[0]);
}

describe('createTriggerIndex', () => {
  it('finds every occurrence of triggers of every length, in any script', () => {
    const triggers = [
      '@',
      '忽略',
      'ai',
      'ign',
      'ignore',
      'ignore previous',
      'system prompt',
      '無視',
      'игнор',
      '🔓',
    ];
    const text = 'ai said: ignore previous rules! 忽略指令 игнорируй 無視 @bob 🔓 ignore';
    expect(sort(indexed(triggers, text))).toEqual(sort(naive(triggers, text)));
  });

  it('agrees with a naive search on random texts and triggers', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '忽', '略', '😀');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 12 }),
        fc.array(alphabet, { maxLength: 200 }),
        (triggers, chars) => {
          const text = chars.join('');
          expect(sort(indexed(triggers, text))).toEqual(sort(naive(triggers, text)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports hits in text order, longer prefixes first at one position', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '忽', '😀');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 12 }),
        fc.array(alphabet, { maxLength: 120, size: 'max' }),
        (triggers, chars) => {
          const text = chars.join('');
          const hits = indexed(triggers, text);
          expect(hits).toEqual(inScanOrder(triggers, hits));
        },
      ),
      { numRuns: 200 },
    );
  });
});
