import fs from 'node:fs';
import { openStore, StoreUnavailableError } from '../../src/store';
import { spawnTs } from '../support/processes';
import { createMigratedDataDir } from '../support/store';

const HOLDER = 'test/support/children/holdDataDir.ts';

/**
 * The embedded store's data-directory lock against real processes: one that holds the directory and
 * is then killed with SIGKILL, as the OOM killer or a power cut in a container does.
 */
describe('the data-directory lock of a process killed with SIGKILL', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await createMigratedDataDir('docket-lock-');
  }, 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is refused to a second owner while its owner lives, and taken over at once, with a log line, when it is killed', async () => {
    const holder = await spawnTs(HOLDER, [dataDir]);
    try {
      const pid = Number((await holder.waitFor(/locked (\d+)/))[1]);
      const refused = openStore({ dataDir, migrate: false });
      await expect(refused).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(refused).rejects.toThrow(`in use by another Docket process (pid ${pid})`);

      await holder.kill9();
      const logged: string[] = [];
      const killedAt = Date.now();
      const store = await openStore({ dataDir, migrate: false, log: (message) => logged.push(message) });
      const tookMs = Date.now() - killedAt;
      try {
        expect(logged).toEqual([expect.stringMatching(`took over the lock .* from process ${pid}, .*no longer runs`)]);
        // The restart is not made to wait for the lock to go stale (a minute).
        expect(tookMs).toBeLessThan(30_000);
        // And the new owner is protected in turn.
        await expect(openStore({ dataDir, migrate: false })).rejects.toThrow(
          `in use by another Docket process (pid ${process.pid})`,
        );
      } finally {
        await store.close();
      }
    } finally {
      await holder.kill9();
    }
  }, 120_000);

  // Who takes the directory is the lock's decision alone (the store opens after it): these processes hold just the lock.
  it('two processes restarting together after the kill: exactly one takes the directory', async () => {
    const dead = await spawnTs(HOLDER, [dataDir, 'lock']);
    await dead.waitFor(/locked/);
    await dead.kill9();
    const racers = await Promise.all([spawnTs(HOLDER, [dataDir, 'lock']), spawnTs(HOLDER, [dataDir, 'lock'])]);
    try {
      const outcomes = await Promise.all(
        racers.map((racer) =>
          Promise.race([racer.waitFor(/locked/).then(() => 'locked'), racer.exited.then(() => 'refused')]),
        ),
      );
      expect([...outcomes].sort()).toEqual(['locked', 'refused']);
      const loser = racers[outcomes.indexOf('refused')];
      expect(loser?.output()).toContain('in use by another Docket process');
    } finally {
      await Promise.all(racers.map((racer) => racer.kill9()));
    }
  }, 120_000);
});
