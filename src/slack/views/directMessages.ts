import type { Locale } from '../../i18n';
import { directMessagesMessages } from '../../i18n/directMessages';
import type { SlackMessage } from '../blockKit';
import { context, markdown } from './blocks';

/** What the Messages tab understands, with an example of each; `notUnderstood` says the last message was not. */
export function directHelpMessage(locale: Locale, notUnderstood: boolean): SlackMessage {
  const text = directMessagesMessages(locale);
  const lines = text.examples.map(([question, answer]) => `• \`${question}\` — ${answer}`);
  return {
    text: text.helpTitle,
    blocks: [markdown(`${text.helpIntro(notUnderstood)}\n${lines.join('\n')}`), context(text.footer)],
  };
}
