/**
 * The staff workflow end to end, as the museum will do it for years: drop a new event folder with
 * a camera photograph and a studio WAV narration with its captions, run the check, build, and find
 * the event in the built kiosk with its picture and its narration. The content is test data only.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './kioskTest.ts';
import { copyStarterMedia } from '../support/mediaCopy.ts';
import { buildFromMedia, PROJECT_ROOT, serveBuild, type RunningServer, type TemporaryBuild } from '../support/staticServer.ts';
import { writePhotograph, writeToneWav } from '../support/testMedia.ts';
import { TEST_PORTS } from '../support/testPorts.ts';

const PORT = TEST_PORTS.staffAddsEvent;
const FOLDER = 'timeline/museum/2023-staff-added-test-event';
const EVENT_ID = 'museum/2023-staff-added-test-event';
const ALT_ZH = '测试照片：新展厅的全景';
const CAPTION_ZH = ['这是测试录音的第一句。', '这是第二句。'];
const CAPTION_EN = ['This is the first line of the test recording.', 'And this is the second.'];

function captions(lines: readonly string[]): string {
  return `WEBVTT\n\n1\n00:00.000 --> 00:01.800\n${lines[0]}\n\n2\n00:01.800 --> 00:03.600\n${lines[1]}\n`;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
}

test.describe('a staff member adds an event with a photograph and a recorded narration', () => {
  test.use({ autoOpen: false });
  let build: TemporaryBuild | null = null;
  let server: RunningServer | null = null;
  test.afterAll(async () => {
    await server?.close();
    build?.dispose();
  });

  test('the check passes, the build makes web copies, and the kiosk shows the picture and plays the recording', async ({ page, kiosk }) => {
    test.setTimeout(240_000);
    const media = copyStarterMedia();
    media.write(`${FOLDER}/event.yaml`, [
      'date: 2023-05',
      'title:',
      '  zh-Hans: 测试：员工新增的事件',
      '  en: "Test: an event added by staff"',
      'summary:',
      '  zh-Hans: 这是自动测试加入的事件。',
      '  en: An event added by an automated test.',
      'source: article',
      'image:',
      '  file: photo.jpg',
      '  alt:',
      `    zh-Hans: ${ALT_ZH}`,
      '    en: "Test photograph: the new hall"',
      'narration:',
      '  text:',
      `    zh-Hans: ${CAPTION_ZH.join('')}`,
      `    en: ${CAPTION_EN.join(' ')}`,
      '',
    ].join('\n'));
    // A 12-megapixel phone photograph, held upright (the sensor data lies on its side), and studio WAVs.
    await writePhotograph(join(media.root, FOLDER, 'photo.jpg'), { width: 4032, height: 3024, orientation: 6, withGpsPosition: true });
    for (const language of ['zh-Hans', 'en'] as const) {
      writeToneWav(join(media.root, FOLDER, `narration.${language}.wav`), { seconds: 4, sampleRate: 48_000, channels: 2 });
      media.write(`${FOLDER}/narration.${language}.vtt`, captions(language === 'en' ? CAPTION_EN : CAPTION_ZH));
    }

    const check = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/tools/mediaCheck.ts', '--media', media.root, '--json', '--lang', 'en'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const report = JSON.parse(check.stdout) as { ok: boolean; errors: number; warnings: number; problems: { text: string }[]; summary: { eventsByTrack: Record<string, number> } };
    expect(report.problems.map((problem) => problem.text)).toEqual([]);
    expect(check.status).toBe(0);
    expect(report.summary.eventsByTrack.museum).toBe(15);

    build = buildFromMedia(media);
    const built = filesUnder(join(build.outDir, 'media', FOLDER)).sort();
    expect(built).toEqual([
      expect.stringMatching(/^narration\.en\.[0-9a-f]{10}\.mp3$/),
      expect.stringMatching(/^narration\.en\.[0-9a-f]{10}\.vtt$/),
      expect.stringMatching(/^narration\.zh-Hans\.[0-9a-f]{10}\.mp3$/),
      expect.stringMatching(/^narration\.zh-Hans\.[0-9a-f]{10}\.vtt$/),
      // 繁體中文 captions made by the build from the simplified ones (the recording is the Mandarin one).
      expect.stringMatching(/^narration\.zh-Hant\.[0-9a-f]{10}\.vtt$/),
      expect.stringMatching(/^photo\.[0-9a-f]{10}\.avif$/),
      expect.stringMatching(/^photo\.[0-9a-f]{10}\.webp$/),
      expect.stringMatching(/^photo\.thumbnail\.[0-9a-f]{10}\.webp$/),
    ]);
    expect(filesUnder(build.outDir).filter((file) => /\.(wav|jpe?g)$/i.test(file)), 'no original photograph or WAV ships').toEqual([]);
    const serviceWorker = readFileSync(join(build.outDir, 'serviceWorker.js'), 'utf8');
    for (const file of built) expect(serviceWorker, `${file} is cached for offline use`).toContain(`${FOLDER}/${file}`);

    server = await serveBuild(build.outDir, PORT);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await kiosk.open(`${server.url}/`);
    expect(requested.some((url) => /photo\.thumbnail\.[0-9a-f]{10}\.webp$/.test(url)), 'the timeline card loads the thumbnail').toBe(true);

    await kiosk.tapItem(EVENT_ID);
    await kiosk.waitForState((state) => state.focused === EVENT_ID && state.narration?.status === 'ready', 'the new event with its narration');
    const picture = page.getByRole('img', { name: ALT_ZH });
    await expect(picture).toBeVisible();
    const shown = await picture.evaluate((image: HTMLImageElement) => ({ source: image.currentSrc, width: image.naturalWidth, height: image.naturalHeight }));
    expect(shown.source).toMatch(/photo\.[0-9a-f]{10}\.avif$/);
    // Upright: the portrait photograph is shown portrait, fitted to the sheet's 960 px copy.
    expect([shown.width, shown.height]).toEqual([720, 960]);

    await page.getByRole('button', { name: '播放' }).tap();
    const playing = await kiosk.waitForState((state) => state.narration?.status === 'playing' && (state.narration.cueIndex ?? -1) >= 0, 'the recording to play');
    expect(playing.narration?.durationSeconds).toBeGreaterThan(3.9);
    expect(playing.narration?.durationSeconds).toBeLessThan(4.2);
    await expect(page.locator('.caption-band__text')).toHaveText(CAPTION_ZH[0]!);
    await kiosk.waitForState((state) => state.narration?.cueIndex === 1, 'the second caption');
    await expect(page.locator('.caption-band__text')).toHaveText(CAPTION_ZH[1]!);
  });
});
