import type {
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  InputBlock,
  KnownBlock,
  ModalView,
  Overflow,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';

/** Small Block Kit builders shared by the views; they only shape data. */

export function plain(text: string): PlainTextElement {
  return { type: 'plain_text', text, emoji: true };
}

export function option(text: string, value: string): PlainTextOption {
  return { text: plain(text), value };
}

/**
 * A window that submits a form: the callback its submission is routed by, the state it carries back
 * (private_metadata, JSON), its title, its submit and close buttons.
 */
export function formModal(form: {
  callbackId: string;
  state: unknown;
  title: string;
  submit: string;
  close: string;
  blocks: KnownBlock[];
}): ModalView {
  return {
    type: 'modal',
    callback_id: form.callbackId,
    private_metadata: JSON.stringify(form.state),
    title: plain(form.title),
    submit: plain(form.submit),
    close: plain(form.close),
    blocks: form.blocks,
  };
}

/** An input element before its action_id (every one of each kind, not only what the kinds share). */
type UnnamedElement<Element> = Element extends unknown ? Omit<Element, 'action_id'> : never;

/** One field of a form; its element's action_id is always `value`, which the submission handlers read. */
export function inputBlock(
  blockId: string,
  label: string,
  element: UnnamedElement<InputBlock['element']>,
  options: { optional?: boolean } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    ...(options.optional ? { optional: true } : {}),
    label: plain(label),
    element: { ...element, action_id: 'value' } as InputBlock['element'],
  };
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
