import fs from 'node:fs/promises';
import { CliError } from '../errors';

/** The text of `--input FILE`, or all of stdin; a terminal with nothing piped is a usage error. */
export async function readInputText(file: string | undefined): Promise<string> {
  if (file !== undefined) {
    try {
      return await fs.readFile(file, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  if (process.stdin.isTTY) throw new CliError('no input: pipe one JSON object to stdin or use --input FILE');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON.parse with the parse error as a usage error naming the source. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${source} is not valid JSON (输入不是有效的JSON): ${(error as Error).message}`);
  }
}
