import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { CONSOLE_HELP, type ConsoleSession } from './session';

/**
 * The interactive prompt around a console session: reads a line, runs it through the real app,
 * prints what Slack would show. Questions from forms read the next lines from the same input.
 */
export async function runConsole(session: ConsoleSession, io: { input: Readable; output: Writable }): Promise<void> {
  const rl = readline.createInterface({ input: io.input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const write = (text: string): void => {
    io.output.write(text);
  };
  const readLine = async (): Promise<string | null> => {
    const next = await lines.next();
    return next.done ? null : next.value;
  };
  const ask = async (question: string): Promise<string> => {
    write(question);
    return (await readLine()) ?? '';
  };

  const user = session.user;
  write(
    `审执质效助手 Docket — local console. You are ${user.name}${user.role ? ` (${user.role})` : ''}, Slack user ${user.slackUserId}.\n`,
  );
  if (user.note) write(`${user.note}\n`);
  write(`${CONSOLE_HELP}\n`);
  try {
    for (;;) {
      write('\ndocket> ');
      const line = await readLine();
      if (line === null || ['quit', 'exit', 'q'].includes(line.trim())) break;
      try {
        const output = await session.run(line, ask);
        if (output) write(`${output}\n`);
      } catch (error) {
        write(`(console error: ${error instanceof Error ? error.message : String(error)})\n`);
      }
    }
  } finally {
    rl.close();
    write('\n');
  }
}
