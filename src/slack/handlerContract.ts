import type { View } from '@slack/types';
import type { Locale } from '../i18n';
import type { Logger } from '../observability/logger';
import type { AccessService } from '../services/access';
import type { Clock } from '../services/clock';
import type { IdentityService, Viewer } from '../services/identity';
import type { MyCasesService } from '../services/myCases';
import type { PreferencesService } from '../services/preferences';
import type { RankingsService } from '../services/rankings';
import type { ReportDetailsService } from '../services/digests/reportDetails';
import type { RegulationChangesService } from '../services/regulations/changes';
import type { RegulationSearchService } from '../services/regulations/search';
import type { RemindersService } from '../services/reminders';
import type { ExtensionsService } from '../services/extensions';
import type { ExtensionNotices } from '../digests/extensionNotices';
import type { TargetsService } from '../services/targets';
import type { Outbound, SlackMessage } from './outbound';

/**
 * The contract between listener registration (src/slack/listeners) and the handlers it runs
 * (commands/*.ts, src/slack/home.ts). Registration acks, identifies the user, picks their language,
 * turns failures into messages and records metrics; handlers only parse, call services, render, reply.
 */

/**
 * The application services a handler may call — and all it may reach: no store, no Prisma client. Case
 * reads take a CaseScope, which only `access.scope` makes, so a handler cannot read cases it was not allowed.
 */
export interface AppServices {
  clock: Clock;
  identity: IdentityService;
  access: AccessService;
  preferences: PreferencesService;
  myCases: MyCasesService;
  targets: TargetsService;
  rankings: RankingsService;
  reportDetails: ReportDetailsService;
  regulations: RegulationSearchService;
  regulationChanges: RegulationChangesService;
  reminders: RemindersService;
  extensions: ExtensionsService;
  /** The DMs that follow a 延长审限 request or decision (sent once through the digest ledger). */
  extensionNotices: ExtensionNotices;
  /** The court's time zone, for "today". */
  timeZone: string;
}

/** Whoever sent a request: the person Docket knows them as, if it does, and the language to answer in. */
export interface Visitor {
  viewer: Viewer | null;
  locale: Locale;
}

/** Someone Docket knows: everything but what is open to anyone in the workspace needs this. */
export interface Actor extends Visitor {
  viewer: Viewer;
}

export interface HandlerContext<Who extends Visitor = Actor> {
  actor: Who;
  services: AppServices;
  outbound: Outbound;
  logger: Logger;
}

export interface CommandContext<Who extends Visitor = Actor> extends HandlerContext<Who> {
  text: string;
  userId: string;
  channelId: string;
  triggerId: string;
  /** Replies ephemerally to the person who typed the command. */
  reply(message: SlackMessage): Promise<void>;
  /** The person as Docket sees them now — after a settings change, in the language they just chose. */
  actorNow(): Promise<Who>;
}

/**
 * A slash command for the people Docket knows, or (openToAnyone) for anyone in the workspace: law text is not
 * confidential, so /rule answers someone the staff list does not have yet.
 */
export type SlashCommand =
  | { command: `/${string}`; openToAnyone?: false; run(context: CommandContext): Promise<void> }
  | { command: `/${string}`; openToAnyone: true; run(context: CommandContext<Visitor>): Promise<void> };

export interface ActionContext<Who extends Visitor = Actor> extends HandlerContext<Who> {
  actionId: string;
  value: string | undefined;
  /** The option picked in a select menu. */
  selected: string | undefined;
  userId: string;
  triggerId: string;
  /** Where the button was: an ephemeral message, a modal or the App Home tab. */
  container: 'message' | 'view' | 'home';
  viewId: string | undefined;
  /** Replies through the action's response_url; only for buttons in messages. */
  reply(message: SlackMessage, options?: { replaceOriginal?: boolean }): Promise<void>;
}

export type ActionHandler =
  | { actionId: string; openToAnyone?: false; run(context: ActionContext): Promise<void> }
  | { actionId: string; openToAnyone: true; run(context: ActionContext<Visitor>): Promise<void> };

/** Slack's view.state.values: block_id → action_id → element state. */
export type ViewValues = Record<
  string,
  Record<
    string,
    {
      value?: string | null;
      selected_option?: { value: string } | null;
      selected_date?: string | null;
      selected_time?: string | null;
    }
  >
>;

export interface ViewSubmissionContext extends HandlerContext {
  callbackId: string;
  values: ViewValues;
  privateMetadata: string;
  userId: string;
}

/**
 * What a submission answers within Slack's 3 seconds: field errors keep the modal open; otherwise it
 * closes, and `after` (say, refreshing App Home) runs once Slack has its answer, with the user
 * identified afresh (a new language setting applies at once).
 */
export type ViewSubmissionResult =
  { errors: Record<string, string> } | { close: true; after?: (context: HandlerContext) => Promise<void> };

export interface ViewSubmissionHandler {
  callbackId: string;
  run(context: ViewSubmissionContext): Promise<ViewSubmissionResult>;
}

export interface HomeHandler {
  run(context: HandlerContext & { userId: string }): Promise<View>;
}
