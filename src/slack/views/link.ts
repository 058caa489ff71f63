import { messages, type Locale } from '../../i18n';
import type { LinkChange } from '../../services/identity';
import type { SlackMessage } from '../blockKit';
import { actions, button, escape, markdown, mention } from './blocks';

export const LINK_ACTIONS = { confirm: 'docket.link.confirm', cancel: 'docket.link.cancel' } as const;

/**
 * `/docket link` when it would replace a link: who is linked to whom now, and a question with 确认更换 / 取消.
 * `value` (the planned change) rides on the confirm button and is checked again when pressed.
 */
export function linkConfirmation(locale: Locale, change: LinkChange, value: string): SlackMessage {
  const text = messages(locale).docket;
  const user = mention(change.slackUserId);
  const name = escape(change.person.name);
  const now = [
    ...(change.person.slackUserId ? [text.personLinkedNow(name, mention(change.person.slackUserId))] : []),
    ...(change.holder ? [text.slackLinkedNow(user, escape(change.holder.name))] : []),
  ];
  const question = text.linkQuestion(user, name);
  return {
    text: question,
    blocks: [
      markdown(`*${text.linkTitle}*\n${now.join('\n')}\n${question}`),
      actions(
        button(text.confirmLink, LINK_ACTIONS.confirm, value, 'danger'),
        button(text.cancelLink, LINK_ACTIONS.cancel),
      ),
    ],
  };
}
