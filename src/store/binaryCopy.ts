/**
 * The signature, flags and header-extension length that open PostgreSQL's binary COPY format (an extension, if
 * any, follows).
 */
const COPY_HEADER_BYTES = 19;

/**
 * A reader of PostgreSQL's binary COPY output for rows of one bytea column: every field's bytes to `onBytes`, in
 * order, however the messages cut them.
 */
export class BinaryCopyFields {
  private state: 'header' | 'extension' | 'fields' | 'length' | 'value' | 'done' = 'header';
  private need = COPY_HEADER_BYTES;
  private pending = Buffer.alloc(0);
  private valueLeft = 0;

  constructor(private readonly onBytes: (bytes: Uint8Array) => void) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && this.state !== 'done') {
      if (this.state === 'value') {
        const take = Math.min(this.valueLeft, chunk.length - at);
        // A copy: the COPY stream may hand out a view of a buffer it reuses.
        this.onBytes(Uint8Array.prototype.slice.call(chunk, at, at + take));
        at += take;
        this.valueLeft -= take;
        if (this.valueLeft === 0) this.expect('fields', 2);
        continue;
      }
      const take = Math.min(this.need - this.pending.length, chunk.length - at);
      this.pending = Buffer.concat([this.pending, chunk.subarray(at, at + take)]);
      at += take;
      if (this.pending.length < this.need) return;
      const bytes = this.pending;
      this.pending = Buffer.alloc(0);
      this.read(bytes);
    }
  }

  /** Whether the trailer was read: every row came. */
  get complete(): boolean {
    return this.state === 'done';
  }

  private read(bytes: Buffer): void {
    switch (this.state) {
      case 'header': {
        if (!bytes.subarray(0, 11).equals(Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1')))
          throw new Error('not the binary COPY format');
        const extension = bytes.readUInt32BE(15);
        this.expect(extension > 0 ? 'extension' : 'fields', extension > 0 ? extension : 2);
        return;
      }
      case 'extension':
        return this.expect('fields', 2);
      case 'fields': {
        const fields = bytes.readInt16BE(0);
        if (fields === -1) {
          this.state = 'done';
          return;
        }
        if (fields !== 1) throw new Error(`a row of ${fields} columns, not one`);
        return this.expect('length', 4);
      }
      case 'length': {
        const length = bytes.readInt32BE(0);
        if (length < 0) throw new Error('a NULL value');
        this.valueLeft = length;
        if (length === 0) this.expect('fields', 2);
        else this.state = 'value';
        return;
      }
      default:
        throw new Error(`unexpected bytes in state ${this.state}`);
    }
  }

  private expect(state: BinaryCopyFields['state'], bytes: number): void {
    this.state = state;
    this.need = bytes;
  }
}
