import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/env';
import { CliError, ExitCode } from './errors';
import { registerSubcommands } from './subcommands';
import { raiseWasmTieringBudget } from './wasmTiering';

export function buildProgram(): Command {
  const program = new Command('docket')
    .description('审执质效助手 Docket — caseloads, 审限, team metrics and rule look-up for a basic court')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerSubcommands(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through exitOverride with code 0; usage errors were already printed.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof CliError) {
      console.error(`docket: ${error.message}`);
      return error.exitCode;
    }
    // Any command may read the environment; a bad variable is the operator's to fix, not a crash.
    if (error instanceof ConfigError) {
      console.error(`docket: ${error.message}`);
      return ExitCode.environment;
    }
    throw error;
  }
}

/** Runs the CLI as a process: sets the exit code instead of calling process.exit, so output drains. */
export function main(): void {
  // First: the flag applies to WebAssembly compiled after it, and a command's store compiles PostgreSQL when it opens.
  raiseWasmTieringBudget();
  // `docket rule search … | head` closes our stdout early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
