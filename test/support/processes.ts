import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Spawned {
  child: ChildProcess;
  /** Everything printed so far, on stdout and stderr. */
  output(): string;
  /** What was printed on stdout alone. */
  stdout(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or the signal) once the process has ended and been reaped. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL, as the OOM killer or a power cut does, and wait until it is gone. */
  kill9(): Promise<void>;
}

/** Runs a TypeScript file of the project in a child Node process (through tsx), capturing its output. */
export function spawnTs(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Spawned {
  return track(spawn(process.execPath, ['-r', 'tsx/cjs', path.resolve(ROOT, file), ...args], { cwd: ROOT, env }));
}

/** Runs `bin/docket.js …` in a child process, as an operator or a supervisor does. */
export function spawnDocket(args: string[], env: NodeJS.ProcessEnv): Spawned {
  return track(spawn(process.execPath, [path.join(ROOT, 'bin', 'docket.js'), ...args], { cwd: ROOT, env }));
}

function track(child: ChildProcess): Spawned {
  let text = '';
  let stdout = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onData(chunk);
  });
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve({ code, signal });
      for (const listener of listeners) listener();
    }),
  );
  return {
    child,
    output: () => text,
    stdout: () => stdout,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = text.match(pattern);
          if (match) return finish(() => resolve(match));
          if (child.exitCode !== null || child.signalCode !== null)
            return finish(() => reject(new Error(`process ended before ${pattern}:\n${text}`)));
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${text}`))),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
