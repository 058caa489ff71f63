import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build, type OutputFile, type Plugin } from 'esbuild';

export const ROOT = path.resolve(__dirname, '..', '..');
/** Under the project, so the bundles' `require`s of packages find node_modules. */
const BUNDLES = path.join(ROOT, 'node_modules', '.cache', 'docket-test');

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

/**
 * Runs a TypeScript file of the project in a child Node process, capturing its output. The file runs as one
 * bundle of it and the project sources it imports (built by esbuild once per test file, as scripts/compile-cli.js
 * builds `docket`): through tsx, every start transforms, resolves and compiles each source file again.
 */
export async function spawnTs(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Spawned> {
  const bundle = await bundled(file);
  return track(spawn(process.execPath, ['--enable-source-maps', bundle, ...args], { cwd: ROOT, env }));
}

const bundles = new Map<string, Promise<string>>();

function bundled(file: string): Promise<string> {
  const source = path.resolve(ROOT, file);
  let bundle = bundles.get(source);
  if (!bundle) {
    bundle = bundleOf(source);
    bundles.set(source, bundle);
  }
  return bundle;
}

async function bundleOf(source: string): Promise<string> {
  const result = await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node}`,
    packages: 'external',
    outdir: BUNDLES,
    write: false,
    sourcemap: 'inline',
    logLevel: 'silent',
    plugins: [sourceDirname],
  });
  const contents = (result.outputFiles[0] as OutputFile).contents;
  // Named by content: parallel Jest workers write the same bytes, and a changed source gets a new file.
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 16);
  const bundle = path.join(BUNDLES, `${path.basename(source, '.ts')}-${hash}.js`);
  if (!fs.existsSync(bundle)) {
    fs.mkdirSync(BUNDLES, { recursive: true });
    const partial = `${bundle}.${process.pid}`;
    fs.writeFileSync(partial, contents);
    fs.renameSync(partial, bundle);
    // Bundles of the file's earlier versions, unless a test running meanwhile may still start one.
    for (const name of fs.readdirSync(BUNDLES)) {
      const other = path.join(BUNDLES, name);
      if (name.startsWith(`${path.basename(source, '.ts')}-`) && other !== bundle && ageMs(other) > 3_600_000)
        fs.rmSync(other, { force: true });
    }
  }
  return bundle;
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** A module's `__dirname` stays where its source lives (src/store finds prisma/migrations beside it), not the bundle's. */
const sourceDirname: Plugin = {
  name: 'source-dirname',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      const contents = await fs.promises.readFile(args.path, 'utf8');
      if (!contents.includes('__dirname')) return undefined;
      const relative = path.relative(BUNDLES, path.dirname(args.path)).split(path.sep).join('/');
      return {
        contents: contents.replace(
          /\b__dirname\b/g,
          `require('node:path').join(__dirname, ${JSON.stringify(relative)})`,
        ),
        loader: 'ts',
      };
    });
  },
};

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
