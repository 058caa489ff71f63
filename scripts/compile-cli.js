// The `docket` command compiled ahead of time: src/cli/main.ts and everything it imports from the project, bundled by
// esbuild into one CommonJS file under node_modules/.cache/docket (packages stay `require`d from node_modules).
// Running the TypeScript through tsx costs every start a transform-cache lookup, a resolution and a compile per source
// file: most of the time a server needs before it listens. bin/docket.js runs the bundle only while every source it
// was built from is unchanged (size and mtime, checked at each start), so it never runs stale code; otherwise it
// compiles again, or runs the sources through tsx as before when it cannot.
//
// `node scripts/compile-cli.js` compiles (npm's postinstall runs it); bin/docket.js calls `compiledCli()`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'docket');
const BUNDLE = path.join(CACHE, 'cli.js');
/** What the bundle was built from, read at each start: see `fresh`. */
const STAMP = path.join(CACHE, 'cli.json');
const LOCK = path.join(CACHE, 'cli.lock');
const ENTRY = 'src/cli/main.ts';
/** Besides the sources esbuild reads: what else decides the bundle's content. */
const SETTINGS = ['tsconfig.json', 'scripts/compile-cli.js', 'package-lock.json'];

function statOf(file) {
  try {
    const stat = fs.statSync(path.join(ROOT, file));
    return [stat.size, stat.mtimeMs];
  } catch {
    return undefined;
  }
}

/** The bundle when its stamp still describes every file it was built from, and the bundle itself; else undefined. */
function fresh() {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return undefined;
  }
  if (stamp.node !== process.versions.node) return undefined;
  const bundle = statOf(path.relative(ROOT, BUNDLE));
  if (!bundle || bundle[0] !== stamp.bundle[0] || bundle[1] !== stamp.bundle[1]) return undefined;
  for (const [file, size, mtimeMs] of stamp.inputs) {
    const now = statOf(file);
    if (!now || now[0] !== size || now[1] !== mtimeMs) return undefined;
  }
  return BUNDLE;
}

/**
 * A module's `__dirname` is where its source lives, not where the bundle does: a file that finds data beside it
 * (`path.resolve(__dirname, '../../../data/…')`) gets its own directory, relative to the bundle's.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes('__dirname')) return undefined;
      const relative = path.relative(CACHE, path.dirname(args.path)).split(path.sep).join('/');
      return {
        contents: source.replace(/\b__dirname\b/g, `require('node:path').join(__dirname, ${JSON.stringify(relative)})`),
        loader: 'ts',
      };
    });
  },
};

/** Compiles the bundle and writes its stamp; returns false (leaving any older bundle unused) when it cannot. */
async function compile() {
  const esbuild = require('esbuild');
  fs.mkdirSync(CACHE, { recursive: true });
  const started = Date.now();
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node}`,
    packages: 'external',
    outfile: temporary,
    sourcemap: 'inline',
    sourcesContent: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [sourceDirname],
  });
  const inputs = [...Object.keys(result.metafile.inputs), ...SETTINGS].map((file) => [file, ...(statOf(file) ?? [])]);
  // A source saved while esbuild read it may be in the bundle in its older form: no stamp, so no use of the bundle.
  if (inputs.some(([, size, mtimeMs]) => size === undefined || mtimeMs >= started)) {
    fs.rmSync(temporary, { force: true });
    return false;
  }
  fs.renameSync(temporary, BUNDLE);
  const stamp = { node: process.versions.node, bundle: statOf(path.relative(ROOT, BUNDLE)), inputs };
  fs.writeFileSync(`${STAMP}.${process.pid}.tmp`, JSON.stringify(stamp));
  fs.renameSync(`${STAMP}.${process.pid}.tmp`, STAMP);
  return true;
}

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * The compiled CLI to run: the bundle when fresh, else compiled anew by a child process (esbuild's plugins need its
 * asynchronous API); undefined — run the sources through tsx — when that fails (a syntax error is then reported by
 * tsx, as before) or another process is compiling (no point in two doing so at once).
 */
function compiledCli() {
  if (process.env.DOCKET_COMPILED === 'off') return undefined;
  const bundle = fresh();
  if (bundle) return bundle;
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    const holder = Number(fs.readFileSync(LOCK, 'utf8'));
    if (holder && running(holder)) return undefined;
    fs.rmSync(LOCK, { force: true });
  } catch {
    // no lock: nobody compiles
  }
  let lock;
  try {
    lock = fs.openSync(LOCK, 'wx');
  } catch {
    return undefined;
  }
  try {
    fs.writeSync(lock, String(process.pid));
    spawnSync(process.execPath, [__filename], { stdio: 'ignore' });
    return fresh();
  } finally {
    fs.closeSync(lock);
    fs.rmSync(LOCK, { force: true });
  }
}

module.exports = { compiledCli };

// Never a failed install for it: without a fresh bundle, bin/docket.js runs the sources through tsx.
if (require.main === module) {
  compile().then(
    (done) => {
      if (!done) process.stderr.write('docket: sources changed while compiling; compiled again at the next start\n');
    },
    (error) => {
      process.stderr.write(`docket: not compiled ahead of time, so it runs through tsx (${error.message})\n`);
    },
  );
}
