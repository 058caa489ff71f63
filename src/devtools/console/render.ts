/**
 * Block Kit as readable terminal text, for the local console: headers underlined, fields as
 * "label: value", buttons (and the options of ⋯ menus) numbered so they can be pressed by typing the
 * number. Only shapes text.
 */

export interface ConsoleButton {
  number: number;
  label: string;
  actionId: string;
  value?: string;
  /** An option of a ⋯ (overflow) menu: pressing it picks the option. */
  overflow?: true;
  /** For an option of a select menu: the option's value, sent as selected_option. */
  selectedOption?: string;
}

export interface ConsoleInput {
  blockId: string;
  label: string;
  kind: string;
  initial?: string;
  options?: Array<{ label: string; value: string }>;
  optional: boolean;
}

export interface Rendered {
  lines: string[];
  buttons: ConsoleButton[];
  inputs: ConsoleInput[];
}

type Json = Record<string, unknown>;

export interface RenderOptions {
  /** Display names for <@U…> mentions. */
  names?: (slackUserId: string) => string | undefined;
  /** Number buttons from here (several payloads in one answer share one numbering). */
  firstButton?: number;
  color?: boolean;
}

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? String((value as Json).text ?? '') : '';

/** Slack mrkdwn → plain text: mentions resolved, links and escapes undone, emphasis marks dropped. */
function mrkdwnToText(text: string, options: RenderOptions = {}): string {
  const bold = options.color ? (inner: string) => `\u001b[1m${inner}\u001b[22m` : (inner: string) => inner;
  return (
    text
      .replace(
        /<@([UW][A-Z0-9]+)(?:\|([^>]+))?>/g,
        (_, id: string, label?: string) => `@${options.names?.(id) ?? label ?? id}`,
      )
      .replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1')
      .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
      .replace(/\*([^*\n]+)\*/g, (_, inner: string) => bold(inner))
      // Zero-width spaces only keep Slack's bold marks apart from Chinese text around them (views/rule.ts).
      .replace(/\u200b/g, '')
      .replace(/(^|\s)_([^_\n]+)_(?=\s|$)/g, '$1$2')
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  );
}

export function renderBlocks(blocks: readonly unknown[], options: RenderOptions = {}): Rendered {
  const lines: string[] = [];
  const buttons: ConsoleButton[] = [];
  const inputs: ConsoleInput[] = [];
  let next = options.firstButton ?? 1;
  const dim = options.color ? (text: string) => `\u001b[2m${text}\u001b[22m` : (text: string) => text;
  const addButton = (element: Json): string => {
    const button: ConsoleButton = {
      number: next,
      label: textOf(element.text),
      actionId: String(element.action_id),
      ...(typeof element.value === 'string' ? { value: element.value } : {}),
    };
    next += 1;
    buttons.push(button);
    return `[${button.number}] ${button.label}`;
  };
  const addOptions = (menu: Json): string[] =>
    ((menu.options as Json[] | undefined) ?? []).map((option) => {
      const button: ConsoleButton = {
        number: next,
        label: textOf(option.text),
        actionId: String(menu.action_id),
        value: String(option.value),
        overflow: true,
      };
      next += 1;
      buttons.push(button);
      return `[${button.number}] ${button.label}`;
    });
  for (const raw of blocks) {
    const block = raw as Json;
    switch (block.type) {
      case 'header': {
        const title = textOf(block.text);
        lines.push('', title, '═'.repeat(Math.min(60, [...title].length * 2)));
        break;
      }
      case 'section': {
        if (block.text) lines.push(...mrkdwnToText(textOf(block.text), options).split('\n'));
        for (const field of (block.fields as unknown[] | undefined) ?? []) {
          const [label, ...value] = mrkdwnToText(textOf(field), { ...options, color: false }).split('\n');
          lines.push(`  ${label}: ${value.join(' ')}`);
        }
        const accessory = block.accessory as Json | undefined;
        if (accessory?.type === 'button') lines.push(`    ${addButton(accessory)}`);
        if (accessory?.type === 'overflow') lines.push(`    ⋯ ${addOptions(accessory).join('  ')}`);
        break;
      }
      case 'context':
        for (const element of (block.elements as unknown[] | undefined) ?? [])
          lines.push(dim(mrkdwnToText(textOf(element), options)));
        break;
      case 'divider':
        lines.push(dim('─'.repeat(40)));
        break;
      case 'actions': {
        const elements = (block.elements as Json[] | undefined) ?? [];
        const labels = elements.filter((element) => element.type === 'button').map(addButton);
        if (labels.length > 0) lines.push(labels.join('   '));
        // A select menu: each option is a number to press, as picking it in Slack sends that option.
        for (const menu of elements.filter((element) => element.type === 'static_select')) {
          const choices = ((menu.options as Json[] | undefined) ?? []).map((option) => {
            const choice: ConsoleButton = {
              number: next,
              label: textOf(option.text),
              actionId: String(menu.action_id),
              selectedOption: String(option.value),
            };
            next += 1;
            buttons.push(choice);
            return `[${choice.number}] ${choice.label}`;
          });
          if (choices.length > 0) lines.push(`${textOf(menu.placeholder)}：${choices.join('  ')}`);
        }
        break;
      }
      case 'input': {
        const element = (block.element as Json | undefined) ?? {};
        const options_ = ((element.options as Json[] | undefined) ?? []).map((option) => ({
          label: textOf(option.text),
          value: String(option.value),
        }));
        const initialOption = element.initial_option as Json | undefined;
        const initial = (element.initial_time ??
          element.initial_date ??
          element.initial_value ??
          initialOption?.value) as string | undefined;
        const input: ConsoleInput = {
          blockId: String(block.block_id),
          label: textOf(block.label),
          kind: String(element.type),
          optional: block.optional === true,
          ...(initial !== undefined ? { initial } : {}),
          ...(options_.length > 0 ? { options: options_ } : {}),
        };
        inputs.push(input);
        const shown = input.options?.find((option) => option.value === initial)?.label ?? initial ?? '—';
        lines.push(
          `  ${input.label}: ${shown}${input.options ? dim(`  (${input.options.map((option) => option.value).join(' / ')})`) : ''}`,
        );
        break;
      }
      default:
        break;
    }
  }
  return { lines, buttons, inputs };
}
