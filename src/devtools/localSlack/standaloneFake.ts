import fs from 'node:fs';
import path from 'node:path';
import { FakeSlackApi, type RecordedCall } from './fakeSlackApi';

export interface StandaloneFake {
  slack: FakeSlackApi;
  /** The variables that point `npm start` or `docket digest` at this fake. */
  env: { SLACK_API_URL: string; SLACK_BOT_TOKEN: string };
  stop(): Promise<void>;
}

/**
 * The console's fake Slack Web API as a process of its own, so that `npm start` and `docket digest` can run
 * against it without a workspace: every call is reported on one line, and each file Docket uploads (the
 * weekly chart) is written to `filesDir` to be looked at.
 */
export async function startStandaloneFake(options: {
  port: number;
  filesDir: string;
  report: (line: string) => void;
}): Promise<StandaloneFake> {
  const slack = new FakeSlackApi();
  await slack.start(options.port);
  fs.mkdirSync(options.filesDir, { recursive: true });
  slack.on('call', (call: RecordedCall) => {
    const upload =
      call.method === 'file_upload' && call.status === 200 ? slack.uploadedFile(String(call.args.fileId)) : undefined;
    if (upload) {
      const file = path.join(options.filesDir, `${String(call.args.fileId)}-${path.basename(upload.filename)}`);
      fs.writeFileSync(file, upload.bytes);
      options.report(`file_upload → ${file}`);
    } else {
      options.report(`${call.method}${call.error ? ` ✗ ${call.error}` : ''}${destination(call)}`);
    }
  });
  return {
    slack,
    env: { SLACK_API_URL: slack.apiUrl, SLACK_BOT_TOKEN: slack.botToken },
    stop: () => slack.stop(),
  };
}

function destination(call: RecordedCall): string {
  const target = call.args.channel ?? call.args.user_id ?? call.args.users;
  return typeof target === 'string' ? ` → ${target}` : '';
}
