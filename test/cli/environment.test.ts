import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docketInProcess } from '../support/cli';

/**
 * A bad environment variable stops Docket with one sentence that names the variable and says what it
 * must be, exit code 3 — never a stack trace (README, Configuration). Secrets are not echoed back.
 * In process: runCli is what bin/docket.js runs, and it no longer lets a ConfigError escape.
 */
describe('a bad environment variable', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-env-'));
  const base = { DOCKET_DATA_DIR: dataDir, DATABASE_URL: undefined, SLACK_SIGNING_SECRET: 'secret' };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['SLACK_BOT_TOKEN', 'bogus', 'SLACK_BOT_TOKEN must be the bot token (xoxb-…)'],
    ['PORT', 'abc', 'PORT must be a whole number from 0 to 65535, not “abc”'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not “loud”'],
    ['SLACK_API_URL', 'slack.com', 'SLACK_API_URL must be an http(s) URL'],
    ['DOCKET_SCHEDULER', 'sometimes', 'DOCKET_SCHEDULER must be on or off, not “sometimes”'],
  ])('%s=%s: docket serve prints one sentence naming it and exits 3', async (variable, value, sentence) => {
    const run = await docketInProcess(['serve'], { ...base, SLACK_BOT_TOKEN: 'xoxb-1', [variable]: value });
    expect(run.code).toBe(3);
    expect(run.stderr.split('\n')).toEqual([expect.stringContaining(sentence)]);
    expect(run.stderr).toMatch(/^docket: [^\n]+\.$/);
    expect(run.stdout).toBe('');
  });

  it('never echoes a token, even a mistyped one', async () => {
    const run = await docketInProcess(['serve'], { ...base, SLACK_BOT_TOKEN: 'xoxp-my-user-token' });
    expect(run.stderr).toContain('SLACK_BOT_TOKEN');
    expect(run.stderr).not.toContain('xoxp-my-user-token');
  });

  it('stops any command that opens the store the same way (DATABASE_URL)', async () => {
    const run = await docketInProcess(['users', 'list'], { ...base, DATABASE_URL: 'mysql://db/docket' });
    expect(run).toMatchObject({ code: 3, stdout: '' });
    expect(run.stderr).toContain('DATABASE_URL must be a PostgreSQL URL such as postgres://user@host:5432/docket');
  });
});
