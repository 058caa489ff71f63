import path from 'node:path';
import { RegulationImportService, type RegulationFileOutcome } from '../../services/regulations/importDocuments';
import type { Store } from '../../store';

/** The texts shipped in the repository (data/README.md): the national library, and the demo court's fictional rules. */
const DATA = path.resolve(__dirname, '../../../data');

export interface RegulationsSeedReport {
  files: number;
  imported: number;
  unchanged: number;
  rejected: RegulationFileOutcome[];
}

/**
 * Imports the shipped regulation texts, so /rule answers in the demo. Kept apart from `seedDemo`, whose one transaction
 * holds court data only (and which tests call often): regulations are imported in transactions of their own, and again
 * on a reset they are simply found unchanged. Without the national library (1,400 documents, the slow part) when
 * a test seeds a tiny court.
 */
export async function seedDemoRegulations(
  store: Store,
  options: { nationalLibrary?: boolean } = {},
): Promise<RegulationsSeedReport> {
  const dirs = [...(options.nationalLibrary === false ? [] : ['laws']), 'court-rules'];
  const importer = new RegulationImportService({ store });
  const outcomes: RegulationFileOutcome[] = [];
  for (const dir of dirs) outcomes.push(...(await importer.importPath(path.join(DATA, dir), { actor: 'seed' })));
  return {
    files: outcomes.length,
    imported: outcomes.filter(
      (o) => o.status === 'new_document' || o.status === 'new_version' || o.status === 'older_version',
    ).length,
    unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
    rejected: outcomes.filter((o) => o.status === 'rejected'),
  };
}
