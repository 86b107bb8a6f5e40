import { describe, expect, it } from 'vitest';
import { builtinLiteralGroups } from '../../../../scripts/gen-literal-groups.ts';
import { LITERAL_GROUPS } from './literal-groups.generated.ts';

describe('literal-groups.generated.ts', () => {
  it('holds exactly the groups the built-in rule patterns have today (else run scripts/gen-literal-groups.ts)', () => {
    expect(LITERAL_GROUPS).toEqual(builtinLiteralGroups());
  });
});
