import path from 'node:path';
import { importRules, type RuleFileOutcome } from '../../services/regulations/importDocuments';
import type { Store } from '../../store';

/** The texts shipped in the repository (data/README.md): national laws, and the demo court's fictional rules. */
const DEMO_RULE_DIRS = ['laws', 'court-rules'].map((dir) => path.resolve(__dirname, '../../../data', dir));

export interface RulesSeedReport {
  files: number;
  imported: number;
  unchanged: number;
  rejected: RuleFileOutcome[];
}

/**
 * Imports the shipped rule texts, so /rule answers in the demo. Kept apart from `seedDemo`, whose one transaction
 * holds court data only (and which tests call often): rules are imported a document per transaction, and again
 * on a reset they are simply found unchanged.
 */
export async function seedDemoRules(store: Store): Promise<RulesSeedReport> {
  const outcomes: RuleFileOutcome[] = [];
  for (const dir of DEMO_RULE_DIRS) outcomes.push(...(await importRules(store, dir, { actor: 'seed' })));
  return {
    files: outcomes.length,
    imported: outcomes.filter(
      (o) => o.status === 'new_document' || o.status === 'new_version' || o.status === 'older_version',
    ).length,
    unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
    rejected: outcomes.filter((o) => o.status === 'rejected'),
  };
}
