import fs from 'node:fs';
import path from 'node:path';

/**
 * bin/docket.js runs the bundle scripts/compile-cli.js makes only while every source it was built from is
 * unchanged: a source saved since (here: its mtime moved, its content kept) is compiled again before it runs.
 */
const ROOT = path.resolve(__dirname, '../..');
const STAMP = path.join(ROOT, 'node_modules/.cache/docket/cli.json');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compiledCli } = require('../../scripts/compile-cli.js') as { compiledCli: () => string | undefined };

interface Stamp {
  bundle: [number, number];
  inputs: Array<[string, number, number]>;
}

const stamp = (): Stamp => JSON.parse(fs.readFileSync(STAMP, 'utf8')) as Stamp;

/** Waits while another process (a docket spawned by another test) holds the compile lock. */
async function compiled(): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const bundle = compiledCli();
    if (bundle) return bundle;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the CLI was not compiled');
}

describe('the compiled docket command', () => {
  it('is built from every source the CLI reaches, lazily required ones included, and tsconfig.json', async () => {
    await compiled();
    const inputs = stamp().inputs.map(([file]) => file);
    expect(inputs).toEqual(
      expect.arrayContaining([
        'src/cli/main.ts',
        'src/cli/actions/serve.ts',
        'src/slack/serve.ts',
        'commands/rule.ts',
        'src/domain/regulations/search.ts',
        'tsconfig.json',
      ]),
    );
  }, 60_000);

  it('is compiled again before it runs once a source it was built from changed', async () => {
    await compiled();
    const source = path.join(ROOT, 'src/cli/errors.ts');
    const before = stamp();
    const { atime } = fs.statSync(source);
    // Saved now (before the compile starts, or the compile could not tell it from a save during its run).
    fs.utimesSync(source, atime, new Date());
    await compiled();
    const after = stamp();
    const recorded = after.inputs.find(([file]) => file === 'src/cli/errors.ts');
    expect(recorded?.[2]).toBe(fs.statSync(source).mtimeMs);
    expect(after.bundle).not.toEqual(before.bundle);
  }, 60_000);
});
