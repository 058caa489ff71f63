import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandaloneFake, type StandaloneFake } from '../../src/devtools/localSlack/standaloneFake';
import { createLogger } from '../../src/observability/logger';
import { Metrics } from '../../src/observability/metrics';
import { createWebClient } from '../../src/slack/client';
import { Outbound } from '../../src/slack/outbound';

/**
 * `docket fake-slack` (docs/slack.md, "Without a workspace"): `npm start` and `docket digest` run against it with
 * the variables it prints, it lists the calls they make, and the chart Docket uploads lands in a file to look at.
 */
describe('the fake Slack on its own (docket fake-slack)', () => {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-fake-files-'));
  const reported: string[] = [];
  let fake: StandaloneFake;
  let outbound: Outbound;

  beforeAll(async () => {
    fake = await startStandaloneFake({ port: 0, filesDir, report: (line) => reported.push(line) });
    outbound = new Outbound({
      client: createWebClient({ token: fake.env.SLACK_BOT_TOKEN, slackApiUrl: fake.env.SLACK_API_URL }),
      logger: createLogger({ level: 'silent' }),
      metrics: new Metrics(),
    });
  });
  afterAll(async () => {
    await fake.stop();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('accepts the bot token it prints, and reports each call on a line', async () => {
    expect(await outbound.authTest()).toMatchObject({ botId: expect.any(String) });
    await outbound.postToChannel('C0REPORTS', { text: '周报' });
    expect(reported).toEqual(expect.arrayContaining(['auth.test', 'chat.postMessage → C0REPORTS']));
  });

  it('saves an uploaded chart as the very bytes Docket sent (the WebClient uploads a multipart form)', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    await outbound.uploadFile({ channel: 'C0REPORTS', filename: 'weekly-chart.png', data: png });
    const saved = fs.readdirSync(filesDir).filter((name) => name.endsWith('weekly-chart.png'));
    expect(saved).toHaveLength(1);
    expect(fs.readFileSync(path.join(filesDir, saved[0] as string)).equals(png)).toBe(true);
    expect(reported).toContain(`file_upload → ${path.join(filesDir, saved[0] as string)}`);
  });
});
