import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';

/**
 * exceljs 4.4 decodes each chunk of a zipped XML part to text on its own, so a Chinese character
 * whose three UTF-8 bytes straddle a chunk boundary turns into U+FFFD (seen on real workbooks: a
 * 内 in one 案号 in every ~1,400). This replaces its SAX driver, before exceljs loads, with the same
 * generator fed through a StringDecoder that carries partial characters over to the next chunk.
 * Import this module before exceljs.
 */
type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  let error: Error | undefined;
  let events: SaxEvent[] = [];
  parser.on('error', (cause) => {
    error = cause;
  });
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  const decoder = new StringDecoder('utf8');
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

const requireFromExceljs = createRequire(require.resolve('exceljs'));
const modulePath = requireFromExceljs.resolve('./lib/utils/parse-sax');
// Once exceljs has loaded its own driver, its readers hold it and replacing it here would change nothing,
// silently: fail loudly instead, so whoever imported exceljs first imports this module before it.
if (require.cache[modulePath] !== undefined && require.cache[modulePath]?.exports !== parseSax) {
  throw new Error(
    'exceljs was loaded before src/cmsExports/readers/exceljsUtf8: import that module first, or XLSX text may be garbled',
  );
}
require.cache[modulePath] = {
  id: modulePath,
  filename: modulePath,
  loaded: true,
  exports: parseSax,
} as unknown as NodeJS.Module;
