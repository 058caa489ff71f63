import { isIsoDate, isTimeOfDay } from '../../domain/dates';
import { createLogger, type Logger } from '../../observability/logger';
import { Metrics } from '../../observability/metrics';
import type { Clock } from '../../services/clock';
import type { Store } from '../../store';
import type { DocketApp } from '../../slack/app';
import { FakeSlackApi, type RecordedCall } from '../localSlack/fakeSlackApi';
import { startLocalDocket } from '../localSlack/localDocket';
import type { SignedSlackClient, SignedResponse } from '../localSlack/signedRequests';
import type { DocketServer } from '../../slack/server';
import { renderBlocks, type ConsoleButton, type ConsoleInput } from './render';

export interface ConsoleOptions {
  store: Store;
  /** Who to be: an e-mail address or a Slack user id from the staff list. */
  as: string;
  clock?: Clock;
  logger?: Logger;
  color?: boolean;
  /**
   * The store's rules index snapshot (services/regulations/indexSnapshot.ts). Given, the index starts loading as the
   * console opens, so the first /rule typed rarely waits for it.
   */
  regulationIndexSnapshot?: string;
}

export interface ConsoleUser {
  slackUserId: string;
  name: string;
  role: string | null;
  /** Set when the person had no Slack id: the console made one up, and Docket will store it as Slack's would be. */
  note?: string;
}

type ButtonSource =
  | { kind: 'message' }
  | { kind: 'home' }
  | { kind: 'modal'; view: Record<string, unknown> }
  /** Someone else's DM, or an update: shown, not pressable by the person at the terminal. */
  | { kind: 'elsewhere' };

type ConsolePerson = { id: number; name: string; email: string | null; slackUserId: string | null; role: string };

interface ScreenButton extends ConsoleButton {
  source: ButtonSource;
}

/** What a question to the person at the terminal looks like; the REPL answers it with readline. */
export type Ask = (question: string) => Promise<string>;

const SLACK_ID = /^[UW][A-Z0-9]{6,}$/;

/**
 * The local console: the real Docket app on a local port with a generated signing secret, an
 * in-process fake Slack Web API, and a client that signs requests as Slack does. What the terminal
 * shows is exactly what the app sent to Slack, rendered as text.
 */
export class ConsoleSession {
  private buttons: ScreenButton[] = [];
  /** Who is at the terminal now: `as` switches, so one console shows a judge's request and its approver's decision. */
  private current: ConsoleUser;
  /** The messages each person's DM channel held when they last looked (`as` shows what came since). */
  private readonly seenInDm = new Map<string, number>();
  private modal: { view: Record<string, unknown>; inputs: ConsoleInput[] } | undefined;
  private readonly names = new Map<string, string>();

  private constructor(
    user: ConsoleUser,
    private readonly people: ConsolePerson[],
    private readonly slack: FakeSlackApi,
    private readonly app: DocketApp,
    private readonly server: DocketServer,
    private readonly client: SignedSlackClient,
    private readonly color: boolean,
  ) {
    this.current = user;
  }

  get user(): ConsoleUser {
    return this.current;
  }

  static async start(options: ConsoleOptions): Promise<ConsoleSession> {
    const slack = new FakeSlackApi();
    await slack.start();
    const people = await options.store.prisma.person.findMany({
      select: { id: true, name: true, email: true, slackUserId: true, role: true },
    });
    for (const person of people) {
      if (person.slackUserId)
        slack.addUser({
          id: person.slackUserId,
          name: person.name,
          locale: 'zh-CN',
          ...(person.email ? { email: person.email } : {}),
        });
    }
    const user = consoleUser(options.as, people);
    if (!people.some((person) => person.slackUserId === user.slackUserId)) {
      const email =
        people.find((person) => person.email?.toLowerCase() === options.as.toLowerCase())?.email ??
        (options.as.includes('@') ? options.as : undefined);
      slack.addUser({ id: user.slackUserId, name: user.name, locale: 'zh-CN', ...(email ? { email } : {}) });
    }
    const logger = options.logger ?? createLogger({ level: 'silent' });
    const { app, server, client } = await startLocalDocket({
      store: options.store,
      slack,
      logger,
      metrics: new Metrics(),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.regulationIndexSnapshot ? { regulationIndexSnapshot: options.regulationIndexSnapshot } : {}),
    });
    // A failed load is tried again by the first /rule, which then reports it.
    if (options.regulationIndexSnapshot) app.services.regulations.warm().catch(() => undefined);
    const session = new ConsoleSession(user, people, slack, app, server, client, options.color ?? false);
    for (const person of people) if (person.slackUserId) session.names.set(person.slackUserId, person.name);
    return session;
  }

  /** Handles one line typed at the prompt and returns what to print. */
  async run(line: string, ask: Ask): Promise<string> {
    const input = line.trim();
    if (input === '') return '';
    if (input === 'help' || input === '?') return CONSOLE_HELP;
    if (input === 'home') {
      return this.exchange(() =>
        this.client.event({
          type: 'app_home_opened',
          user: this.user.slackUserId,
          channel: `D${this.user.slackUserId}`,
          tab: 'home',
          event_ts: `${Date.now() / 1000}`,
        }),
      );
    }
    if (input === 'submit') return this.submit(ask);
    if (/^as\s+\S+$/.test(input)) return this.switchTo(input.slice(2).trim());
    if (/^\d+$/.test(input)) return this.press(Number(input));
    if (input.startsWith('/')) {
      const [command = '', ...rest] = input.split(/\s+/);
      return this.exchange((responseUrl) =>
        this.client.command(command, rest.join(' '), { userId: this.user.slackUserId, responseUrl }),
      );
    }
    // Anything else is a message to the bot in its Messages tab, as Slack delivers it (message.im).
    return this.exchange(() =>
      this.client.event({
        type: 'message',
        channel: `D${this.user.slackUserId}`,
        channel_type: 'im',
        user: this.user.slackUserId,
        text: input,
        ts: `${Date.now() / 1000}`,
        event_ts: `${Date.now() / 1000}`,
      }),
    );
  }

  /** `as <e-mail | Slack id>`: become someone else in the same workspace, and see the DMs they got meanwhile. */
  private switchTo(as: string): string {
    const user = consoleUser(as, this.people);
    if (!this.people.some((person) => person.slackUserId === user.slackUserId)) {
      const email = this.people.find((person) => person.email?.toLowerCase() === as.toLowerCase())?.email;
      this.slack.addUser({ id: user.slackUserId, name: user.name, locale: 'zh-CN', ...(email ? { email } : {}) });
    }
    this.current = user;
    this.buttons = [];
    this.modal = undefined;
    const channel = `D${user.slackUserId}`;
    const messages = this.slack.messagesIn(channel);
    const unseen = messages.slice(this.seenInDm.get(user.slackUserId) ?? 0);
    this.seenInDm.set(user.slackUserId, messages.length);
    const out = [`You are now ${user.name}${user.role ? ` (${user.role})` : ''}, Slack user ${user.slackUserId}.`];
    if (user.note) out.push(user.note);
    out.push(
      ...this.render(
        unseen.map((message, index) => ({
          method: message.files ? 'files.completeUploadExternal' : 'chat.postMessage',
          args: message.files
            ? { channel_id: channel, files: message.files.map((file) => ({ id: file.id, title: file.name })) }
            : { channel, ...message },
          status: 200,
          at: index,
        })) as RecordedCall[],
      ),
    );
    if (unseen.length === 0) out.push('(no new direct messages)');
    return out.join('\n');
  }

  private press(number: number): Promise<string> | string {
    const button = this.buttons.find((candidate) => candidate.number === number);
    if (!button) return `There is no button [${number}] on screen.`;
    const action = button.overflow
      ? { actionId: button.actionId, selectedOption: button.value as string, type: 'overflow' as const }
      : {
          actionId: button.actionId,
          ...(button.value !== undefined ? { value: button.value } : {}),
          ...(button.selectedOption !== undefined ? { selectedOption: button.selectedOption } : {}),
        };
    const source = button.source;
    if (source.kind === 'message' || source.kind === 'elsewhere')
      return this.exchange((responseUrl) =>
        this.client.blockAction(action, { userId: this.user.slackUserId, responseUrl }),
      );
    const view = source.kind === 'home' ? { id: 'VHOME', type: 'home' } : source.view;
    return this.exchange(() => this.client.blockAction(action, { userId: this.user.slackUserId, view }));
  }

  /** Fills in the open modal field by field (Enter keeps the shown value) and submits it. */
  private async submit(ask: Ask): Promise<string> {
    const modal = this.modal;
    if (!modal || modal.inputs.length === 0) return 'No form is open.';
    const values: Record<string, Record<string, unknown>> = {};
    for (const input of modal.inputs) {
      const choices = input.options
        ? ` (${input.options.map((option) => option.value).join(' / ')})`
        : input.optional
          ? ' (- to clear)'
          : '';
      let value: string | null | undefined;
      let note = '';
      // Slack's pickers only ever send a real time, a real date or one of the options: ask until it is one.
      while (value === undefined) {
        const answer = (await ask(`${note}  ${input.label}${choices} [${input.initial ?? ''}]: `)).trim();
        const given = answer === '' ? (input.initial ?? null) : answer === '-' ? null : answer;
        const problem = given === null ? null : pickerProblem(input, given);
        if (problem) note = `  (${problem}: Slack's picker would not allow it)\n`;
        else value = given;
      }
      values[input.blockId] = { value: stateFor(input.kind, value) };
    }
    const callbackId = String(modal.view.callback_id ?? '');
    // As Slack does, the submission carries the view that was opened, private_metadata included.
    const privateMetadata = typeof modal.view.private_metadata === 'string' ? modal.view.private_metadata : '';
    return this.exchange(
      () =>
        this.client.viewSubmission(
          { id: String(modal.view.id ?? 'V0LOCAL'), callbackId, values, privateMetadata },
          { userId: this.user.slackUserId },
        ),
      true,
    );
  }

  /** Sends one request, waits for the app to finish with it, and renders everything it sent to Slack. */
  private async exchange(send: (responseUrl: string) => Promise<SignedResponse>, submitting = false): Promise<string> {
    const before = this.slack.calls.length;
    const ack = await send(this.slack.responseUrl());
    await new Promise((resolve) => setImmediate(resolve));
    await this.app.inFlight.drain(30_000);
    const out: string[] = [];
    if (ack.status !== 200) out.push(`(Slack would have shown an error: HTTP ${ack.status})`);
    if (submitting) out.push(...this.submissionResult(ack.body));
    const screen = this.render(this.slack.calls.slice(before));
    return [...out, ...screen].join('\n');
  }

  private submissionResult(body: string): string[] {
    if (body.trim() === '') {
      this.modal = undefined;
      return ['(saved; the form closed)'];
    }
    const answer = JSON.parse(body) as { response_action?: string; errors?: Record<string, string> };
    if (answer.response_action !== 'errors' || !answer.errors) return [];
    const labels = new Map(this.modal?.inputs.map((input) => [input.blockId, input.label]));
    return [
      'The form was not saved:',
      ...Object.entries(answer.errors).map(([block, message]) => `  ${labels.get(block) ?? block}: ${message}`),
      'Type submit to try again.',
    ];
  }

  private render(calls: readonly RecordedCall[]): string[] {
    const out: string[] = [];
    const buttons: ScreenButton[] = [];
    const show = (
      title: string | undefined,
      blocks: unknown[],
      fallback: string | undefined,
      source: ButtonSource,
    ): ConsoleInput[] => {
      const rendered = renderBlocks(blocks, {
        firstButton: buttons.length + 1,
        names: (id) => this.names.get(id),
        color: this.color,
      });
      if (title) out.push('', `── ${title} ──`);
      out.push(...(rendered.lines.length > 0 ? rendered.lines : [fallback ?? '']));
      buttons.push(...rendered.buttons.map((button) => ({ ...button, source })));
      return rendered.inputs;
    };
    for (const call of calls) {
      if (call.status !== 200) continue;
      const args = call.args as {
        text?: string;
        blocks?: unknown[];
        view?: Record<string, unknown>;
        replace_original?: boolean;
      };
      switch (call.method) {
        case 'response_url':
          show(args.replace_original ? '(replaces the message above)' : undefined, args.blocks ?? [], args.text, {
            kind: 'message',
          });
          break;
        case 'chat.postMessage':
        case 'chat.postEphemeral': {
          // Only what reaches the person at the terminal is theirs to press; a DM to someone else is shown, not pressable.
          const channel = String((call.args as { channel?: string }).channel ?? '');
          const mine = channel === `D${this.user.slackUserId}` || call.method === 'chat.postEphemeral';
          if (mine) this.seenInDm.set(this.user.slackUserId, this.slack.messagesIn(channel).length);
          const to = this.names.get(channel.replace(/^D/, '')) ?? channel;
          show(
            mine ? 'direct message' : `direct message to ${to} (type as … to be them and act on it)`,
            args.blocks ?? [],
            args.text,
            {
              kind: mine ? 'message' : 'elsewhere',
            },
          );
          break;
        }
        case 'chat.update':
          show('(updates an earlier message)', args.blocks ?? [], args.text, { kind: 'elsewhere' });
          break;
        case 'files.completeUploadExternal': {
          const files = (call.args.files as Array<{ id: string; title?: string }> | undefined) ?? [];
          const channel = String(call.args.channel_id ?? '');
          const to =
            channel === `D${this.user.slackUserId}`
              ? ''
              : ` to ${this.names.get(channel.replace(/^D/, '')) ?? channel}`;
          for (const file of files) {
            const stored = this.slack.uploadedFile(file.id);
            out.push(
              `📎 file${to}: ${stored?.filename ?? file.title ?? file.id} (${Math.ceil((stored?.bytes.length ?? 0) / 1024)} KB)`,
            );
          }
          break;
        }
        case 'views.open':
        case 'views.push':
        case 'views.update': {
          const view: Record<string, unknown> = { ...(args.view ?? {}), id: this.viewIdFor(call) };
          const title = String((view.title as { text?: string } | undefined)?.text ?? 'form');
          const inputs = show(`window: ${title}`, (view.blocks as unknown[]) ?? [], undefined, { kind: 'modal', view });
          this.modal = { view, inputs };
          if (inputs.length > 0) out.push('', 'Type submit to fill in this form and save it.');
          break;
        }
        case 'views.publish':
          show('App Home', (args.view?.blocks as unknown[]) ?? [], undefined, { kind: 'home' });
          break;
        default:
          break;
      }
    }
    const pressable = buttons.filter((button) => button.source.kind !== 'elsewhere');
    if (pressable.length > 0) this.buttons = pressable;
    return out;
  }

  private viewIdFor(call: RecordedCall): string {
    return String((call.args.view_id as string | undefined) ?? `V${call.at}`);
  }

  async stop(): Promise<void> {
    await this.server.close();
    await this.app.inFlight.drain(10_000);
    this.app.dispose();
    await this.slack.stop();
  }
}

/** Why Slack's picker for this input could not send `value`, or null when it could. */
function pickerProblem(input: ConsoleInput, value: string): string | null {
  switch (input.kind) {
    case 'timepicker':
      return isTimeOfDay(value) ? null : `${value} is not a time (HH:MM, 00:00–23:59)`;
    case 'datepicker':
      return isIsoDate(value) ? null : `${value} is not a date (YYYY-MM-DD)`;
    case 'static_select':
    case 'radio_buttons':
      return input.options?.some((option) => option.value === value) ? null : `${value} is not one of the choices`;
    default:
      return null;
  }
}

function stateFor(kind: string, value: string | null): Record<string, unknown> {
  switch (kind) {
    case 'static_select':
    case 'radio_buttons':
      return { selected_option: value === null ? null : { value } };
    case 'timepicker':
      return { selected_time: value };
    case 'datepicker':
      return { selected_date: value };
    default:
      return { value };
  }
}

function consoleUser(as: string, people: readonly ConsolePerson[]): ConsoleUser {
  const key = as.trim();
  const person = SLACK_ID.test(key)
    ? people.find((candidate) => candidate.slackUserId === key)
    : people.find((candidate) => candidate.email?.toLowerCase() === key.toLowerCase());
  if (person?.slackUserId) return { slackUserId: person.slackUserId, name: person.name, role: person.role };
  if (person) {
    const slackUserId = `UCONSOLE${String(person.id).padStart(4, '0')}`;
    return {
      slackUserId,
      name: person.name,
      role: person.role,
      note: `${person.name} has no Slack id yet; the console plays Slack user ${slackUserId} with their e-mail, and Docket links it the way it would in Slack.`,
    };
  }
  return {
    slackUserId: SLACK_ID.test(key) ? key : 'UCONSOLE0000',
    name: key,
    role: null,
    note: `Nobody in the staff list is ${key}: you will see what an unknown Slack user sees.`,
  };
}

export const CONSOLE_HELP = [
  'Type what you would type in Slack, and press buttons by number:',
  '  /mycases            your cases (try: /mycases 逾期, /mycases 7天, /mycases 全部, /mycases 团队, /mycases help)',
  '  /docket             help, settings (/docket 设置), admin link/unlink',
  '  /rule               laws and court rules (try: /rule 简易程序 审限, /rule 民诉法第一百六十四条, /rule 判决生效了对方不给钱)',
  '  /rankings           teams compared (try: /rankings, /rankings 月 结案率, /rankings 年)',
  '  /targets            team targets, for team leads and administrators (try: /targets, /targets 月, /targets 民一庭)',
  '  home                open the App Home tab',
  '  3                   press button [3] on screen',
  '  submit              fill in and save the form on screen',
  '  as <e-mail|Slack id> become someone else (the approver, say) and see the direct messages they got',
  '  anything else       a direct message to the bot (try: 这周有哪些案子到期, 逾期的, 民诉法第一百六十四条, 帮助)',
  '  quit                leave',
].join('\n');
