/**
 * The permission boundary, checked by the compiler (issue 14): every `@ts-expect-error` below marks
 * something a handler must not be able to write. If one of them compiles — the store reachable from
 * the services a handler gets, or a case read given a scope that AccessService did not resolve — the
 * directive is unused and `npx tsc --noEmit` fails. Jest does not run this file: nothing in it executes.
 */
import type { IsoDate } from '../../src/domain/dates';
import type { CaseScope } from '../../src/services/access';
import type { Viewer } from '../../src/services/identity';
import type { HandlerContext } from '../../src/slack/handlerContract';

/** A handler reading a viewer's cases: the one way that compiles, and the ways that must not. */
export async function handlerReadingCases({ services }: HandlerContext, viewer: Viewer, today: IsoDate) {
  const scope = await services.access.scope(viewer, { kind: 'default' });
  await services.myCases.summary(scope, today);
  await services.myCases.page(scope, { kind: 'all' }, 0, today);

  // @ts-expect-error a handler's services hold no store…
  void services.store;
  // @ts-expect-error …and a service does not hand out the one it was built with.
  void services.myCases.deps;

  // @ts-expect-error a scope written as an object literal is not a resolved scope,
  const court: CaseScope = { kind: 'court', courtId: viewer.courtId, courtCode: viewer.courtCode };
  // @ts-expect-error nor is one passed straight to a case read,
  await services.myCases.summary({ kind: 'court', courtId: viewer.courtId, courtCode: viewer.courtCode }, today);
  // @ts-expect-error nor a resolved one spread into a wider one (a judge's scope made the court's),
  await services.myCases.page({ ...scope, kind: 'court', courtCode: viewer.courtCode }, { kind: 'all' }, 0, today);
  if (scope.kind === 'judges') {
    // @ts-expect-error and a resolved scope cannot be changed: its judges are read-only,
    scope.judgeIds.push(viewer.personId + 1);
  }
  // @ts-expect-error as is its court.
  scope.courtId = viewer.courtId + 1;
  return court;
}
