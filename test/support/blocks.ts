/** All visible text of some blocks (and the fallback text), for assertions on what a person would read. */
export function textOf(payload: { text?: string; blocks?: readonly unknown[] } | undefined): string {
  const parts: string[] = [];
  const visit = (element: unknown): void => {
    if (Array.isArray(element)) return element.forEach(visit);
    if (!element || typeof element !== 'object') return;
    for (const [key, value] of Object.entries(element as Record<string, unknown>)) {
      if (key === 'text' && typeof value === 'string') parts.push(value);
      else visit(value);
    }
  };
  visit(payload?.blocks ?? []);
  return `${payload?.text ?? ''}\n${parts.join('\n')}`;
}
