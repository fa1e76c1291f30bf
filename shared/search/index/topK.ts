/**
 * Keeps the k best-scoring items of a stream in a min-heap: sorting every match of a common word
 * at 200,000 passages would cost more than the rest of a search.
 */
export class TopK<T extends { score: number; ordinal: number }> {
  private readonly heap: T[] = [];

  constructor(private readonly k: number) {}

  /** Worse-than: lower score, or on a tie the later document. */
  private worse(a: T, b: T): boolean {
    return a.score < b.score || (a.score === b.score && a.ordinal > b.ordinal);
  }

  offer(item: T): void {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (this.k > 0 && this.worse(heap[0]!, item)) {
      heap[0] = item;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && this.worse(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && this.worse(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
        i = smallest;
      }
    }
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
  }
}
