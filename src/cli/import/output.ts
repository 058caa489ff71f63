import type { Lang, Localized } from '../../i18n/localized';
import type { ImportSummary } from '../../services/imports/summary';
import { renderTable, type Column } from '../table';

const say = (message: Localized, lang: Lang) => message[lang];

/** The summary for scripts (--json): counts, then every error and change. */
export function summaryJson(summary: ImportSummary, lang: Lang): string {
  return JSON.stringify({
    inserted: summary.inserted,
    updated: summary.updated,
    unchanged: summary.unchanged,
    rejected: summary.rejected,
    errors: summary.errors.map((error) => ({
      row: error.row,
      column: error.column,
      value: error.value,
      message: say(error.reason, lang),
    })),
    outcome: summary.outcome,
    runId: summary.runId,
    changes: summary.changes.map((change) => ({
      row: change.row,
      key: change.key,
      field: say(change.field, lang),
      before: change.before,
      after: change.after,
    })),
    ignoredColumns: summary.ignoredColumns,
    notes: summary.notes.map((note) => say(note, lang)),
    ...(summary.extensions ? { extensions: summary.extensions } : {}),
  });
}

/** How many errors and changes the terminal shows before pointing to --report / --json. */
const SHOWN = 50;

const HEADINGS = {
  zh: {
    errors: ['行', '列', '值', '原因'],
    changes: ['行', '案号/人员', '字段', '原值', '新值'],
    ignored: '以下列未导入：',
    more: (count: number) => `……另有 ${count} 条，完整内容见 --report 或 --json`,
    outcome: {
      committed: '已导入',
      dry_run: '试运行（未写入）',
      rejected: '存在错误行，未导入任何数据（可用 --skip-invalid 仅导入有效行）',
      allRejected: '所有行都有错误，未导入任何数据',
    },
    counts: (s: ImportSummary) =>
      `新增 ${s.inserted}，更新 ${s.updated}，未变 ${s.unchanged}，拒绝 ${s.rejected}（共 ${s.rows} 行）`,
  },
  en: {
    errors: ['row', 'column', 'value', 'why'],
    changes: ['row', 'record', 'field', 'before', 'after'],
    ignored: 'Columns not imported: ',
    more: (count: number) => `… and ${count} more; see --report or --json`,
    outcome: {
      committed: 'imported',
      dry_run: 'dry run (nothing written)',
      rejected: 'rows were rejected, so nothing was imported (--skip-invalid imports the valid rows)',
      allRejected: 'every row was rejected, so nothing was imported',
    },
    counts: (s: ImportSummary) =>
      `inserted ${s.inserted}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${s.rejected} (${s.rows} rows)`,
  },
} as const;

/** Columns over rows of strings, each cut at its width. */
function columns(headers: readonly string[], maxWidths: readonly number[]): Column<readonly string[]>[] {
  return headers.map((header, index) => ({
    header,
    value: (row) => row[index] ?? '',
    ...(maxWidths[index] !== undefined ? { maxWidth: maxWidths[index] } : {}),
  }));
}

/** The summary for people: errors and changes as tables, then the counts and what happened. */
export function summaryText(summary: ImportSummary, lang: Lang): string {
  const words = HEADINGS[lang];
  const parts: string[] = [];
  if (summary.errors.length > 0) {
    const rows = summary.errors
      .slice(0, SHOWN)
      .map((error) => [String(error.row), error.column, error.value, say(error.reason, lang)]);
    parts.push(renderTable(columns(words.errors, [6, 12, 28]), rows));
    if (summary.errors.length > SHOWN) parts.push(words.more(summary.errors.length - SHOWN));
  }
  if (summary.changes.length > 0) {
    const rows = summary.changes
      .slice(0, SHOWN)
      .map((change) => [
        String(change.row),
        change.key,
        say(change.field, lang),
        change.before ?? '',
        change.after ?? '',
      ]);
    parts.push(renderTable(columns(words.changes, [6, 26, 12, 24]), rows));
    if (summary.changes.length > SHOWN) parts.push(words.more(summary.changes.length - SHOWN));
  }
  if (summary.ignoredColumns.length > 0)
    parts.push(words.ignored + summary.ignoredColumns.join(lang === 'zh' ? '、' : ', '));
  for (const note of summary.notes) parts.push(say(note, lang));
  const outcome = summary.outcome === 'rejected' && summary.rejected >= summary.rows ? 'allRejected' : summary.outcome;
  parts.push(`${words.outcome[outcome]}: ${words.counts(summary)}`);
  return parts.join('\n\n');
}
