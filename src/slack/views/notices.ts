import type { KnownBlock } from '@slack/types';
import { messages, type Locale } from '../../i18n';
import type { Contact, Identification } from '../../services/identity';
import type { SlackMessage } from '../blockKit';

/** Why Docket does not know someone (see IdentityService.identify). */
type UnknownUser = Extract<Identification, { kind: 'unknown' }>;
import { escape, markdown, mention } from './blocks';

/** One-paragraph messages: errors, refusals, confirmations. */
export function notice(text: string): SlackMessage {
  return { text, blocks: [markdown(text)] };
}

export function unavailableNotice(locale: Locale): SlackMessage {
  return notice(messages(locale).errors.unavailable);
}

export function internalErrorNotice(locale: Locale, reference: string): SlackMessage {
  return notice(messages(locale).errors.internal(reference));
}

function contactList(contacts: Contact[]): string {
  return contacts
    .map((contact) => (contact.slackUserId ? mention(contact.slackUserId) : escape(contact.name)))
    .join('、');
}

/** Tells someone Docket does not know them, why, and whom to ask. */
function unknownUserBlocks(locale: Locale, identification: UnknownUser): KnownBlock[] {
  const text = messages(locale).unknownUser;
  const reason =
    identification.reason === 'no_match' || identification.reason === 'ambiguous'
      ? text.reason[identification.reason](escape(identification.email ?? ''))
      : text.reason[identification.reason];
  const ask = identification.contacts.length > 0 ? text.ask(contactList(identification.contacts)) : text.askNobody;
  return [markdown(`${text.intro}\n${reason}\n${ask}`)];
}

export function unknownUserNotice(locale: Locale, identification: UnknownUser): SlackMessage {
  return { text: messages(locale).unknownUser.intro, blocks: unknownUserBlocks(locale, identification) };
}
