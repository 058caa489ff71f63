import type { SlackDirectory } from '../services/identity';
import type { ReadCache } from '../services/readCache';
import type { Outbound, SlackUserProfile } from './outbound';

const PROFILE_TTL_SECONDS = 600;

/**
 * Slack profiles (e-mail, locale) through outbound, cached for ten minutes: the locale is needed on
 * every request of someone without a language setting, and users.info is a rate-limited Tier 4 call.
 */
export class SlackProfiles implements SlackDirectory {
  constructor(
    private readonly outbound: Outbound,
    private readonly cache: ReadCache,
  ) {}

  profile(slackUserId: string): Promise<SlackUserProfile | null> {
    return this.cache.wrap(`slack-profile:${slackUserId}`, PROFILE_TTL_SECONDS, () =>
      this.outbound.userProfile(slackUserId),
    );
  }

  /** The Slack locale if already known, without calling Slack (for messages sent when things fail). */
  knownLocale(slackUserId: string): string | undefined {
    return this.cache.peek<SlackUserProfile | null>(`slack-profile:${slackUserId}`)?.locale;
  }
}
