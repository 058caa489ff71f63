import { performance } from 'node:perf_hooks';
import {
  getArticle,
  relatedArticles,
  type RelatedArticles,
  search,
  suggestAlternatives,
  type RegulationIndex,
  type RegulationSuggestion,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from '../../domain/regulations';
import { buildAliasTable, type AliasTable } from '../../domain/regulations/aliasTable';
import { prepareCitingArticles } from '../../domain/regulations/citations';
import { analyzeQuery, type AnalyzedQuery } from '../../domain/regulations/queryAnalysis';
import {
  buildIndex,
  completeIndexSteps,
  TextIndexBuilder,
  type IndexableDocument,
  type TextIndex,
} from '../../domain/regulations/searchIndex';
import type { PrismaClient } from '../../generated/prisma/client';
import type { Store } from '../../store';
import {
  articlesNumbered,
  articlesOfDocuments,
  listDocuments,
  regulationsFingerprint,
  regulationsVersion,
} from '../../store/repositories/regulations';
import {
  fetchIndexSnapshot,
  inSteps,
  loadIndexSnapshot,
  storeIndexSnapshot,
  writeIndexSnapshot,
  writeIndexSnapshotChunks,
  indexSnapshotCopy,
  type IndexSnapshotCopy,
} from './indexSnapshot';
import { loadSearchModel } from './searchModel';

/** How long an index is served before the store is asked whether another process imported something. */
const FRESHNESS_MS = 2000;

/**
 * How long a server's search waits for an index still loading before it answers a citation from the store
 * itself: a snapshot loads in about a second, a build takes several — longer than Slack lets an answer take.
 */
const CITATION_WAIT_MS = 500;

/** What every citation of an article has (第一百六十四条, 第164条): a query without it cites none. */
const MAY_CITE = /第.+条/;

/** What a query cites of the stored documents, read before the index is in memory (`citationPlan`). */
interface CitationPlan {
  readonly stored: Awaited<ReturnType<typeof listDocuments>>;
  readonly documents: IndexableDocument[];
  /** The stored documents' alias table, built once for the plan, the answer and the index completed after them. */
  readonly aliases: AliasTable;
  readonly references: AnalyzedQuery['references'];
  /** Nothing but citations of named laws: no words to rank articles by. */
  readonly alone: boolean;
}

/**
 * Documents read and indexed per step of a build (about 2,000 articles of the national library). The embedded
 * store runs a query on this thread, so one query of every article held a server unresponsive for seconds; in
 * steps, with a pause after each, it keeps answering (/healthz, a citation) while it builds.
 */
const DOCUMENTS_PER_STEP = 50;

async function buildInSteps(prisma: PrismaClient): Promise<TextIndex> {
  const documents = await listDocuments(prisma);
  const builder = new TextIndexBuilder();
  for (let start = 0; start < documents.length; start += DOCUMENTS_PER_STEP) {
    const step = documents.slice(start, start + DOCUMENTS_PER_STEP);
    const articles = new Map<number, IndexableDocument['articles'][number][]>(step.map((d) => [d.id, []]));
    for (const { documentId, ...article } of await articlesOfDocuments(
      prisma,
      step.map((d) => d.id),
    ))
      articles.get(documentId)?.push(article);
    for (const document of step) builder.add({ ...document, articles: articles.get(document.id) ?? [] });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return builder.finish();
}

export interface RegulationSearchDeps {
  prisma: PrismaClient;
  /** Milliseconds on a monotonic clock; tests move it by hand. */
  now?: () => number;
  /** Where the index snapshot is read and written (see indexSnapshot.ts); without it every start builds. */
  snapshotFile?: string;
  /**
   * The store's copy of the snapshot (PostgreSQL: `indexSnapshotCopy`), with `snapshotFile`: read when the file is
   * absent or stale, before building; written after a build, or after loading a file the store has no copy of.
   */
  snapshotCopy?: IndexSnapshotCopy;
  /**
   * A server, which would rather answer now than a few seconds later: while a rebuild runs (the stored texts
   * changed) it answers from the index of the texts before, and while the first index is still loading it answers
   * a citation (民诉法第一百六十四条) from the store. Without it, callers wait for the index (the CLI, which must
   * see an import it just made).
   */
  serveWhileRebuilding?: boolean;
  /** Where to say that a snapshot could not be written (the index in memory still answers); default stderr. */
  log?: (message: string) => void;
}

/**
 * Where a search service over `store` keeps the index snapshot: `file` (`indexSnapshotFile`; none, a build at each
 * start), and beside it, on PostgreSQL, the store's copy.
 */
export function indexSnapshotDeps(
  store: Store,
  file: string | undefined,
): Pick<RegulationSearchDeps, 'snapshotFile' | 'snapshotCopy'> {
  if (!file) return {};
  const snapshotCopy = indexSnapshotCopy(store);
  return snapshotCopy ? { snapshotFile: file, snapshotCopy } : { snapshotFile: file };
}

/** How the index in use was obtained, for the start-up log and `bench:rule-cold`. */
export interface IndexReadiness {
  documents: number;
  articles: number;
  /** The snapshot file, the store's copy of it (then written to the file), or a build. */
  source: 'snapshot' | 'database' | 'build';
  ms: number;
}

/**
 * Regulation look-up over the store: the in-process index of src/domain/regulations, read from its snapshot or built from
 * every stored version of every document on first use (or `warm()` at start-up), and reloaded when the stored
 * regulations change — in this process or any other, found by comparing `regulationsVersion` at most every two
 * seconds. Searches then cost no database round trip.
 */
export class RegulationSearchService {
  private built: { version: string; index: RegulationIndex; readiness: IndexReadiness } | undefined;
  private refreshing: Promise<RegulationIndex> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private checkedAt = Number.NEGATIVE_INFINITY;
  private readonly now: () => number;
  /** The alias table of the last citation plan, and the documents it was built from (`reusableAliases`). */
  private planAliases:
    | { readonly titles: readonly string[]; readonly repealed: readonly boolean[]; readonly table: AliasTable }
    | undefined;

  constructor(private readonly deps: RegulationSearchDeps) {
    this.now = deps.now ?? (() => performance.now());
  }

  /** Loads or builds the index now, so the first person to ask does not wait for it; with its snapshot written. */
  async warm(): Promise<IndexReadiness> {
    await this.index();
    await this.writing;
    return (this.built as NonNullable<typeof this.built>).readiness;
  }

  /** True once an index is in memory: until then a search waits for the snapshot or the build. */
  get ready(): boolean {
    return this.built !== undefined;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    if (!this.built && this.deps.serveWhileRebuilding) {
      const loading = this.index();
      // A citation may be answered without it: a load that fails then is reported to the next search or warm() that
      // waits for it, not left unhandled (which ends the process).
      loading.catch(() => undefined);
      const plan = MAY_CITE.test(query) ? await this.citationPlan(query) : undefined;
      // Citations alone (民诉法第一百六十四条) rank nothing but the articles cited: the store's answer is the index's
      // answer, so it is given without waiting for the index.
      if (plan?.alone) return this.answerCitation(plan, query, options);
      if (plan && !(await this.loadedWithin(loading, CITATION_WAIT_MS)))
        return this.answerCitation(plan, query, options);
    }
    return search(await this.index(), query, options);
  }

  /** Whether the index loads within `ms`: how long a citation beside words waits for it before the store answers. */
  private async loadedWithin(loading: Promise<unknown>, ms: number): Promise<boolean> {
    return Promise.race([
      loading.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref()),
    ]);
  }

  /**
   * For use before the index is in memory: the query searched over every stored version holding only the articles
   * it cites, read from the store in two small queries — a citation is answered at once, as the full index answers
   * it — or undefined when the query cites no article of a named law (its words need the full index).
   */
  async citationFromStore(query: string, options: SearchOptions = {}): Promise<SearchResult | undefined> {
    const plan = await this.citationPlan(query);
    return plan && this.answerCitation(plan, query, options);
  }

  /** The stored documents and what the query cites of them (the first of the two queries); undefined for none. */
  private async citationPlan(query: string): Promise<CitationPlan | undefined> {
    const stored = await listDocuments(this.deps.prisma);
    const documents: IndexableDocument[] = stored.map((d) => ({ ...d, articles: [] }));
    const titles = stored.map((d) => d.title);
    const repealed = stored.map((d) => d.repealed);
    const aliases = buildAliasTable(titles, repealed);
    this.planAliases = { titles, repealed, table: aliases };
    const analyzed = analyzeQuery(query, aliases);
    const references = analyzed.references.filter((r) => r.lawTargets.length > 0);
    if (references.length === 0) return undefined;
    const alone = analyzed.groups.length === 0 && references.length === analyzed.references.length;
    return { stored, documents, aliases, references, alone };
  }

  private async answerCitation(plan: CitationPlan, query: string, options: SearchOptions): Promise<SearchResult> {
    const { stored, documents, aliases, references, alone } = plan;
    const ids = [...new Set(references.flatMap((r) => r.lawTargets))].map((d) => stored[d]?.id as number);
    const articles = await articlesNumbered(
      this.deps.prisma,
      ids,
      references.map((r) => r.ordinal),
    );
    const byDocument = new Map<number, IndexableDocument['articles'][number][]>();
    for (const { documentId, ...article } of articles)
      byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), article]);
    // Citations alone are ranked by nothing the search model holds (it weighs words): not read for them.
    const cited = buildIndex(
      stored.map((d, i) => ({ ...(documents[i] as IndexableDocument), articles: byDocument.get(d.id) ?? [] })),
      alone ? undefined : loadSearchModel(),
      aliases,
    );
    return search(cited, query, options);
  }

  /** What to offer when `search` found nothing. */
  async suggestions(query: string): Promise<RegulationSuggestion[]> {
    return suggestAlternatives(await this.index(), query);
  }

  /** One article by document title and number; the current version unless `versionDate` names another. */
  async article(title: string, number: string, versionDate?: string | null): Promise<SearchHit | undefined> {
    return getArticle(await this.index(), title, number, versionDate);
  }

  /** What that article cites and the interpretations in force that cite it. */
  async related(title: string, number: string, versionDate?: string | null): Promise<RelatedArticles | undefined> {
    return relatedArticles(await this.index(), title, number, versionDate);
  }

  private async index(): Promise<RegulationIndex> {
    if (this.built && this.now() - this.checkedAt < FRESHNESS_MS) return this.built.index;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    if (this.built && this.deps.serveWhileRebuilding) {
      // A failed check (the store unreachable) is retried by the next search; the index in hand still answers.
      this.refreshing.catch(() => undefined);
      return this.built.index;
    }
    return this.refreshing;
  }

  private async refresh(): Promise<RegulationIndex> {
    const checkedAt = this.now();
    const version = await regulationsVersion(this.deps.prisma);
    if (this.built?.version !== version) {
      const started = performance.now();
      const { text, source } = await this.textIndex();
      const index = await inSteps(completeIndexSteps(text, loadSearchModel(), this.reusableAliases(text.documents)));
      this.planAliases = undefined;
      const readiness: IndexReadiness = {
        documents: index.documents.length,
        articles: index.articles.length,
        source,
        ms: Math.round(performance.now() - started),
      };
      this.built = { version, index, readiness };
      if (this.deps.serveWhileRebuilding) this.prepareRelated(index);
    }
    this.checkedAt = checkedAt;
    return this.built.index;
  }

  /**
   * The last citation plan's alias table when it was built from exactly these documents, in this order: a citation
   * answered while the index loads (the usual first /rule after a start) built it already, and completing the index
   * would build it again (`prebuiltAliases` of `completeIndexSteps`).
   */
  private reusableAliases(documents: TextIndex['documents']): AliasTable | undefined {
    const plan = this.planAliases;
    if (!plan || plan.titles.length !== documents.length) return undefined;
    const same = documents.every((d, i) => d.title === plan.titles[i] && (d.status === '已废止') === plan.repealed[i]);
    return same ? plan.table : undefined;
  }

  /**
   * The snapshot for the stored texts when there is one — its file, else the store's copy — else a build from the
   * store (then written as both).
   */
  private async textIndex(): Promise<{ text: TextIndex; source: IndexReadiness['source'] }> {
    const { prisma, snapshotFile, snapshotCopy } = this.deps;
    if (!snapshotFile) return { text: await buildInSteps(prisma), source: 'build' };
    const key = await regulationsFingerprint(prisma);
    const snapshot = await loadIndexSnapshot(snapshotFile, key);
    if (snapshot) {
      // A file written before the store kept copies, or whose copy was lost: given to the hosts without it.
      if (snapshotCopy) this.afterwards('to the store', () => storeIndexSnapshot(snapshotCopy, snapshotFile, key));
      return { text: snapshot, source: 'snapshot' };
    }
    if (snapshotCopy) {
      const copied = await fetchIndexSnapshot(snapshotCopy, key).catch((error: unknown) => {
        this.log(`rules index snapshot not read from the store: ${(error as Error).message}`);
        return undefined;
      });
      if (copied) {
        this.afterwards(`to ${snapshotFile}`, () => writeIndexSnapshotChunks(snapshotFile, copied.chunks));
        return { text: copied.text, source: 'database' };
      }
    }
    const text = await buildInSteps(prisma);
    // Written after the index is in use, and only when no import committed while the documents loaded: the
    // snapshot must hold exactly the texts its key names.
    this.afterwards(`to ${snapshotFile}${snapshotCopy ? ' or the store' : ''}`, async () => {
      if ((await regulationsFingerprint(prisma)) !== key) return;
      await writeIndexSnapshot(snapshotFile, key, text);
      if (snapshotCopy) await storeIndexSnapshot(snapshotCopy, snapshotFile, key);
    });
    return { text, source: 'build' };
  }

  /**
   * Reads which interpretations cite each article (the 全文 modal's 引用本条的司法解释) once the index answers, in
   * steps after the answers that waited for it: the first 全文 would otherwise wait about a second of CPU for them,
   * and Slack's trigger for a modal lasts three.
   */
  private prepareRelated(index: RegulationIndex): void {
    setImmediate(() => {
      inSteps(prepareCitingArticles(index)).catch((error: unknown) =>
        this.log(`rules index: citing articles not read ahead: ${(error as Error).message}`),
      );
    });
  }

  /** Runs `work` after the writes before it, without delaying any answer; a failure is logged, not thrown. */
  private afterwards(where: string, work: () => Promise<unknown>): void {
    this.writing = this.writing.then(work).then(
      () => undefined,
      (error: unknown) => this.log(`rules index snapshot not written ${where}: ${(error as Error).message}`),
    );
  }

  private log(message: string): void {
    (this.deps.log ?? ((line: string) => process.stderr.write(`${line}\n`)))(message);
  }
}
