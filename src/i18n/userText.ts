/**
 * Slack's mrkdwn treats &, < and > as control characters: `<!channel>` notifies a whole channel, `<@U…>` mentions
 * someone, `<http://…|label>` is a link. Docket's messages are mrkdwn, so anything that did not come from Docket —
 * a word someone typed, a name or a cause from the court's data — is escaped here, in the one function that does.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SPECIAL_MENTIONS: Record<string, string> = { channel: '@channel', here: '@here', everyone: '@everyone' };

/** One piece of Slack's markup as the person saw it in the composer: a mention's name, a link's label. */
function displayed(target: string, label: string | undefined): string {
  const sigil = target.startsWith('@') ? '@' : target.startsWith('#') ? '#' : '';
  if (label) return sigil && !label.startsWith(sigil) ? `${sigil}${label}` : label;
  if (target.startsWith('!')) return SPECIAL_MENTIONS[target.slice(1)] ?? target.slice(1).replace(/\^.*$/, '');
  return target.replace(/^mailto:/, '');
}

/**
 * What someone typed, as Slack sends it (escaping on: & < > as entities, mentions, channels and links in angle
 * brackets), turned back into the characters they saw: `<@U1|王明>` → `@王明`, `<!channel>` → `@channel`,
 * `&lt;` → `<`. For reading words out of a command (a search query); to show it, use userText.
 */
export function typedText(raw: string): string {
  return raw
    .replace(/<([^<>|]*)(?:\|([^<>]*))?>/g, (_, target: string, label: string | undefined) => displayed(target, label))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

declare const typedBySomeone: unique symbol;

/**
 * Text someone typed, made safe to show in a message. The catalogue's messages that echo input take this type, and
 * only `userText` makes one, so a word cannot reach a message unescaped.
 */
export type UserText = string & { readonly [typedBySomeone]: true };

export function userText(raw: string): UserText {
  return escapeMrkdwn(typedText(raw)) as UserText;
}
