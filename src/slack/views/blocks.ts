import type {
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  Overflow,
  PlainTextElement,
  SectionBlock,
} from '@slack/types';

/** Small Block Kit builders shared by the views; they only shape data. */

export function plain(text: string): PlainTextElement {
  return { type: 'plain_text', text, emoji: true };
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: plain(text) };
}

export function markdown(text: string, accessory?: Button | Overflow): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text }, ...(accessory ? { accessory } : {}) };
}

export function fields(pairs: ReadonlyArray<readonly [label: string, value: string]>): SectionBlock {
  return { type: 'section', fields: pairs.map(([label, value]) => ({ type: 'mrkdwn', text: `*${label}*\n${value}` })) };
}

export function context(...texts: string[]): ContextBlock {
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn', text })) };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value?: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: plain(text),
    action_id: actionId,
    ...(value !== undefined ? { value } : {}),
    ...(style ? { style } : {}),
  };
}

export function actions(...buttons: Button[]): KnownBlock {
  return { type: 'actions', elements: buttons };
}

/** Data (案由, party names) must not inject markup: Slack's three escapes (src/i18n/userText). */
export { escapeMrkdwn as escape } from '../../i18n';

/** Imported data (案由, names) can be any length; a view shows at most `max` characters of it. */
export function clip(text: string, max: number): string {
  return [...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`;
}

/** A user mention that Slack renders as the person's name. */
export function mention(slackUserId: string): string {
  return `<@${slackUserId}>`;
}
