import type { KnownBlock, ModalView } from '@slack/types';
import type { Locale } from '../../../i18n';
import { regulationsMessages } from '../../../i18n/regulations';
import type { ChangedDocument, DocumentChanges } from '../../../services/regulations/changes';
import type { SlackMessage } from '../../blockKit';
import { button, clip, context, escape, header, markdown, plain } from '../blocks';

export const RULES_DIGEST_ACTIONS = { open: 'rules.digest.open' } as const;

/** Enough to read the week at a glance and stay one message; `docket rules changes` lists the rest. */
const DOCUMENTS_SHOWN = 20;
const NUMBERS_SHOWN = 12;

function numbers(locale: Locale, list: readonly string[]): string {
  const shown = list.slice(0, NUMBERS_SHOWN).join('、');
  return list.length > NUMBERS_SHOWN
    ? `${shown} ${regulationsMessages(locale).digest.more(list.length - NUMBERS_SHOWN)}`
    : shown;
}

/** What changed in one document, as lines: its kind and version, then the amended, added and repealed articles. */
function changeLines(locale: Locale, document: DocumentChanges): string[] {
  const text = regulationsMessages(locale).digest;
  const lines = [
    document.kind === 'new_document'
      ? text.newDocument(escape(clip(document.docType, 40)), document.articles)
      : text.newVersion(document.versionDate),
  ];
  if (document.amended.length > 0) lines.push(text.amended(numbers(locale, document.amended)));
  if (document.added.length > 0) lines.push(text.added(numbers(locale, document.added)));
  if (document.repealed.length > 0) lines.push(text.repealed(numbers(locale, document.repealed)));
  return lines;
}

/** The weekly 规章更新: each changed document with what changed and a button that opens it. */
export function rulesDigestMessage(
  locale: Locale,
  input: { periodKey: string; documents: readonly DocumentChanges[] },
): SlackMessage {
  const text = regulationsMessages(locale).digest;
  const shown = input.documents.slice(0, DOCUMENTS_SHOWN);
  const blocks: KnownBlock[] = [header(text.title(input.periodKey)), markdown(text.intro)];
  for (const document of shown) {
    blocks.push(
      markdown(
        `*《${escape(clip(document.title, 120))}》*\n${changeLines(locale, document).join('\n')}`,
        button(text.open, RULES_DIGEST_ACTIONS.open, String(document.documentId)),
      ),
    );
  }
  if (input.documents.length > shown.length)
    blocks.push(context(text.moreDocuments(input.documents.length - shown.length)));
  blocks.push(context(text.footer));
  return { text: text.fallback(input.documents.length), blocks };
}

/** Articles listed in the modal: each is one block, and a modal holds 100. */
const ARTICLES_SHOWN = 40;
const ARTICLE_TEXT = 2800;

/**
 * A changed document opened from the digest: what changed, then the text of the amended and added articles — or,
 * for a new document, its first articles.
 */
export function ruleDocumentModal(locale: Locale, document: ChangedDocument): ModalView {
  const text = regulationsMessages(locale).digest;
  const changed =
    document.change && document.change.kind === 'new_version'
      ? new Set([...document.change.amended, ...document.change.added])
      : null;
  const listed = changed ? document.articles.filter((article) => changed.has(article.number)) : document.articles;
  const shown = listed.slice(0, ARTICLES_SHOWN);
  const blocks: KnownBlock[] = [
    header(clip(`《${document.title}》`, 150)),
    context(
      `${escape(clip(document.docType, 40))} · ${regulationsMessages(locale).version(document.versionDate)} · ${text.status(document.current)}`,
    ),
  ];
  if (document.change) blocks.push(markdown(changeLines(locale, document.change).join('\n')));
  if (shown.length > 0)
    blocks.push(markdown(changed ? text.changedArticles : text.firstArticles(shown.length, document.articles.length)));
  for (const article of shown) {
    blocks.push({
      type: 'section',
      text: { type: 'plain_text', text: clip(`${article.number}\u3000${article.text}`, ARTICLE_TEXT), emoji: false },
    });
  }
  if (listed.length > shown.length) blocks.push(context(text.moreArticles));
  return { type: 'modal', title: plain(text.modalTitle), close: plain(regulationsMessages(locale).close), blocks };
}
