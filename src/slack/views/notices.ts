import type { KnownBlock } from '@slack/types';
import { messages, type Locale } from '../../i18n';
import type { SlackMessage } from '../blockKit';
import { escape, markdown, mention } from './blocks';

export interface ContactInput {
  name: string;
  slackUserId: string | null;
}

/** Why Docket does not know someone (see IdentityService.identify). */
export interface UnknownUserInput {
  reason: 'no_email' | 'no_match' | 'ambiguous' | 'inactive';
  email?: string;
  contacts: ContactInput[];
}

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

function contactList(contacts: ContactInput[]): string {
  return contacts
    .map((contact) => (contact.slackUserId ? mention(contact.slackUserId) : escape(contact.name)))
    .join('、');
}

/** Tells someone Docket does not know them, why, and whom to ask. */
export function unknownUserBlocks(locale: Locale, identification: UnknownUserInput): KnownBlock[] {
  const text = messages(locale).unknownUser;
  const reason =
    identification.reason === 'no_match' || identification.reason === 'ambiguous'
      ? text.reason[identification.reason](escape(identification.email ?? ''))
      : text.reason[identification.reason];
  const ask = identification.contacts.length > 0 ? text.ask(contactList(identification.contacts)) : text.askNobody;
  return [markdown(`${text.intro}\n${reason}\n${ask}`)];
}

export function unknownUserNotice(locale: Locale, identification: UnknownUserInput): SlackMessage {
  return { text: messages(locale).unknownUser.intro, blocks: unknownUserBlocks(locale, identification) };
}
