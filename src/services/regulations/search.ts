import { performance } from 'node:perf_hooks';
import {
  buildIndex,
  getArticle,
  relatedArticles,
  type RelatedArticles,
  search,
  suggestAlternatives,
  type IndexableDocument,
  type RuleIndex,
  type RuleSuggestion,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from '../../domain/regulations';
import type { PrismaClient } from '../../generated/prisma/client';
import { loadAllDocuments, regulationsVersion } from '../../store/repositories/regulations';
import { loadSearchModel } from './searchModel';

/** How long an index is served before the store is asked whether another process imported something. */
const FRESHNESS_MS = 2000;

export interface RegulationSearchDeps {
  prisma: PrismaClient;
  /** Milliseconds on a monotonic clock; tests move it by hand. */
  now?: () => number;
}

/**
 * Rule look-up over the store: the in-process index of src/domain/regulations, built from every stored version of
 * every document on first use (or `warm()` at start-up), and rebuilt when the stored regulations change — in
 * this process or any other, found by comparing `regulationsVersion` at most every two seconds. Searches then
 * cost no database round trip.
 */
export class RegulationSearchService {
  private built: { version: string; index: RuleIndex } | undefined;
  private refreshing: Promise<RuleIndex> | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private readonly now: () => number;

  constructor(private readonly deps: RegulationSearchDeps) {
    this.now = deps.now ?? (() => performance.now());
  }

  /** Builds the index now, so the first person to ask does not wait for it. */
  async warm(): Promise<{ documents: number; articles: number }> {
    const index = await this.index();
    return { documents: index.documents.length, articles: index.articles.length };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return search(await this.index(), query, options);
  }

  /** What to offer when `search` found nothing. */
  async suggestions(query: string): Promise<RuleSuggestion[]> {
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

  private async index(): Promise<RuleIndex> {
    if (this.built && this.now() - this.checkedAt < FRESHNESS_MS) return this.built.index;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<RuleIndex> {
    const checkedAt = this.now();
    const version = await regulationsVersion(this.deps.prisma);
    if (this.built?.version !== version) {
      // An import committing while the documents load makes the next check rebuild again: never stale for long.
      const documents: IndexableDocument[] = await loadAllDocuments(this.deps.prisma);
      this.built = { version, index: buildIndex(documents, loadSearchModel()) };
    }
    this.checkedAt = checkedAt;
    return this.built.index;
  }
}
