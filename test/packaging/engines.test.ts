import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

/**
 * The Node versions Docket declares (package.json engines) are ones every installed package declares too,
 * so `npm ci` on a supported Node never warns EBADENGINE: a dependency that raises its floor (pg-boss 12
 * asks for Node ≥ 22.12) fails here instead of in a court's install log.
 */
const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[]; os?: string[] }>;
};

describe('the Node versions Docket declares', () => {
  const declared = manifest.engines.node;

  it('are the maintained lines courts deploy (22 and 24 and later), not end-of-life Node 20', () => {
    expect(semver.validRange(declared)).not.toBeNull();
    for (const supported of ['22.13.0', '22.23.3', '24.0.0', '24.11.1'])
      expect(semver.satisfies(supported, declared)).toBe(true);
    expect(semver.satisfies('20.19.0', declared)).toBe(false);
  });

  it('are within what every package in the lockfile declares', () => {
    const disagreeing = Object.entries(lock.packages)
      .filter(([location]) => location !== '')
      .flatMap(([location, info]) => {
        const wanted = !Array.isArray(info.engines) ? info.engines?.node : undefined;
        if (wanted === undefined || semver.validRange(wanted) === null) return [];
        return semver.subset(declared, wanted, { includePrerelease: false })
          ? []
          : [`${location.replace(/^.*node_modules\//, '')}@${info.version ?? '?'} wants node ${wanted}`];
      });
    expect(disagreeing).toEqual([]);
  });

  it('agree with the lockfile’s copy of them (npm install was run after the change)', () => {
    expect(lock.packages['']?.engines).toEqual(manifest.engines);
  });
});
