import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { structuralConflicts } from '../../../../shared/sync/syncChanges';
import { firstShape, type SyncDoc } from '../../../../shared/sync/syncShape';

const blank = (sources: Record<string, { id: string }>) =>
  A.change(A.init<SyncDoc>(), (d) => {
    Object.assign(d, { ...firstShape(''), sources });
  });

describe('structuralConflicts', () => {
  it('names a top level two replicas each made, and nothing in one made once', () => {
    const sharer = blank({ s1: { id: 's1' } });
    expect(structuralConflicts(sharer)).toEqual([]);
    const merged = A.merge(A.clone(sharer), blank({}));
    expect(structuralConflicts(merged)).toEqual(
      expect.arrayContaining(["the shared library's sources was made 2 times"]),
    );
  });
});
