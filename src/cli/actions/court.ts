import os from 'node:os';
import { z } from 'zod';
import { readEnv } from '../../config/env';
import { COMPARISON_MODES } from '../../domain/metrics';
import { chooseLang, type Lang } from '../../i18n/localized';
import {
  CourtSettingsError,
  CourtsService,
  type CourtChange,
  type CourtListItem,
  type CourtSettings,
} from '../../services/courts';
import { DiversionSettingsService, parseShareRange } from '../../services/diversionSettings';
import { CliError } from '../errors';
import { parseOptions } from '../options';
import { withCliStore } from '../store';
import { renderTable, type Column } from '../table';
import { chosenCourt } from '../court';

const lang = z.enum(['zh', 'zh-CN', 'en']).optional();
const channel = z
  .string()
  .trim()
  .transform((value) => (value.toLowerCase() === 'none' ? null : value));
const yesNo = z.enum(['yes', 'no']).transform((value) => value === 'yes');

const addOptions = z.strictObject({ json: z.boolean().optional(), lang });
const listOptions = z.strictObject({ json: z.boolean().optional() });
const setOptions = z.strictObject({
  court: z.string().trim().min(1).optional(),
  name: z.string().optional(),
  comparison: z.enum(COMPARISON_MODES).optional(),
  managementChannel: channel.optional(),
  rulesChannel: channel.optional(),
  sendEmptyDaily: yesNo.optional(),
  cmsUrl: channel.optional(),
  extensionApproverTitle: z.string().optional(),
  fastTrackShare: z
    .string()
    .transform((value, context) => {
      const range = parseShareRange(value);
      if (!range) {
        context.addIssue({ code: 'custom', message: `a range of percentages such as 60-70, not ${value}` });
        return z.NEVER;
      }
      return range;
    })
    .optional(),
  json: z.boolean().optional(),
  lang,
});

const actor = () => `cli:${os.userInfo().username}`;

/** Service refusals (a bad code, a taken code, a bad channel id) are usage errors, in the operator's language. */
async function refusalsAsUsage<T>(language: Lang, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CourtSettingsError) throw new CliError(error.reason[language]);
    throw error;
  }
}

/** `docket court add <code> <name>`. */
export async function courtAdd(code: string, name: string, raw: unknown): Promise<void> {
  const options = parseOptions(addOptions, raw);
  const language = chooseLang(options.lang, process.env.LANG);
  const court = await refusalsAsUsage(language, () =>
    withCliStore((store) => new CourtsService({ prisma: store.prisma }).add({ code, name }, actor())),
  );
  if (options.json) console.log(JSON.stringify(court, null, 2));
  else
    console.log(
      language === 'en'
        ? `Registered ${court.code} ${court.name}. Next: docket import people <roster>`
        : `已登记法院 ${court.code} ${court.name}。下一步：docket import people <人员名册>`,
    );
}

/** `docket court list`. */
export async function courtList(raw: unknown): Promise<void> {
  const options = parseOptions(listOptions, raw);
  const courts = await withCliStore((store) => new CourtsService({ prisma: store.prisma }).list());
  if (options.json) console.log(JSON.stringify(courts, null, 2));
  else
    console.log(
      courts.length === 0
        ? 'No court yet: docket court add <法院代字> <名称>'
        : renderTable<CourtListItem>([...IDENTITY, ...COUNTS, ...SETTINGS], courts),
    );
}

/**
 * `docket court set [--court C] --name … --comparison … --management-channel … --rules-channel …
 * --send-empty-daily yes|no --cms-url URL|none --extension-approver-title 院长`.
 */
export async function courtSet(raw: unknown): Promise<void> {
  const options = parseOptions(setOptions, raw);
  const language = chooseLang(options.lang, process.env.LANG);
  const change: CourtChange = {
    name: options.name,
    comparisonMode: options.comparison,
    managementChannelId: options.managementChannel,
    rulesChannelId: options.rulesChannel,
    sendEmptyDaily: options.sendEmptyDaily,
    cmsUrlTemplate: options.cmsUrl,
    extensionApproverTitle: options.extensionApproverTitle,
  };
  const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as CourtChange;
  if (Object.keys(given).length === 0 && !options.fastTrackShare)
    throw new CliError(
      'nothing to change: give --name, --comparison, --management-channel, --rules-channel, --send-empty-daily, --cms-url, --extension-approver-title or --fast-track-share',
    );
  const court = await refusalsAsUsage(language, () =>
    withCliStore(async (store) => {
      const { id, code } = await chosenCourt(store, options.court ?? readEnv().DOCKET_COURT);
      if (options.fastTrackShare)
        await new DiversionSettingsService({ prisma: store.prisma }).setFastTrackShare(
          id,
          options.fastTrackShare,
          actor(),
        );
      return new CourtsService({ prisma: store.prisma }).update(code, given, actor());
    }),
  );
  const share = options.fastTrackShare;
  if (options.json) console.log(JSON.stringify(share ? { ...court, fastTrackShare: share } : court, null, 2));
  else {
    console.log(renderTable([...IDENTITY, ...SETTINGS], [court]));
    if (share)
      console.log(
        language === 'en'
          ? `Fast-track teams' target share of new cases: ${share.min}%–${share.max}%`
          : `速裁快审团队收案占比目标：${share.min}%—${share.max}%`,
      );
  }
}

const IDENTITY: Column<CourtSettings>[] = [
  { header: '法院代字', value: (court) => court.code },
  { header: '名称', value: (court) => court.name },
];
const COUNTS: Column<CourtListItem>[] = [
  { header: '团队', value: (court) => String(court.teams), align: 'right' },
  { header: '在职人员', value: (court) => String(court.people), align: 'right' },
  { header: '未结案件', value: (court) => String(court.openCases), align: 'right' },
];
const SETTINGS: Column<CourtSettings>[] = [
  { header: '比较方式', value: (court) => court.comparisonMode },
  { header: '管理频道', value: (court) => court.managementChannelId ?? '—' },
  { header: '规则频道', value: (court) => court.rulesChannelId ?? '—' },
  { header: '无事也发日报', value: (court) => (court.sendEmptyDaily ? 'yes' : 'no') },
  { header: '办案系统链接', value: (court) => court.cmsUrlTemplate ?? '—' },
  { header: '延长审限审批人职务', value: (court) => court.extensionApproverTitle },
];
