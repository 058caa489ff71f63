/** Keeps the best `capacity` items seen, by a comparator (negative = a ranks before b), in O(n log k). */
export class TopK<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly capacity: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    if (this.capacity <= 0) return;
    if (this.heap.length < this.capacity) {
      this.heap.push(item);
      this.up(this.heap.length - 1);
    } else if (this.compare(item, this.heap[0] as T) < 0) {
      this.heap[0] = item;
      this.down(0);
    }
  }

  /** The item that a newcomer must beat once the heap is full; undefined before then. */
  worst(): T | undefined {
    return this.heap.length < this.capacity ? undefined : this.heap[0];
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  // The root is the worst kept item, so a better newcomer replaces it.
  private worse(i: number, j: number): boolean {
    return this.compare(this.heap[i] as T, this.heap[j] as T) > 0;
  }

  private swap(i: number, j: number): void {
    const tmp = this.heap[i] as T;
    this.heap[i] = this.heap[j] as T;
    this.heap[j] = tmp;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.heap.length && this.worse(left, worst)) worst = left;
      if (right < this.heap.length && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
