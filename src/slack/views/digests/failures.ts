import type { Locale } from '../../../i18n';
import { digestMessages } from '../../../i18n/digests';
import type { SlackMessage } from '../../blockKit';
import { context, escape, header, markdown } from '../blocks';

export interface FailedDelivery {
  /** A name or a channel mention. */
  recipient: string;
  error: string;
}

/** The one message administrators get about digests that could not be sent, after Docket's retries. */
export function failureReportMessage(
  locale: Locale,
  input: { kind: 'daily' | 'weekly' | 'monthly' | 'rules'; period: string; failed: FailedDelivery[] },
): SlackMessage {
  const text = digestMessages(locale).failures;
  const title = text.title(digestMessages(locale).kinds[input.kind], input.period);
  const lines = input.failed.slice(0, 40).map((failure) => text.line(escape(failure.recipient), escape(failure.error)));
  return {
    text: title,
    blocks: [header(title.slice(0, 150)), markdown(lines.join('\n').slice(0, 2900)), context(text.advice)],
  };
}
