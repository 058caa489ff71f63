import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { NumberingEvent } from '../../scripts/lawLibrary/numbering';
import { amendingActs, numberingHistory } from '../../scripts/lawLibrary/numbering';
import { readSnapshot } from '../../scripts/lawLibrary/snapshot';
import { parseRegulationDocument } from '../../src/domain/regulations/parser';
import type { RegulationIndex } from '../../src/domain/regulations/searchIndex';
import { buildIndex, toIndexable } from '../../src/domain/regulations/searchIndex';

const SNAPSHOT_DIR = path.resolve(__dirname, '../../../shared/corpus/lawrefbook');

/** The library as the citation benches read it: its index, each version's preamble, the snapshot's amending acts. */
export interface HeldLibrary {
  readonly index: RegulationIndex;
  /** `${title}@${versionDate}` → the version's preamble (its history lines). */
  readonly preambles: ReadonlyMap<string, string>;
  /** The snapshot's amending acts (empty where ../shared is absent), for `numberingHistory`. */
  readonly acts: Map<string, string>;
  readonly verbose: boolean;
}

/** Reads `--library DIR` (default data/laws) and `--verbose` from the command line, and the library they name. */
export async function loadHeldLibrary(args: readonly string[]): Promise<HeldLibrary> {
  const libraryDir = args.includes('--library')
    ? path.resolve(args[args.indexOf('--library') + 1] as string)
    : path.resolve(__dirname, '../../data/laws');
  const acts = existsSync(path.join(SNAPSHOT_DIR, 'db.sqlite3'))
    ? amendingActs((await readSnapshot(SNAPSHOT_DIR, new Set(['法律', '宪法', '司法解释', '行政法规']))).entries, (f) =>
        readFileSync(path.join(SNAPSHOT_DIR, f), 'utf8'),
      )
    : new Map<string, string>();
  const files = readdirSync(libraryDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  const preambles = new Map<string, string>();
  const documents = files.map((file) => {
    const parsed = parseRegulationDocument(readFileSync(path.join(libraryDir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.reason}`);
    preambles.set(`${parsed.value.document.title}@${parsed.value.document.versionDate}`, parsed.value.preamble);
    return { ...toIndexable(parsed.value, parsed.value.document.extra.status !== '已修改') };
  });
  return { index: buildIndex(documents), preambles, acts, verbose: args.includes('--verbose') };
}

/**
 * What the cited version's history says of a citation made on `citingDate`, before that version: certain where the
 * citation is `Citation.known`, renumbered where an event after `citingDate` renumbered it, else unknown — with
 * those events (docs/rules.md, Known limits).
 */
export function oldCitationKind(
  library: HeldLibrary,
  cited: RegulationIndex['documents'][number],
  citingDate: string,
  known: boolean,
): { kind: 'certain' | 'renumbered' | 'unknown'; events: Array<{ date: string; event: NumberingEvent }> } {
  const events = numberingHistory(
    library.preambles.get(`${cited.title}@${cited.versionDate}`) ?? '',
    cited.title,
    cited.versionDate ?? '',
    library.acts,
  ).filter((e) => e.date > citingDate);
  const kind = known ? 'certain' : events.some((e) => e.event === 'renumbered') ? 'renumbered' : 'unknown';
  return { kind, events };
}
