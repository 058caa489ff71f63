import { execFile } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a `docket` run on the embedded store in `dataDir`: DATABASE_URL and DOCKET_COURT unset, so
 * neither a PostgreSQL test run's database nor a court chosen in the shell reaches the command.
 */
export function embeddedStoreEnv(dataDir: string): Record<string, string | undefined> {
  return { DOCKET_DATA_DIR: dataDir, DATABASE_URL: undefined, DOCKET_COURT: undefined };
}

/**
 * Runs `docket …` in this process (much faster than spawning it) with some environment variables set
 * (undefined unsets one), capturing what it prints; the environment, the console and the exit code
 * are put back afterwards, so one test's store never leaks into the next.
 */
export async function docketInProcess(args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  const printed: string[] = [];
  const errors: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  const error = jest.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  setEnv(env);
  try {
    const code = await runCli(args);
    return { code, stdout: printed.join('\n'), stderr: errors.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    setEnv(saved);
    process.exitCode = undefined;
  }
}

function setEnv(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

/**
 * Runs `bin/docket.js …` in a child process, as court IT staff run it: the real exit code, output and
 * process settings (slower than docketInProcess, so for the contract a script or an operator depends on).
 */
export function docketSpawned(
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; stdin?: string },
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.resolve(__dirname, '../../bin/docket.js'), ...args],
      { cwd: options.cwd, env: options.env },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? '');
  });
}
