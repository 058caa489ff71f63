import type { Citation } from '../law';
import type { BasisLine, DeadlineWarning } from './result';

/**
 * The breakdown and warnings gathered while one deadline is computed. With `explain` off (bulk
 * recomputation) callers skip building the wording; warnings are always kept.
 */
export interface Trail {
  readonly explain: boolean;
  readonly basis: BasisLine[];
  readonly warnings: DeadlineWarning[];
}

export function line(trail: Trail, key: string, zh: string, en: string, citations: readonly Citation[] = []): void {
  trail.basis.push({ key, zh, en, citations });
}

export function warn(trail: Trail, code: string, zh: string, en: string): void {
  trail.warnings.push({ code, zh, en });
}
