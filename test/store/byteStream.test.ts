import { Prisma } from '../../src/generated/prisma/client';
import type { Store } from '../../src/store';
import { BinaryCopyFields } from '../../src/store/binaryCopy';
import { createTestStore, testStoreKind } from '../support/store';

describe(`bytea values read as they arrive (store.streamBytes, ${testStoreKind})`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store.close());

  const streamed = async (query: Prisma.Sql): Promise<Buffer> => {
    const parts: Uint8Array[] = [];
    await store.streamBytes(query, (bytes) => parts.push(bytes));
    return Buffer.concat(parts);
  };

  it('gives every row in order, a value larger than what one read of the connection brings included', async () => {
    const expected = Buffer.concat([
      ...Array.from({ length: 300 }, (_, i) => Buffer.from(i.toString(16).padStart(8, '0'), 'hex')),
      Buffer.from('0123456789abcdef'.repeat(100_000), 'hex'),
      Buffer.alloc(0),
      Buffer.from([0, 255, 10, 13]),
    ]);
    const bytes = await streamed(Prisma.sql`
      SELECT value FROM (
        SELECT i AS at, decode(lpad(to_hex(i), 8, '0'), 'hex') AS value FROM generate_series(0, 299) AS i
        UNION ALL SELECT 300, decode(repeat('0123456789abcdef', 100000), 'hex')
        UNION ALL SELECT 301, ''::bytea
        UNION ALL SELECT ${302}, decode(${'00ff0a0d'}, 'hex')
      ) AS rows ORDER BY at`);
    expect(bytes.equals(expected)).toBe(true);
  });

  it('takes parameters as read does, quotes and all', async () => {
    const awkward = `王'明"; DROP TABLE "Court"; --`;
    const bytes = await streamed(Prisma.sql`SELECT convert_to(${awkward}::text, 'UTF8') AS value WHERE ${2}::int = 2`);
    expect(bytes.toString('utf8')).toBe(awkward);
    expect(await store.prisma.court.count()).toBe(0);
  });

  it('gives nothing for no rows, and fails for a statement the store refuses, staying usable', async () => {
    expect((await streamed(Prisma.sql`SELECT ''::bytea AS value WHERE false`)).length).toBe(0);
    await expect(streamed(Prisma.sql`SELECT no_such_column FROM "Court"`)).rejects.toThrow(/no_such_column/);
    expect((await streamed(Prisma.sql`SELECT '\\x0102'::bytea AS value`)).equals(Buffer.from([1, 2]))).toBe(true);
  });
});

describe("PostgreSQL's binary COPY output, however its messages cut it", () => {
  const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
  const int32 = (n: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeInt32BE(n);
    return bytes;
  };
  const values = [Buffer.from('第一段'), Buffer.alloc(0), Buffer.from([0, 1, 2, 255]), Buffer.alloc(300, 7)];
  const output = (extension: Buffer) =>
    Buffer.concat([
      Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'),
      int32(0),
      int32(extension.length),
      extension,
      ...values.flatMap((value) => [int16(1), int32(value.length), value]),
      int16(-1),
    ]);
  const read = (bytes: Buffer, size: number) => {
    const parts: Uint8Array[] = [];
    const fields = new BinaryCopyFields((part) => parts.push(part));
    for (let at = 0; at < bytes.length; at += size) fields.push(bytes.subarray(at, at + size));
    return { bytes: Buffer.concat(parts), complete: fields.complete };
  };

  it('gives the values end to end, whatever the pieces, a header extension skipped', () => {
    for (const extension of [Buffer.alloc(0), Buffer.from('ext')])
      for (const size of [1, 2, 3, 5, 19, 64, 1000])
        expect(read(output(extension), size)).toEqual({ bytes: Buffer.concat(values), complete: true });
  });

  it('says when the output ended before its trailer, and refuses what is no such output', () => {
    const bytes = output(Buffer.alloc(0));
    expect(read(bytes.subarray(0, bytes.length - 2), 7).complete).toBe(false);
    expect(() => read(Buffer.from('COPY 1\n'.repeat(5)), 4)).toThrow('not the binary COPY format');
    expect(() => read(Buffer.concat([bytes.subarray(0, 19), int16(2)]), 4)).toThrow('a row of 2 columns');
    expect(() => read(Buffer.concat([bytes.subarray(0, 19), int16(1), int32(-1)]), 4)).toThrow('a NULL value');
  });
});
