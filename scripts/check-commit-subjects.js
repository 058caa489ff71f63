// Commit subjects stay within 72 characters, so that `git log --oneline` reads (docs/TEAM-NOTES.md).
//   node scripts/check-commit-subjects.js          every commit after BASELINE up to HEAD (`.ci/run`, `npm run check:commits`)
//   node scripts/check-commit-subjects.js --message-file <file>   one message about to be committed (.githooks/commit-msg)
// Characters are counted, not bytes: a subject may name 审限, three characters and nine UTF-8 bytes.
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

const MAX_SUBJECT_LENGTH = 72;

/**
 * main's tip when this check landed. Three earlier subjects are 73 and 74 characters long and stay so (main is never
 * rewritten); every commit after this one is checked.
 */
const BASELINE = '4db4b988e99b35c195085170c3180de36783cc43';

/** Characters as `wc -m` and Python's len() count them (code points), not UTF-8 bytes. */
const subjectLength = (subject) => [...subject].length;

/**
 * The subject git shows for a message (`git log --format=%s`): its first paragraph with the lines joined by spaces,
 * after dropping comment lines, as `git commit` does before it records the message.
 */
function subjectOf(message) {
  const lines = message.split('\n').filter((line) => !line.startsWith('#'));
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start === -1) return '';
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  return lines
    .slice(start, end === -1 ? lines.length : end)
    .map((line) => line.trim())
    .join(' ');
}

const git = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every commit reachable from `head` but not from `baseline`, oldest first, with the subject git shows for it. */
function commitsAfter(baseline, head, cwd) {
  try {
    git(['cat-file', '-e', `${baseline}^{commit}`], cwd);
  } catch {
    throw new Error(
      `the baseline commit ${baseline} is not in this clone (a shallow clone? fetch the full history) or the repository`,
    );
  }
  return git(['log', '--reverse', '--format=%H %s', `${baseline}..${head}`], cwd)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => ({ hash: line.slice(0, line.indexOf(' ')), subject: line.slice(line.indexOf(' ') + 1) }));
}

const tooLong = (commits) => commits.filter((commit) => subjectLength(commit.subject) > MAX_SUBJECT_LENGTH);

const describe = (subject) => `${subjectLength(subject)} characters: ${subject}`;

function main(argv) {
  const fileIndex = argv.indexOf('--message-file');
  if (fileIndex !== -1) {
    const subject = subjectOf(fs.readFileSync(argv[fileIndex + 1], 'utf8'));
    if (subjectLength(subject) <= MAX_SUBJECT_LENGTH) return 0;
    console.error(`commit subject over ${MAX_SUBJECT_LENGTH} characters (${describe(subject)})`);
    console.error('Say what changed in the subject; the why and the numbers go in the body.');
    return 1;
  }
  const commits = commitsAfter(BASELINE, 'HEAD', process.cwd());
  const long = tooLong(commits);
  if (long.length === 0) {
    const count = `${commits.length} commit${commits.length === 1 ? '' : 's'}`;
    console.log(`${count} after ${BASELINE.slice(0, 7)}: no subject over ${MAX_SUBJECT_LENGTH} characters`);
    return 0;
  }
  console.error(`${long.length} commit subjects over ${MAX_SUBJECT_LENGTH} characters after ${BASELINE.slice(0, 7)}:`);
  for (const commit of long) console.error(`  ${commit.hash.slice(0, 7)} ${describe(commit.subject)}`);
  console.error('Reword the commits not yet on main (git rebase -i main, "reword"); main itself is never rewritten.');
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { MAX_SUBJECT_LENGTH, BASELINE, subjectLength, subjectOf, commitsAfter, tooLong };
