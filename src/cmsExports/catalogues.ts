import { APPEAL_OUTCOMES, CLOSE_METHODS, TEAM_KINDS } from '../domain/catalogues';
import { APPEALS_AGAINST, PROCEDURES, PROSECUTIONS, SPECIAL_KINDS } from '../domain/procedures';
import type { ValueCatalogue } from './mappingFile';

export { APPEAL_OUTCOMES, CLOSE_METHODS, TEAM_KINDS };

/** The catalogues a case mapping file may add spellings to (values: …). */
export const CASE_CATALOGUES: Readonly<Record<string, ValueCatalogue>> = {
  procedure: PROCEDURES,
  closeMethod: CLOSE_METHODS,
  appealOutcome: APPEAL_OUTCOMES,
  prosecution: PROSECUTIONS,
  appealAgainst: APPEALS_AGAINST,
  specialKind: SPECIAL_KINDS,
};
