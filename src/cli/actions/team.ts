import os from 'node:os';
import { z } from 'zod';
import { readEnv } from '../../config/env';
import { chooseLang } from '../../i18n/localized';
import { CourtSettingsError } from '../../services/courts';
import { DiversionSettingsService, type TeamListItem } from '../../services/diversionSettings';
import { CliError } from '../errors';
import { parseOptions } from '../options';
import { withCliStore } from '../store';
import { renderTable } from '../table';
import { chosenCourt } from '../court';

const listOptions = z.strictObject({ court: z.string().trim().min(1).optional(), json: z.boolean().optional() });
const setOptions = z.strictObject({
  kind: z.string().trim().min(1),
  court: z.string().trim().min(1).optional(),
  lang: z.enum(['zh', 'zh-CN', 'en']).optional(),
});

/** `docket team list`. */
export async function teamList(raw: unknown): Promise<void> {
  const options = parseOptions(listOptions, raw);
  const teams = await withCliStore(async (store) => {
    const court = await chosenCourt(store, options.court ?? readEnv().DOCKET_COURT);
    return new DiversionSettingsService({ prisma: store.prisma }).listTeams(court.id);
  });
  if (options.json) console.log(JSON.stringify(teams, null, 2));
  else
    console.log(
      renderTable<TeamListItem>(
        [
          { header: '团队', value: (team) => team.name },
          { header: '类型', value: (team) => (team.kindKnown ? team.kind : `${team.kind}（未识别，按普通）`) },
          { header: '速裁快审', value: (team) => (team.fastTrack ? '是' : '—') },
          { header: '人员', value: (team) => String(team.members), align: 'right' },
          { header: '未结案件', value: (team) => String(team.openCases), align: 'right' },
        ],
        teams,
      ),
    );
}

/** `docket team set <team> --kind <kind>`. */
export async function teamSet(name: string, raw: unknown): Promise<void> {
  const options = parseOptions(setOptions, raw);
  const language = chooseLang(options.lang, process.env.LANG);
  try {
    const team = await withCliStore(async (store) => {
      const court = await chosenCourt(store, options.court ?? readEnv().DOCKET_COURT);
      return new DiversionSettingsService({ prisma: store.prisma }).setTeamKind(
        court.id,
        name,
        options.kind,
        `cli:${os.userInfo().username}`,
      );
    });
    console.log(language === 'en' ? `${team.name}: kind ${team.kind}` : `${team.name}：类型已设为 ${options.kind}`);
  } catch (error) {
    if (error instanceof CourtSettingsError) throw new CliError(error.reason[language]);
    throw error;
  }
}
