import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseRegulationDocument } from '../../src/domain/regulations/parser';
import type { IndexableDocument } from '../../src/domain/regulations/searchIndex';
import { toIndexable } from '../../src/domain/regulations/searchIndex';
import type { JudgedQuery } from './metrics';

/** The shared corpus lives beside the repository; the product never reads it, only these scripts do. */
export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus');

export function corpusAvailable(): boolean {
  return existsSync(path.join(CORPUS_DIR, 'laws'));
}

/** Markdown and text files under `dir`, in subfolders too (the shipped library groups them by kind). */
function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|txt)$/.test(f) && !/(^|\/)README\.md$/.test(f))
    .sort();
}

/**
 * The documents under `dir`, parsed. As in the store, the latest version of a title is its current one and the
 * others are superseded (the shipped library holds several versions of some laws).
 */
export function loadCorpusDocuments(dir = path.join(CORPUS_DIR, 'laws')): IndexableDocument[] {
  const documents = ruleFiles(dir).map((file) => {
    const parsed = parseRegulationDocument(readFileSync(path.join(dir, file), 'utf8'), {
      fallbackTitle: path.basename(file).replace(/\.[^.]+$/, ''),
    });
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.reason}`);
    return toIndexable(parsed.value);
  });
  const latest = new Map<string, string>();
  for (const d of documents) {
    const date = d.versionDate ?? '';
    if ((latest.get(d.title) ?? '') <= date) latest.set(d.title, date);
  }
  return documents.map((d) => ({ ...d, current: (d.versionDate ?? '') === latest.get(d.title) }));
}

export function loadQueries(file = path.join(CORPUS_DIR, 'queries-dev.json')): JudgedQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

/**
 * `loadCorpusDocuments(dir)`, cached in the OS temp directory under a hash of the files' names, sizes and modification
 * times: for the tuning loops, where parsing 1,400 files each run is most of the wait.
 */
export function cachedLibrary(dir: string): IndexableDocument[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  const hash = createHash('sha256');
  for (const f of files) {
    const s = statSync(path.join(dir, f));
    hash.update(`${f}\u0000${s.size}\u0000${s.mtimeMs}\n`);
  }
  const cache = path.join(os.tmpdir(), `docket-library-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as IndexableDocument[];
  const documents = loadCorpusDocuments(dir);
  writeFileSync(cache, JSON.stringify(documents));
  return documents;
}
