import { z } from 'zod';

/**
 * Pieces of slash-command text as Slack sends them with should_escape on: mentions arrive as
 * <@U123|name>, e-mail addresses as <mailto:a@b.c|a@b.c>. Full-width spaces separate words too.
 */
export function commandWords(text: string): string[] {
  return text
    .replace(/\u3000/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((token) => token.length > 0);
}

const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
const MAILTO = /^<mailto:([^|>]+)(?:\|[^>]*)?>$/;

/** A Slack user mention, parsed to the user id. */
export const slackMention = z
  .string()
  .regex(MENTION)
  .transform((token) => (MENTION.exec(token) as RegExpExecArray)[1] as string);

/** An e-mail address, bare or as Slack's mailto link. */
export const emailAddress = z
  .string()
  .transform((token) => MAILTO.exec(token)?.[1] ?? token)
  .pipe(z.email());

/** A word matched case-insensitively against its Chinese and English spellings. */
export function word<const Words extends readonly [string, ...string[]]>(...words: Words) {
  const lower = words.map((candidate) => candidate.toLowerCase());
  return z.string().refine((token) => lower.includes(token.toLowerCase()));
}
