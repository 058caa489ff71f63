import { typedText, userText } from '../../src/i18n';

/** Text as Slack sends it (escaping on) → what the person typed → safe to show again in mrkdwn. */
describe('text someone typed', () => {
  it.each([
    ['<@U0WANG001|王明>', '@王明', '@王明'],
    ['<@U0WANG001>', '@U0WANG001', '@U0WANG001'],
    ['<!channel> <!here> <!everyone>', '@channel @here @everyone', '@channel @here @everyone'],
    ['<!subteam^S123|@judges>', '@judges', '@judges'],
    ['<#C0GENERAL|general>', '#general', '#general'],
    ['<http://evil.example|看这里>', '看这里', '看这里'],
    ['<mailto:wang@court.example|wang@court.example>', 'wang@court.example', 'wang@court.example'],
    ['A&amp;B&lt;C&gt;', 'A&B<C>', 'A&amp;B&lt;C&gt;'],
    ['&amp;lt;', '&lt;', '&amp;lt;'],
    ['简易程序 审限', '简易程序 审限', '简易程序 审限'],
  ])('%s was typed as %s and is shown as %s', (raw, typed, shown) => {
    expect(typedText(raw)).toBe(typed);
    expect(userText(raw)).toBe(shown);
  });

  it('never lets Slack markup through, whatever the input', () => {
    for (const raw of ['<<!channel>>', '<!channel', 'a>b<c', '<@U1|<!here>>', '&lt;!channel&gt;'])
      expect(userText(raw)).not.toMatch(/[<>]/);
  });
});
