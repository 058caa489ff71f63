import type { Store } from '../store';
import { CliError, ExitCode } from './errors';

/** The court a command is about: --court, else DOCKET_COURT, else the only court in the store. */
export async function chosenCourt(
  store: Store,
  code: string | undefined,
): Promise<{ id: number; code: string; timeZone: string }> {
  const courts = await store.prisma.court.findMany({
    where: code ? { code } : {},
    select: { id: true, code: true, timeZone: true },
  });
  if (courts.length === 1) return courts[0] as { id: number; code: string; timeZone: string };
  if (code) throw new CliError(`no court with the code ${code}`);
  if (courts.length === 0)
    throw new CliError(
      'the store has no court yet: register yours with docket court add <法院代字> <名称> (or try docket seed demo)',
      ExitCode.environment,
    );
  throw new CliError(`the store holds ${courts.length} courts: choose one with --court <code> or DOCKET_COURT`);
}
