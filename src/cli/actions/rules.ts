import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates';
import type { RegulationSuggestion, SearchHit } from '../../domain/regulations';
import { chooseLang, type Lang } from '../../i18n/localized';
import { regulationsMessages, searchNoteText } from '../../i18n/regulations';
import { dayIn } from '../../services/clock';
import { instantAt } from '../../services/digests/cron';
import {
  RegulationImportService,
  RegulationPathError,
  type RegulationFileOutcome,
} from '../../services/regulations/importDocuments';
import { RegulationChangesService } from '../../services/regulations/changes';
import { indexSnapshotDeps, RegulationSearchService } from '../../services/regulations/search';
import { CliError, ExitCode } from '../errors';
import { rulesIndexSnapshotFile, writeRulesIndexForNextStart } from '../rulesIndex';
import { withCliStore } from '../store';

const importFlags = z.strictObject({
  json: z.boolean().default(false),
  docType: z.string().trim().min(1).optional(),
  lang: z.enum(['zh', 'zh-CN', 'en']).optional(),
});

const changesFlags = z.strictObject({
  since: z.string().refine(isIsoDate, '--since must be a date in YYYY-MM-DD form'),
  json: z.boolean().default(false),
});

const searchFlags = z.strictObject({
  limit: z.coerce
    .number({ message: '--limit must be a whole number' })
    .int('--limit must be a whole number')
    .min(1, '--limit must be 1 to 100')
    .max(100, '--limit must be 1 to 100')
    .default(10),
  json: z.boolean().default(false),
  batch: z.string().min(1).optional(),
  lang: z.enum(['zh', 'zh-CN', 'en']).optional(),
});

function parsed<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new CliError(result.error.issues[0]?.message ?? 'invalid options');
  return result.data;
}

const STATUS_MARK: Record<RegulationFileOutcome['status'], string> = {
  new_document: '+',
  new_version: '↑',
  older_version: '·',
  unchanged: '=',
  rejected: '✗',
};

function outcomeLine(outcome: RegulationFileOutcome, lang: Lang): string {
  const what = outcome.title ? `${outcome.title} (${outcome.versionDate}, ${outcome.articles} articles)` : '';
  const lines = [
    `${STATUS_MARK[outcome.status]} ${outcome.status.padEnd(13)} ${outcome.file}${what ? `  ${what}` : ''}`,
  ];
  if (outcome.changes) {
    const { replaced, amended, added, repealed } = outcome.changes;
    lines.push(
      `    replaces ${replaced}: amended ${amended.length}, added ${added.length}, repealed ${repealed.length}`,
    );
  }
  if (outcome.reason) lines.push(`    ${outcome.reason[lang]}`);
  for (const note of outcome.notes ?? []) lines.push(`    note: ${note[lang]}`);
  return lines.join('\n');
}

function outcomeJson(outcome: RegulationFileOutcome, lang: Lang) {
  return {
    ...outcome,
    ...(outcome.reason ? { reason: outcome.reason[lang] } : {}),
    ...(outcome.notes ? { notes: outcome.notes.map((note) => note[lang]) } : {}),
  };
}

/**
 * The outside contract of `docket rule search --json` and `--batch`: `law` (the full title, no version), `article`
 * (第X条), score and snippet; beside them the version (its date), its validity, the chapter path and, for an article
 * the query's words missed, the article citing it that was found (`citedIn`).
 */
function hitJson(hit: SearchHit) {
  return {
    law: hit.documentTitle,
    article: hit.articleNumber,
    score: hit.score,
    snippet: hit.snippet,
    version: hit.versionDate,
    status: hit.status,
    docType: hit.docType,
    chapter: hit.chapter,
    ...(hit.citedIn ? { citedIn: { law: hit.citedIn.documentTitle, article: hit.citedIn.articleNumber } } : {}),
  };
}

function hitLines(hit: SearchHit, rank: number): string {
  const version = ` [${hit.versionDate ?? ''} ${hit.status}]`;
  const chapter = hit.chapter ? `  ${hit.chapter}` : '';
  const citedIn = hit.citedIn ? `  ← ${hit.citedIn.documentTitle} ${hit.citedIn.articleNumber}` : '';
  return `${rank}. ${hit.documentTitle} ${hit.articleNumber}${chapter}${version}  (${hit.score})${citedIn}\n   ${hit.snippet}`;
}

function readBatch(file: string): string[] {
  let content: string;
  try {
    content = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file} (${(error as { code?: string }).code ?? 'error'})`);
  }
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `docket rules import <path>`. */
export async function rulesImport(target: string, raw: unknown): Promise<void> {
  const options = parsed(importFlags, raw);
  const lang = chooseLang(options.lang, process.env.LANG);
  const outcomes = await withCliStore(async (store) => {
    let imported: RegulationFileOutcome[];
    try {
      imported = await new RegulationImportService({ store }).importPath(target, {
        actor: `cli:${os.userInfo().username}`,
        ...(options.docType ? { docType: options.docType } : {}),
      });
    } catch (error) {
      if (error instanceof RegulationPathError) throw new CliError(error.reason[lang]);
      throw error;
    }
    if (imported.some((outcome) => outcome.status !== 'unchanged' && outcome.status !== 'rejected'))
      await writeRulesIndexForNextStart(store);
    return imported;
  });
  if (options.json) {
    console.log(
      JSON.stringify(
        outcomes.map((outcome) => outcomeJson(outcome, lang)),
        null,
        2,
      ),
    );
  } else {
    for (const outcome of outcomes) console.log(outcomeLine(outcome, lang));
    const tally = (status: RegulationFileOutcome['status']) =>
      outcomes.filter((outcome) => outcome.status === status).length;
    console.log(
      `\n${outcomes.length} file(s): ${tally('new_document')} new, ${tally('new_version')} new version, ${tally('older_version')} older version, ${tally('unchanged')} unchanged, ${tally('rejected')} rejected`,
    );
  }
  if (outcomes.some((outcome) => outcome.status === 'rejected')) process.exitCode = ExitCode.dataProblems;
}

/** `docket rules changes --since <day>`. */
export async function rulesChanges(raw: unknown): Promise<void> {
  const options = parsed(changesFlags, raw);
  const changes = await withCliStore((store) =>
    new RegulationChangesService({ prisma: store.prisma }).since(instantAt(options.since, 0, 'Asia/Shanghai')),
  );
  if (options.json) {
    console.log(
      JSON.stringify(
        changes.map(({ documentId: _id, recordedAt, ...change }) => ({
          ...change,
          recordedAt: recordedAt.toISOString(),
        })),
        null,
        2,
      ),
    );
    return;
  }
  if (changes.length === 0) console.log(`no rule changes since ${options.since}`);
  for (const change of changes) {
    console.log(
      `${dayIn(change.recordedAt, 'Asia/Shanghai')}  ${change.kind.padEnd(12)} ${change.title} (${change.docType}, ${change.versionDate})${change.summary ? `  ${change.summary}` : ''}`,
    );
    for (const [label, numbers] of [
      ['amended', change.amended],
      ['added', change.added],
      ['repealed', change.repealed],
    ] as const) {
      if (numbers.length > 0) console.log(`    ${label}: ${numbers.join('、')}`);
    }
  }
}

const localeOf = (lang: Lang) => (lang === 'en' ? 'en' : 'zh-CN');

/** The catalogue's texts are Slack mrkdwn; a terminal shows them without the code marks. */
const plain = (text: string): string => text.replace(/`/g, '');

/** Nothing found, as /rule says it: what was understood (no such article, law or version) and what to try. */
function noResultsLines(lang: Lang, query: string, suggestions: readonly RegulationSuggestion[]): string {
  const text = regulationsMessages(localeOf(lang));
  const lines = [text.noResults(query.length > 40 ? `${query.slice(0, 40)}…` : query)];
  const words: string[] = [];
  for (const suggestion of suggestions) {
    if (suggestion.kind === 'article-range')
      lines.push(`  ${text.noSuchArticle(suggestion.title, suggestion.cited, suggestion.first, suggestion.last)}`);
    else if (suggestion.kind === 'unknown-law') lines.push(`  ${text.unknownLaw(suggestion.name)}`);
    else if (suggestion.kind === 'short-name')
      lines.push(
        `  ${(suggestion.titles.length === 1 ? text.shortNameOne : text.shortName)(suggestion.name, suggestion.titles.map((t) => `《${t}》`).join('、'))}`,
      );
    else if (suggestion.kind === 'repealed-law')
      lines.push(
        `  ${text.repealedLaw(suggestion.title, suggestion.repealedBy, suggestion.article, suggestion.effectiveDate ?? '')}`,
      );
    else if (suggestion.kind === 'no-such-version')
      lines.push(`  ${text.noSuchVersion(suggestion.title, suggestion.year, suggestion.versions.join('、'))}`);
    else if (suggestion.kind === 'fewer-words') words.push(`${suggestion.query} (${suggestion.total})`);
    else lines.push(`  ${text.examples}`);
  }
  if (words.length > 0) lines.push(`  ${text.fewerWords}${words.join('  ')}`);
  return plain(lines.join('\n'));
}

/** `docket rule search [query]`. */
export async function ruleSearch(query: string | undefined, raw: unknown): Promise<void> {
  const options = parsed(searchFlags, raw);
  if (options.batch === undefined && (query === undefined || query.trim() === ''))
    throw new CliError('give a query, or --batch FILE with one query per line');
  const queries = options.batch !== undefined ? readBatch(options.batch) : [query as string];
  await withCliStore(async (store) => {
    // The snapshot `docket serve` also reads: a batch after an import builds it once, later runs load it.
    const snapshotFile = rulesIndexSnapshotFile();
    const rules = new RegulationSearchService({ prisma: store.prisma, ...indexSnapshotDeps(store, snapshotFile) });
    const { articles } = await rules.warm();
    if (articles === 0)
      throw new CliError('no rules are imported yet: run docket rules import <file|dir> first', ExitCode.environment);
    for (const text of queries) {
      const result = await rules.search(text, { limit: options.limit });
      const { hits } = result;
      if (options.batch !== undefined) console.log(JSON.stringify(hits.map(hitJson)));
      else if (options.json) console.log(JSON.stringify(hits.map(hitJson), null, 2));
      else {
        const lang = chooseLang(options.lang, process.env.LANG);
        const messages = regulationsMessages(localeOf(lang));
        if (result.truncated) console.log(plain(messages.truncated(result.query.length)));
        // Without hits the suggestions say it (a repealed law cited), as /rule's answer does.
        for (const note of hits.length > 0 ? result.notes : []) console.log(plain(searchNoteText(messages, note)));
        console.log(
          hits.length > 0
            ? hits.map((hit, i) => hitLines(hit, i + 1)).join('\n')
            : noResultsLines(lang, result.query || text, await rules.suggestions(text)),
        );
      }
    }
  });
}
