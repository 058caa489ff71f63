import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { CsvEncoding, Sheet, SheetRow } from './sheet';

export interface SheetFormat {
  readonly format: Sheet['format'];
  readonly encoding: CsvEncoding | null;
  /** Parses the file's bytes into rows as they arrive. */
  parse(input: Readable): AsyncIterable<SheetRow>;
  /** Turns a parser's failure into what the user should be told (an UnusableFileError where it can). */
  problem(error: unknown): Error;
}

/**
 * Reads the file once for both the rows and the bookkeeping: the parser consumes the same bytes that
 * are hashed and counted, so the digest and the progress bar describe exactly what was imported.
 */
export function streamedSheet(file: string, size: number, format: SheetFormat): Sheet {
  const hash = createHash('sha256');
  let done = 0;

  async function* rows(): AsyncIterable<SheetRow> {
    const input = fs.createReadStream(file);
    input.on('data', (chunk) => {
      hash.update(chunk as Buffer);
      done += chunk.length;
    });
    try {
      yield* format.parse(input);
    } catch (error) {
      throw format.problem(error);
    } finally {
      input.destroy();
    }
  }

  return {
    format: format.format,
    encoding: format.encoding,
    rows: rows(),
    progress: () => ({ done, total: size }),
    sha256: () => hash.copy().digest('hex'),
  };
}
