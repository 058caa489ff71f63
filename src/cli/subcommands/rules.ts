import type { Command } from 'commander';
import type * as Actions from '../actions/rules';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/rules');

function registerRulesImport(rules: Command): void {
  rules
    .command('import')
    .description(
      'import laws, interpretations or the court’s own rules: a .md, .txt or .docx file, or a directory of them (each file reported)',
    )
    .argument('<path>', 'a file or a directory')
    .option(
      '--json',
      'print one JSON object per file: file, status (new_document | new_version | older_version | unchanged | rejected), title, versionDate, articles, changes, reason',
    )
    .option(
      '--doc-type <type>',
      'the kind of documents that do not say (front matter doc_type), e.g. 本院规定; default: read from the title',
    )
    .option('--lang <lang>', 'language of reasons: zh (default) or en')
    .action((target: string, raw: unknown) => actions().rulesImport(target, raw));
}

function registerRulesChanges(rules: Command): void {
  rules
    .command('changes')
    .description(
      'what rules imports changed since a day: new documents, new versions with their amended, added and repealed articles',
    )
    .requiredOption('--since <YYYY-MM-DD>', 'from the start of this day (Asia/Shanghai)')
    .option(
      '--json',
      'print JSON: [{"title", "docType", "versionDate", "current", "kind", "summary", "recordedAt", "amended", "added", "repealed"}]',
    )
    .action((raw: unknown) => actions().rulesChanges(raw));
}

function registerRuleSearch(program: Command): void {
  program
    .command('rule')
    .description('look up laws and court rules')
    .command('search')
    .description(
      'search the imported laws and rules: cited articles first (民诉法第一百六十四条), then ranked full-text matches',
    )
    .argument('[query]', 'words or a citation; omit with --batch')
    .option('--limit <n>', 'how many results (1–100)', '10')
    .option('--json', 'print JSON: [{"law": "<title>", "article": "第一百六十四条", "score": 12.3, "snippet": "…"}]')
    .option('--batch <file>', 'one query per line (- for stdin); prints one JSON array per line, in order')
    .option('--lang <lang>', 'language of messages when nothing is found: zh (default) or en')
    .action((query: string | undefined, raw: unknown) => actions().ruleSearch(query, raw));
}

/** `docket rules import|changes` and `docket rule search`. */
export function registerRulesCommands(program: Command): void {
  const rules = program.command('rules').description('laws and court rules: import them, see what changed');
  registerRulesImport(rules);
  registerRulesChanges(rules);
  registerRuleSearch(program);
}
