import { z } from 'zod';
import { tryParseCourtCode } from '../domain/caseNumber';
import { checkCmsUrlTemplate } from '../domain/cmsLink';
import { COMPARISON_MODES, type ComparisonMode } from '../domain/metrics';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { text, type Localized } from '../i18n/localized';

/** Why a court cannot be registered or changed; the CLI prints the reason in the operator's language. */
export class CourtSettingsError extends Error {
  override name = 'CourtSettingsError';
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/** What a court is called and where its aggregate digests go; cases, people and teams come from imports. */
export interface CourtSettings {
  code: string;
  name: string;
  timeZone: string;
  comparisonMode: ComparisonMode;
  managementChannelId: string | null;
  rulesChannelId: string | null;
  sendEmptyDaily: boolean;
  /** Where 「在办案系统中打开」 points ({caseNumber} in place of the 案号); null: no link. */
  cmsUrlTemplate: string | null;
  /** The roster 职务 (Person.title) whose holder approves 延长审限 requests (院长, or whom the court designates). */
  extensionApproverTitle: string;
}

export interface CourtListItem extends CourtSettings {
  teams: number;
  people: number;
  openCases: number;
}

const channelId = z
  .string()
  .trim()
  .regex(/^[CG][A-Z0-9]{6,}$/, 'a Slack channel id such as C0123ABCD')
  .nullable();

/** A change to a court's settings; null clears a channel. */
const courtChangeSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  comparisonMode: z.enum(COMPARISON_MODES).optional(),
  managementChannelId: channelId.optional(),
  rulesChannelId: channelId.optional(),
  sendEmptyDaily: z.boolean().optional(),
  cmsUrlTemplate: z
    .string()
    .refine((template) => checkCmsUrlTemplate(template).ok, 'an http(s) URL containing {caseNumber}')
    .transform((template) => template.trim())
    .nullable()
    .optional(),
  extensionApproverTitle: z.string().trim().min(1).max(50).optional(),
});

export type CourtChange = z.input<typeof courtChangeSchema>;

const SETTINGS = {
  code: true,
  name: true,
  timeZone: true,
  comparisonMode: true,
  managementChannelId: true,
  rulesChannelId: true,
  sendEmptyDaily: true,
  cmsUrlTemplate: true,
  extensionApproverTitle: true,
} as const;

/** The courts Docket serves: registered by their 法院代字 and set up by `docket court`, every change audit-logged. */
export class CourtsService {
  constructor(private readonly deps: { prisma: PrismaClient }) {}

  /** Every court in the store, with how much each holds. */
  async list(): Promise<CourtListItem[]> {
    const courts = await this.deps.prisma.court.findMany({
      orderBy: { code: 'asc' },
      select: {
        ...SETTINGS,
        _count: { select: { teams: true, people: { where: { active: true } }, cases: { where: { status: 'open' } } } },
      },
    });
    return courts.map(({ _count, ...settings }) => ({
      ...settings,
      teams: _count.teams,
      people: _count.people,
      openCases: _count.cases,
    }));
  }

  /**
   * Registers a court by its 法院代字 — the code every one of its 案号 carries, which imports check — and
   * its name. The first step for a real court: its people, cases and events are imported into it next.
   */
  async add(input: { code: string; name: string }, actorLabel: string): Promise<CourtSettings> {
    const parsedCode = tryParseCourtCode(input.code);
    if (!parsedCode.ok)
      throw new CourtSettingsError(
        text(`法院代字无效：${parsedCode.error.messageZh}`, `not a court code: ${parsedCode.error.messageEn}`),
      );
    const name = courtChangeSchema.shape.name.safeParse(input.name);
    if (!name.success || name.data === undefined)
      throw new CourtSettingsError(
        text('法院名称不能为空（最多100字）', 'the court needs a name (at most 100 characters)'),
      );
    const existing = await this.deps.prisma.court.findUnique({
      where: { code: parsedCode.code },
      select: { name: true },
    });
    if (existing) {
      throw new CourtSettingsError(
        text(
          `法院代字 ${parsedCode.code} 已登记为「${existing.name}」；修改名称请用 docket court set`,
          `court code ${parsedCode.code} is already registered as "${existing.name}"; use docket court set to rename it`,
        ),
      );
    }
    return this.deps.prisma.$transaction(async (tx) => {
      const court = await tx.court.create({
        data: { code: parsedCode.code, name: name.data as string },
        select: { id: true, ...SETTINGS },
      });
      const { id, ...settings } = court;
      await tx.auditLog.create({
        data: {
          courtId: id,
          actorLabel,
          action: 'court.created',
          entity: 'Court',
          entityId: settings.code,
          after: settings as Prisma.InputJsonValue,
        },
      });
      return settings;
    });
  }

  /** Changes a court's name, comparison mode, digest channels, CMS link or extension approver's title, audit-logged. */
  async update(code: string, change: CourtChange, actorLabel: string): Promise<CourtSettings> {
    const template = typeof change.cmsUrlTemplate === 'string' ? checkCmsUrlTemplate(change.cmsUrlTemplate) : null;
    if (template && !template.ok)
      throw new CourtSettingsError(text(`办案系统网址无效：${template.zh}`, `invalid CMS URL: ${template.en}`));
    const parsed = courtChangeSchema.safeParse(change);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CourtSettingsError(
        text(
          `设置无效：${issue?.path.join('.')}：${issue?.message}`,
          `invalid setting ${issue?.path.join('.')}: ${issue?.message}`,
        ),
      );
    }
    const court = await this.deps.prisma.court.findUnique({
      where: { code: code.trim() },
      select: { id: true, ...SETTINGS },
    });
    if (!court) throw new CourtSettingsError(text(`找不到法院代字为「${code}」的法院`, `no court with code "${code}"`));
    const { id, ...before } = court;
    if (Object.keys(parsed.data).length === 0) return before;
    return this.deps.prisma.$transaction(async (tx) => {
      // A new data version, so every process's cached names and settings of this court are refreshed.
      const after = await tx.court.update({
        where: { id },
        data: { ...parsed.data, dataVersion: { increment: 1 } },
        select: SETTINGS,
      });
      await tx.auditLog.create({
        data: {
          courtId: id,
          actorLabel,
          action: 'court.updated',
          entity: 'Court',
          entityId: before.code,
          before: before as Prisma.InputJsonValue,
          after: after as Prisma.InputJsonValue,
        },
      });
      return after;
    });
  }
}
