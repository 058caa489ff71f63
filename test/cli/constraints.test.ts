import { execFile } from 'node:child_process';
import fs from 'node:fs';
import v8 from 'node:v8';
import path from 'node:path';
import { CaseImportService } from '../../src/services/imports/caseImport';
import { EventImportService } from '../../src/services/imports/eventImport';
import { PeopleImportService } from '../../src/services/imports/peopleImport';
import type { Store } from '../../src/store';
import { docketInProcess, embeddedStoreEnv } from '../support/cli';
import { fixture, scratchDir } from '../support/importFixtures';
import { createMigratedDataDir, createTestStore } from '../support/store';
import { writeWorkbook } from '../support/xlsx';

/**
 * What the code promised only in comments: each is checked here, so breaking it fails a test.
 */
const ROOT = path.resolve(__dirname, '../..');

/** Runs a script in a fresh Node process with TypeScript through tsx, as bin/docket.js runs Docket. */
function node(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', `require('tsx/cjs');\n${script}`], { cwd: ROOT }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

/** The modules a process had loaded, printed by the script as its last line. */
const PRINT_LOADED = `process.stdout.write('\\n' + JSON.stringify(Object.keys(require.cache)));`;

describe('constraints the code relies on', () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());

  it('docket --help loads no subcommand action, nor Bolt, pg-boss, Prisma or PGlite (subcommands load lazily)', async () => {
    const output = await node(
      `const { runCli } = require('./src/cli/main.ts');
       const write = process.stdout.write.bind(process.stdout);
       process.stdout.write = () => true;
       runCli(['--help']).then(() => { process.stdout.write = write; ${PRINT_LOADED} });`,
    );
    const loaded = JSON.parse(output.split('\n').pop() as string) as string[];
    const relative = loaded.map((file) => path.relative(ROOT, file));
    expect(relative).toContain(path.join('src', 'cli', 'main.ts'));
    expect(relative.filter((file) => file.startsWith(path.join('src', 'cli', 'subcommands'))).length).toBeGreaterThan(
      5,
    );
    expect(
      relative.filter((file) =>
        /^src\/cli\/actions\/|node_modules\/(@slack\/bolt|pg-boss|@prisma\/client|@electric-sql\/pglite)\/|src\/generated\//.test(
          file,
        ),
      ),
    ).toEqual([]);
  }, 60_000);

  describe("bin/docket.js and Node's compile cache (Node 22.1+; stubbed here, as Node 20 has none)", () => {
    /**
     * Runs `docket --help` with `module.enableCompileCache` stubbed: the stub prints what it was called with and
     * whether the compiled CLI was loaded by then (the cache only serves modules loaded after the call).
     */
    const calls = (env: NodeJS.ProcessEnv): Promise<Array<{ dir: string | null; bundleLoaded: boolean }>> => {
      const stub = scratch.file(
        'compile-cache-stub.js',
        `require('node:module').enableCompileCache = (dir) => {
           const bundleLoaded = Object.keys(require.cache).some((file) => file.endsWith('/.cache/docket/cli.js') || file.endsWith('/src/cli/main.ts'));
           process.stdout.write('enableCompileCache ' + JSON.stringify({ dir: dir ?? null, bundleLoaded }) + '\\n');
           return { status: 0 };
         };`,
      );
      const childEnv = { ...process.env, ...env };
      if (!env.NODE_COMPILE_CACHE) delete childEnv.NODE_COMPILE_CACHE;
      return new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          ['--require', stub, path.join(ROOT, 'bin', 'docket.js'), '--help'],
          { cwd: ROOT, env: childEnv },
          (error, stdout, stderr) =>
            error
              ? reject(new Error(`${error.message}\n${stderr}`))
              : resolve(
                  stdout
                    .split('\n')
                    .filter((line) => line.startsWith('enableCompileCache '))
                    .map((line) => JSON.parse(line.slice('enableCompileCache '.length)) as never),
                ),
        );
      });
    };

    it('enables it before loading Docket, in a directory beside the compiled CLI rather than the shared temporary one', async () => {
      expect(await calls({})).toEqual([
        { dir: path.join(ROOT, 'node_modules', '.cache', 'docket', 'compile-cache'), bundleLoaded: false },
      ]);
    }, 60_000);

    it('leaves the directory to NODE_COMPILE_CACHE when an operator set it', async () => {
      expect(await calls({ NODE_COMPILE_CACHE: scratch.dir })).toEqual([{ dir: null, bundleLoaded: false }]);
    }, 60_000);
  });

  it('exceljs reads XLSX text through the UTF-8-safe SAX driver in plain Node too, not only under Jest', async () => {
    const file = scratch.file('chinese.xlsx');
    await writeWorkbook(file, [['案号'], ...Array.from({ length: 5000 }, (_, i) => [`（2024）内0291民初${i + 1}号`])]);
    const output = await node(
      `const { openSheet } = require('./src/cmsExports/readers/index.ts');
       (async () => {
         const sheet = await openSheet(${JSON.stringify(file)}, {});
         let garbled = 0, last = '';
         for await (const row of sheet.rows) { last = String(row.cells[0]); if (last.includes('\\uFFFD')) garbled += 1; }
         process.stdout.write(JSON.stringify({ garbled, last }));
       })();`,
    );
    expect(JSON.parse(output)).toEqual({ garbled: 0, last: '（2024）内0291民初5000号' });
  }, 60_000);

  describe('a case or event import never touches the Prisma client (its query compiler stays unloaded)', () => {
    let store: Store;
    beforeAll(async () => {
      store = await createTestStore();
    });
    afterAll(() => store?.close());

    it('importing cases and their events runs on raw SQL alone (the roster, a few hundred people, may use Prisma)', async () => {
      await store.prisma.court.create({ data: { code: '内0291', name: '包头稀土高新技术产业开发区人民法院' } });
      const withoutPrisma = new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'prisma') throw new Error('the import used store.prisma');
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      const options = { actor: 'test' };
      expect(await new PeopleImportService({ store }).run(fixture('people.csv'), options)).toMatchObject({
        rejected: 0,
      });
      expect(
        await new CaseImportService({ store: withoutPrisma }).run(fixture('cases-utf8.csv'), options),
      ).toMatchObject({ rejected: 0 });
      expect(await new EventImportService({ store: withoutPrisma }).run(fixture('events.csv'), options)).toMatchObject({
        outcome: 'committed',
      });
    });
  });

  it('every docket process raises its WebAssembly tiering budget before it does anything else', async () => {
    // bin/docket.js as a process runs it, with V8's flag setter and WebAssembly's compiler recording their order.
    const output = await node(
      `const v8 = require('node:v8');
       const order = [];
       v8.setFlagsFromString = (flag) => void order.push(flag);
       const compile = WebAssembly.compile;
       WebAssembly.compile = (...args) => (order.push('wasm'), compile(...args));
       process.on('exit', () => console.log(JSON.stringify(order)));
       process.argv = [process.argv[0], 'bin/docket.js', '--help'];
       require('./bin/docket.js');`,
    );
    const order = JSON.parse(output.trim().split('\n').at(-1) as string) as string[];
    // Before any WebAssembly is compiled (here tsx's own lexer may compile some, after it).
    expect(order[0]).toBe('--wasm-tiering-budget=180000000');
    expect(order.filter((entry) => entry !== 'wasm')).toEqual(['--wasm-tiering-budget=180000000']);
  });

  it('docket import sets its V8 flags before the embedded store compiles PostgreSQL to machine code', async () => {
    const dataDir = await createMigratedDataDir('docket-v8-flags-');
    const env = embeddedStoreEnv(dataDir);
    expect(await docketInProcess(['court', 'add', '内0291', '包头稀土高新技术产业开发区人民法院'], env)).toMatchObject({
      code: 0,
    });
    // The flags only change speed and memory (bench:import measures them), so here they are recorded, not set.
    const order: string[] = [];
    const flags = jest.spyOn(v8, 'setFlagsFromString').mockImplementation((flag) => void order.push(flag));
    const wasm = (globalThis as unknown as { WebAssembly: { instantiate(...args: unknown[]): Promise<unknown> } })
      .WebAssembly;
    const instantiate = wasm.instantiate.bind(wasm);
    const compiling = jest.spyOn(wasm, 'instantiate').mockImplementation((...args: unknown[]) => {
      order.push('wasm');
      return instantiate(...args);
    });
    try {
      const run = await docketInProcess(['import', 'people', fixture('people.csv'), '--court', '内0291'], env);
      expect(run.code).toBe(0);
      expect(order.slice(0, 3)).toEqual(['--no-allocation-site-pretenuring', '--liftoff-only', 'wasm']);
    } finally {
      flags.mockRestore();
      compiling.mockRestore();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
