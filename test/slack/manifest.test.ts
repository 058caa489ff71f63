import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.join(__dirname, '..', '..');

interface Manifest {
  display_information: { name: string };
  features: {
    app_home: { home_tab_enabled: boolean };
    slash_commands: Array<{ command: string; description: string; should_escape: boolean }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as Manifest;
const commandFiles = fs
  .readdirSync(path.join(root, 'commands'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `/${path.basename(file, '.ts')}`);

describe('manifest.yml', () => {
  it('lists exactly the slash commands that have a file in commands/', () => {
    expect(manifest.features.slash_commands.map((command) => command.command).sort()).toEqual([...commandFiles].sort());
  });

  it.each(commandFiles.map((command) => [command.slice(1), command]))(
    'commands/%s.ts handles %s',
    async (name, command) => {
      const module = (await import(path.join(root, 'commands', `${name}.ts`))) as Record<string, unknown>;
      const handlers = Object.values(module).filter((value) => (value as { command?: string })?.command === command);
      expect(handlers).toHaveLength(1);
    },
  );

  it('keeps mentions and e-mail addresses parseable (should_escape) and the descriptions within 100 characters', () => {
    for (const command of manifest.features.slash_commands) {
      expect(command.should_escape).toBe(true);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('creates the app in one step: display name, App Home, app_home_opened, interactivity, Socket Mode', () => {
    expect(manifest.display_information.name).toBe('审执质效助手 (Docket)');
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks for the scopes Docket uses and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'channels:history',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'im:history',
      'im:write',
      'users:read',
      'users:read.email',
    ]);
  });
});
