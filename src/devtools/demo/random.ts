/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that `docket seed demo --seed N` builds the
 * same court byte for byte on every machine and store. Math.random cannot be seeded; the generator
 * state is four 32-bit integers, so forking an independent stream per court is cheap.
 */
// Bound once: the generator draws hundreds of thousands of numbers, and in a Jest sandbox every lookup
// of a global such as Math goes through the vm context's interceptor.
const { cos, exp, floor, imul, log, PI, sqrt } = Math;

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, ...streams: number[]) {
    let state = seed >>> 0;
    for (const stream of streams) state = splitmix32(state ^ imul(stream + 1, 0x9e3779b9));
    this.a = splitmix32((state += 0x9e3779b9));
    this.b = splitmix32((state += 0x9e3779b9));
    this.c = splitmix32((state += 0x9e3779b9));
    this.d = splitmix32((state += 0x9e3779b9));
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** An independent stream for one part of the data: changing how one part draws leaves the others alone. */
  fork(...streams: number[]): Random {
    return new Random(this.nextUint32(), ...streams);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[floor(this.next() * items.length)] as T;
  }

  /** Standard normal (Box–Muller); one draw per call keeps the stream easy to reason about. */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * sqrt(-2 * log(u)) * cos(2 * PI * v);
  }

  /** Log-normal by its median: amounts of money and durations are skewed like this. */
  logNormal(median: number, sigma: number): number {
    return median * exp(this.normal(0, sigma));
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i--) {
      const j = floor(this.next() * (i + 1));
      [result[i], result[j]] = [result[j] as T, result[i] as T];
    }
    return result;
  }
}

function splitmix32(value: number): number {
  let z = (value + 0x9e3779b9) >>> 0;
  z = imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** Values with relative weights, prepared once so each draw is a short scan. */
export class Weighted<T> {
  private readonly values: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('a weighted table needs at least one entry');
    this.values = entries.map(([value]) => value);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], index) => {
      if (!(weight >= 0)) throw new RangeError(`weight must be a non-negative number, got ${weight}`);
      total += weight;
      this.cumulative[index] = total;
    });
    for (let index = 0; index < entries.length; index++)
      this.cumulative[index] = (this.cumulative[index] as number) / total;
  }

  draw(random: Random): T {
    const point = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] as number) > point) high = middle;
      else low = middle + 1;
    }
    return this.values[low] as T;
  }
}
