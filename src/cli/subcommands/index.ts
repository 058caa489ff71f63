import type { Command } from 'commander';
import { registerCourtCommand } from './court';
import { registerDbCommand } from './db';
import { registerImportCommand } from './import';
import { registerSeedCommand } from './seed';
import { registerUsersCommand } from './users';
import { registerCasesCommand } from './cases';
import { registerDeadlineCommand } from './deadline';
import { registerCalendarCommand } from './calendar';
import { registerSlackCommands } from './slack';
import { registerDigestCommand } from './digest';
import { registerScheduleCommand } from './schedule';
import { registerRulesCommands } from './rules';
import { registerTeamCommand } from './team';
import { registerExtensionsCommand } from './extensions';
import { registerReportCommand } from './report';

/**
 * Every `docket` subcommand registers itself here. Each module exports one `register…(program)`
 * function and keeps its logic in services, so tests can call the same services directly.
 */
export function registerSubcommands(program: Command): void {
  registerDbCommand(program);
  registerCourtCommand(program);
  registerImportCommand(program);
  registerSeedCommand(program);
  registerUsersCommand(program);
  registerCasesCommand(program);
  registerDeadlineCommand(program);
  registerCalendarCommand(program);
  registerSlackCommands(program);
  registerDigestCommand(program);
  registerScheduleCommand(program);
  registerRulesCommands(program);
  registerTeamCommand(program);
  registerExtensionsCommand(program);
  registerReportCommand(program);
}
