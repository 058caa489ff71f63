import type { Locale } from '../i18n';
import { DigestPeopleService } from '../services/digests/people';
import type { ExtensionRequestView, ExtensionsService, Party } from '../services/extensions';
import { deliveriesOf } from '../store/repositories/digestLedger';
import type { SlackMessage } from '../slack/outbound';
import { approvalMessage, outcomeMessage, reroutedMessage, submittedMessage } from '../slack/views/extensions';
import type { Chart } from './delivery';
import { OnceNotices, type NoticeDeps } from './notices';

/** The 审批表 of a request as a file, when a renderer is wired (src/documents). */
export type FormRenderer = (request: ExtensionRequestView, locale: Locale) => Promise<Chart>;

/** Decided requests whose outcome DM is re-checked each minute: a crash after the decision is caught up within this. */
const OUTCOME_CATCH_UP_MS = 7 * 24 * 3600 * 1000;

const localeOf = (party: Party | null): Locale => party?.locale ?? 'zh-CN';

/**
 * The DMs of a 延长审限 request, each exactly once through the digest ledger (kind `notice`, period
 * `extension:<id>`): the approver's request with 批准 / 不批准 (and the 审批表 in its thread), the judge's
 * copy, the outcome to the judge, and the administrators' notice when a request moves to another
 * approver. Handlers send them right after the request or decision; the scheduler's tick runs
 * `sweep()`, which moves requests whose approver left and sends whatever a crash left unsent.
 */
export class ExtensionNotices {
  private readonly notices: OnceNotices;
  private readonly people: DigestPeopleService;

  constructor(
    private readonly deps: NoticeDeps & {
      extensions: ExtensionsService;
      timeZone: string;
      renderForm?: FormRenderer;
    },
  ) {
    this.notices = new OnceNotices(deps);
    this.people = new DigestPeopleService({ prisma: deps.store.prisma });
  }

  /** The approver's DM (once per approver: a request moved to another is sent to them afresh). */
  async notifyApprover(requestId: number, reroutedFrom: string | null = null): Promise<void> {
    const request = await this.deps.extensions.view(requestId);
    const approver = request.approver;
    if (request.status !== 'pending' || approver === null || approver.slackUserId === null) return;
    const locale = localeOf(approver);
    await this.send(request, `approver:${approver.personId}`, approver, async () => {
      const form = await this.form(request, locale);
      const message = approvalMessage(locale, request, {
        timeZone: this.deps.timeZone,
        formAttached: form !== null,
        reroutedFrom,
      });
      return { message, form };
    });
  }

  /** The judge's copy of what was filed, with the 审批表 to download. */
  async notifySubmitted(requestId: number): Promise<void> {
    const request = await this.deps.extensions.view(requestId);
    const locale = localeOf(request.requester);
    await this.send(request, `requester:${request.requester.personId}#submitted`, request.requester, async () => ({
      message: submittedMessage(locale, request),
      form: await this.form(request, locale),
    }));
  }

  /**
   * After a decision: the approver's DM is replaced by what was decided (no buttons left to press), and
   * the judge is told, with the 审批表 as decided.
   */
  async notifyOutcome(requestId: number): Promise<void> {
    const request = await this.deps.extensions.view(requestId);
    if (request.status === 'pending' || request.decidedBy === null) return;
    const key = `requester:${request.requester.personId}#outcome`;
    if (await this.notices.settled({ period: this.period(request.id), recipientKey: key })) return;
    const [asked] = await deliveriesOf(this.deps.store.prisma, 'notice', this.period(request.id), [
      `approver:${request.decidedBy.personId}`,
    ]);
    if (asked?.channelId && asked.messageTs) {
      const message = approvalMessage(localeOf(request.decidedBy), request, {
        timeZone: this.deps.timeZone,
        formAttached: this.deps.renderForm !== undefined,
      });
      await this.deps.outbound
        .updateMessage({ channel: asked.channelId, ts: asked.messageTs }, message, { policy: 'background' })
        .catch((error: unknown) =>
          this.deps.logger.warn({ err: error, request: request.id }, "could not update the approver's DM"),
        );
    }
    const locale = localeOf(request.requester);
    await this.send(request, key, request.requester, async () => ({
      message: outcomeMessage(locale, request),
      form: await this.form(request, locale),
    }));
  }

  /** The latest 审批表 of a case, uploaded to someone's DM (下载审批表). */
  async sendForm(slackUserId: string, request: ExtensionRequestView, locale: Locale): Promise<boolean> {
    const form = await this.form(request, locale);
    if (!form) return false;
    const channel = await this.deps.outbound.openDirectChannel(slackUserId);
    await this.deps.outbound.uploadFile({ channel, filename: form.filename, title: form.title, data: form.data });
    return true;
  }

  /**
   * Every minute: requests whose approver left move to the next person with the title (the new approver
   * is asked, the administrators told), and any DM a crash left unsent goes out.
   */
  async sweep(): Promise<void> {
    const { extensions } = this.deps;
    for (const moved of await extensions.reroute()) {
      const request = await extensions.view(moved.requestId);
      const from = moved.from?.name ?? '—';
      if (moved.to) await this.notifyApprover(moved.requestId, from);
      await this.tellAdmins(request, from, moved.to);
    }
    for (const pending of await extensions.pending()) await this.notifyApprover(pending.id);
    const since = new Date(this.deps.clock.now().getTime() - OUTCOME_CATCH_UP_MS);
    const decided = await this.deps.store.prisma.extensionRequest.findMany({
      where: { status: { in: ['approved', 'rejected', 'entered'] }, decidedAt: { gte: since } },
      select: { id: true },
    });
    for (const request of decided) await this.notifyOutcome(request.id);
  }

  private async tellAdmins(request: ExtensionRequestView, from: string, to: Party | null): Promise<void> {
    const admins = await this.people.recipients(request.courtId, ['admin']);
    for (const admin of admins) {
      if (admin.slackUserId === null) continue;
      const locale: Locale = admin.locale ?? 'zh-CN';
      const message = reroutedMessage(locale, {
        caseNumber: request.caseNumber,
        from,
        to: to?.name ?? null,
        title: request.approverTitle,
      });
      await this.send(
        request,
        `admin:${admin.personId}#rerouted:${to?.personId ?? 'none'}`,
        { personId: admin.personId, slackUserId: admin.slackUserId },
        async () => ({ message, form: null }),
      );
    }
  }

  private period(requestId: number): string {
    return `extension:${requestId}`;
  }

  /** Composes (and renders the form) only when the DM is still to be sent. */
  private async send(
    request: ExtensionRequestView,
    recipientKey: string,
    to: { personId: number; slackUserId: string | null },
    compose: () => Promise<{ message: SlackMessage; form: Chart | null }>,
  ): Promise<void> {
    if (to.slackUserId === null) return;
    await this.notices.send(
      { period: this.period(request.id), recipientKey, personId: to.personId, to: { user: to.slackUserId } },
      async () => {
        const { message, form } = await compose();
        return { message, file: form };
      },
    );
  }

  private async form(request: ExtensionRequestView, locale: Locale): Promise<Chart | null> {
    if (!this.deps.renderForm) return null;
    return this.deps.renderForm(request, locale);
  }
}
