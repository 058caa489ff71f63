/** Exit codes are part of the CLI contract: scripts branch on them. */
export const ExitCode = {
  ok: 0,
  /** The command ran but found problems in its input data (e.g. rejected import rows). */
  dataProblems: 1,
  /** Bad usage or unusable input: unknown flag, invalid JSON, unreadable file. */
  usage: 2,
  /** The environment is not usable: store unreachable, data directory locked or unwritable. */
  environment: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error whose message is meant for the person at the terminal, with the exit code to use. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue = ExitCode.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
