import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FontSubsets, svgCodepoints } from '../../../src/slack/charts/fontSubset';
import { fullFontFile } from '../../../src/slack/charts/png';

/** An OpenType font's Windows-platform names (UTF-16BE), by name id. */
function windowsNames(font: Buffer): Map<number, string> {
  const names = new Map<number, string>();
  for (let table = 0; table < font.readUInt16BE(4); table += 1) {
    const record = 12 + 16 * table;
    if (font.toString('latin1', record, record + 4) !== 'name') continue;
    const start = font.readUInt32BE(record + 8);
    const strings = start + font.readUInt16BE(start + 4);
    for (let entry = 0; entry < font.readUInt16BE(start + 2); entry += 1) {
      const at = start + 6 + 12 * entry;
      if (font.readUInt16BE(at) !== 3) continue;
      const offset = strings + font.readUInt16BE(at + 10);
      names.set(
        font.readUInt16BE(at + 6),
        Buffer.from(font.subarray(offset, offset + font.readUInt16BE(at + 8)))
          .swap16()
          .toString('utf16le'),
      );
    }
  }
  return names;
}

const chart = (label: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="24">${label}</text></svg>`;

describe('the chart font cut to a picture’s characters', () => {
  let tmpDir: string;
  beforeAll(() => {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-font-subset-test-'));
  });
  afterAll(() => fs.rmSync(tmpDir, { recursive: true, force: true }));

  test('covers every character of the SVG, those written as character references too', () => {
    const points = svgCodepoints(chart('结案率 &#x5ba1;&#38480;'));
    for (const character of '结案率审限 <>/="svgtx') expect(points).toContain(character.codePointAt(0));
  });

  test('is a small OTF with the font’s own name, made once per character set', async () => {
    const subsets = new FontSubsets({ fontFile: fullFontFile(), tmpDir });
    try {
      const first = await subsets.lease(chart('速裁快审一团队 92.5%'));
      const again = await subsets.lease(chart('速裁快审一团队 92.5%'));
      const other = await subsets.lease(chart('执行实施二团队 7天'));
      expect(again.file).toBe(first.file);
      expect(other.file).not.toBe(first.file);
      const bytes = fs.readFileSync(first.file);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('OTTO'); // CFF outlines, as the full font
      expect(bytes.length).toBeLessThan(100_000);
      // The full font's names, the typographic family (16) too, which HarfBuzz drops unless asked.
      expect(windowsNames(bytes)).toEqual(windowsNames(fs.readFileSync(fullFontFile())));
      expect(windowsNames(bytes).get(16)).toBe('Noto Sans S Chinese');
      for (const lease of [first, again, other]) lease.release();
    } finally {
      subsets.close();
    }
  });

  test('keeps the last files used, never removes one a render is reading, and removes them all when closed', async () => {
    const subsets = new FontSubsets({ fontFile: fullFontFile(), maxFiles: 2, tmpDir });
    try {
      const reading = await subsets.lease(chart('民商事审判团队'));
      const released = [];
      for (const label of ['刑事审判团队', '执行实施一团队', '行政与综合审判团队']) {
        const lease = await subsets.lease(chart(label));
        lease.release();
        released.push(lease.file);
      }
      // Two kept (the one still being read among them), the oldest released one gone.
      expect(subsets.size).toBe(2);
      expect(fs.existsSync(reading.file)).toBe(true);
      // Files are removed in the background: wait (up to 5 s on a busy machine) for the oldest to go.
      for (const started = Date.now(); fs.existsSync(released[1] as string) && Date.now() - started < 5000;)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(released.map((file) => fs.existsSync(file))).toEqual([false, false, true]);
      reading.release();
      const directory = path.dirname(reading.file);
      subsets.close();
      expect(fs.existsSync(directory)).toBe(false);
    } finally {
      subsets.close();
    }
  });

  test('is cut again when something removed its file from the temporary directory', async () => {
    const subsets = new FontSubsets({ fontFile: fullFontFile(), tmpDir });
    try {
      const first = await subsets.lease(chart('审判管理办公室'));
      first.release();
      fs.rmSync(path.dirname(first.file), { recursive: true });
      const again = await subsets.lease(chart('审判管理办公室'));
      expect(again.file).toBe(first.file);
      expect(fs.readFileSync(again.file).subarray(0, 4).toString('latin1')).toBe('OTTO');
      again.release();
    } finally {
      subsets.close();
    }
  });

  test('the directory a killed process left behind is removed by the next process to cut a font; a live one’s is not', async () => {
    const ended = spawnSync(process.execPath, ['-e', '']).pid as number;
    const orphan = path.join(tmpDir, `docket-chart-fonts-${ended}-AbC123`);
    const living = path.join(tmpDir, `docket-chart-fonts-${process.ppid}-XyZ789`);
    for (const dir of [orphan, living]) {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'left.otf'), 'OTTO');
    }
    const subsets = new FontSubsets({ fontFile: fullFontFile(), tmpDir });
    try {
      (await subsets.lease(chart('立案庭'))).release();
      expect(fs.existsSync(orphan)).toBe(false);
      expect(fs.existsSync(living)).toBe(true);
    } finally {
      subsets.close();
      fs.rmSync(living, { recursive: true, force: true });
    }
  });
});
