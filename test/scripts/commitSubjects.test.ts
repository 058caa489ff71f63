import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Commit {
  hash: string;
  subject: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the check is a plain Node script run by .ci/run
const check = require('../../scripts/check-commit-subjects.js') as {
  MAX_SUBJECT_LENGTH: number;
  BASELINE: string;
  subjectLength: (subject: string) => number;
  subjectOf: (message: string) => string;
  commitsAfter: (baseline: string, head: string, cwd: string) => Commit[];
  tooLong: (commits: readonly Commit[]) => Commit[];
};

const HOOKS = path.resolve(__dirname, '../../.githooks');
/** Git as in a fresh shell: no repository inherited from a hook that runs Jest, a fixed author. */
const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_'))),
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
};
const subject = (length: number, prefix = 'Subject ') => prefix + 'x'.repeat(length - [...prefix].length);

describe('commit subjects stay within 72 characters', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: ENV,
    }).trim();
  const commit = (message: string) => {
    git('commit', '--allow-empty', '--no-verify', '-m', message);
    return git('rev-parse', 'HEAD');
  };

  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-subjects-'));
    git('init', '-q', '-b', 'main');
  });
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('counts characters, not bytes: 审限 is two', () => {
    expect(check.MAX_SUBJECT_LENGTH).toBe(72);
    expect(check.subjectLength('审限')).toBe(2);
    expect(check.subjectLength('审'.repeat(72))).toBe(72);
  });

  it('reads a message as git does: comment lines dropped, the first paragraph joined into one line', () => {
    const message = '# Please enter the commit message\n\nFirst line\nwraps here\n\nThe body, however long it is.\n';
    const hash = commit(message.split('\n').slice(2).join('\n'));
    expect(check.subjectOf(message)).toBe(git('log', '-1', '--format=%s', hash));
    expect(check.subjectOf(message)).toBe('First line wraps here');
  });

  it('names every commit after the baseline whose subject is too long, and none before it', () => {
    commit(subject(90));
    const baseline = commit(subject(72));
    const long = commit(subject(73));
    commit(subject(72, '审限 '));
    expect(check.tooLong(check.commitsAfter(baseline, 'HEAD', repo)).map((found) => found.hash)).toEqual([long]);
  });

  it('refuses to pass when the baseline is missing from the clone', () => {
    expect(() => check.commitsAfter('0'.repeat(40), 'HEAD', repo)).toThrow(/not in this clone/);
  });

  it('names a baseline that is a commit of this repository', () => {
    const root = path.resolve(__dirname, '../..');
    expect(execFileSync('git', ['cat-file', '-t', check.BASELINE], { cwd: root, encoding: 'utf8' }).trim()).toBe(
      'commit',
    );
  });

  it('has a commit-msg hook that refuses a 73-character subject and takes a 72-character one', () => {
    git('config', 'core.hooksPath', HOOKS);
    expect(() => git('commit', '--allow-empty', '-m', subject(73))).toThrow(/73 characters/);
    expect(() => git('commit', '--allow-empty', '-m', subject(72, '审限 '))).not.toThrow();
  });
});
