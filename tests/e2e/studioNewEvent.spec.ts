/**
 * A new event made entirely in the studio, as staff would: named in the new-item question,
 * written in the form, a photograph dropped on it, a studio recording attached per language and
 * its captions timed by tapping while it plays; saved, checked and built, with the picture's
 * screen copies, the recordings and the captions in the build. The content is test data only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentBundle } from '../../src/contentModel/contentTypes.ts';
import { parseWebVtt } from '../../src/contentModel/webVtt.ts';
import { expect, test } from './kioskTest.ts';
import { copyStarterMedia, type MediaCopy } from '../support/mediaCopy.ts';
import { mediaCheck } from '../support/mediaCheckRun.ts';
import { buildFromMedia, type TemporaryBuild } from '../support/staticServer.ts';
import { openStudio, startStudio, type RunningStudio } from '../support/studioServer.ts';
import { writePhotograph, writeToneWav } from '../support/testMedia.ts';
import { TEST_PORTS } from '../support/testPorts.ts';

const TITLE = { 'zh-Hans': '测试：工作室新建的事件', en: 'Test: an event made in the studio' } as const;
const ALT_ZH = '测试照片：工作室里拖进来的照片';
const SENTENCES = {
  'zh-Hans': ['这是工作室测试录音的第一句。', '这是第二句。'],
  en: ['This is the first sentence of the studio test recording.', 'And this is the second.'],
} as const;
const LANGUAGES = ['zh-Hans', 'en'] as const;

test.describe('a new event made in the studio', () => {
  test.use({ autoOpen: false });
  let media: MediaCopy | null = null;
  let studio: RunningStudio | null = null;
  let build: TemporaryBuild | null = null;
  test.afterAll(async () => {
    await studio?.close();
    build?.dispose();
    media?.dispose();
  });

  test('with a dropped photograph and a timed recording, it is saved, passes the check and is built into the kiosk', async ({ page, expectProblem }) => {
    test.setTimeout(300_000);
    expectProblem(new RegExp(`^request failed: http://127\\.0\\.0\\.1:${TEST_PORTS.studio}/\\S* \\(net::ERR_ABORTED\\)$`));
    media = copyStarterMedia();
    studio = await startStudio(media.root, TEST_PORTS.studio);
    const photograph = join(media.root, '..', 'camera.jpg');
    await writePhotograph(photograph, { width: 2400, height: 1600 });
    const wav = join(media.root, '..', 'studio.wav');
    writeToneWav(wav, { seconds: 4, sampleRate: 48_000, channels: 2 });

    await openStudio(page, studio.url);
    await page.getByRole('button', { name: '在“馆史”新建事件' }).click();
    const question = page.getByRole('dialog', { name: '在“馆史”新建事件' });
    for (const language of LANGUAGES) await question.getByLabel(`title ${language}`).fill(TITLE[language]);
    await question.getByLabel('date year').fill('2023');
    await question.getByRole('button', { name: '新建' }).click();
    await expect(page.locator('.editor__title')).toHaveText(TITLE['zh-Hans']);
    const file = (await page.locator('.editor__file').textContent()) ?? '';
    // Named for staff: the year and the English title's words.
    const folder = /^media\/(timeline\/museum\/2023-test-an-event-made-in[a-z-]*)\/event\.yaml/.exec(file)?.[1];
    expect(folder, file).toBeDefined();
    const eventId = folder!.slice('timeline/'.length);

    // The source gives the month, not the day: the day stays unwritten.
    await page.getByLabel('date month').selectOption('05');
    await expect(page.getByLabel('date day')).toBeEnabled();
    for (const language of LANGUAGES) {
      await page.getByLabel(`summary ${language}`).fill(language === 'en' ? 'An event made in the studio by an automated test.' : '这是自动测试在工作室里新建的事件。');
      await page.getByLabel(`narration.text ${language}`).fill(SENTENCES[language].join('\n'));
    }

    // The photograph is dropped on the picture field, as from the file manager.
    const bytes = readFileSync(photograph).toString('base64');
    const dropped = await page.evaluateHandle((base64) => {
      const transfer = new DataTransfer();
      const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      transfer.items.add(new File([data], '相机照片.JPG', { type: 'image/jpeg' }));
      return transfer;
    }, bytes);
    await page.locator('.field[data-field="image"] .drop').dispatchEvent('drop', { dataTransfer: dropped });
    const preview = page.locator('.field[data-field="image"] .picture__image');
    await expect(preview).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.getByLabel('image.alt zh-Hans').fill(ALT_ZH);
    await page.getByLabel('image.alt en').fill('Test photograph dropped into the studio');
    await page.getByLabel('image.credit').fill('测试 / Test');

    for (const language of LANGUAGES) {
      await page.getByLabel(`narration recording ${language}`).setInputFiles(wav);
      const recording = page.locator(`.recording[data-language="${language}"]`);
      await expect(recording.locator('audio')).toHaveCount(1, { timeout: 30_000 });
      await page.getByLabel(`captions ${language}`).click();
      const timer = page.getByRole('dialog');
      await timer.getByRole('button', { name: '开始播放' }).click();
      await timer.getByRole('button', { name: '这一句开始' }).click();
      // The second sentence is tapped once the recording has played past 1.8 s, by its own clock.
      await page.waitForFunction(() => (document.querySelector<HTMLAudioElement>('body > audio')?.currentTime ?? 0) > 1.8);
      await timer.getByRole('button', { name: '这一句开始' }).click();
      await expect(timer.getByRole('status')).toHaveText('已标记 2 / 2 句');
      await timer.getByRole('button', { name: '保存字幕' }).click();
      await expect(timer).toHaveCount(0);
      await expect(recording.locator('.recording__captions')).toHaveText('已有字幕 · narration.' + language + '.wav');
    }

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.locator('.studio__status')).toHaveText('已保存');
    for (const language of LANGUAGES) {
      const cues = parseWebVtt(media.read(`${folder}/narration.${language}.vtt`)).cues;
      expect(cues.map((cue) => cue.text)).toEqual(SENTENCES[language]);
      expect(cues[0]!.startSeconds).toBeLessThan(1);
      expect(cues[1]!.startSeconds).toBeGreaterThan(1.8);
      expect(cues[1]!.endSeconds).toBeCloseTo(4, 1);
    }
    expect(media.read(`${folder}/event.yaml`)).toMatch(/^date: 2023-05\n/);
    expect(mediaCheck(media.root)).toEqual({ status: 0, problems: [] });

    build = buildFromMedia(media);
    // The built kiosk carries the new event: its text in the bundle, the screen copies of the
    // photograph, the recordings as MP3 with their captions, all cached for offline use, and
    // neither the original photograph nor the WAVs.
    const built = readdirSync(join(build.outDir, 'media', folder!)).sort();
    expect(built).toHaveLength(8);
    expect(built).toEqual(expect.arrayContaining([
      expect.stringMatching(/^narration\.en\.[0-9a-f]{10}\.mp3$/),
      expect.stringMatching(/^narration\.en\.[0-9a-f]{10}\.vtt$/),
      expect.stringMatching(/^narration\.zh-Hans\.[0-9a-f]{10}\.mp3$/),
      expect.stringMatching(/^narration\.zh-Hans\.[0-9a-f]{10}\.vtt$/),
      expect.stringMatching(/^narration\.zh-Hant\.[0-9a-f]{10}\.vtt$/),
      expect.stringMatching(/^photo\.[0-9a-f]{10}\.avif$/),
      expect.stringMatching(/^photo\.[0-9a-f]{10}\.webp$/),
      expect.stringMatching(/^photo\.thumbnail\.[0-9a-f]{10}\.webp$/),
    ]));
    const serviceWorker = readFileSync(join(build.outDir, 'serviceWorker.js'), 'utf8');
    for (const file of built) expect(serviceWorker, `${file} is cached for offline use`).toContain(`${folder}/${file}`);
    const assets = join(build.outDir, 'assets');
    // The build's content is the JSON file the kiosk fetches at start.
    const contentFile = readdirSync(assets).find((name) => /^contentBundle\.[0-9a-f]{10}\.json$/.test(name));
    expect(contentFile, 'the build\'s content file').toBeDefined();
    const bundle = JSON.parse(readFileSync(join(assets, contentFile!), 'utf8')) as ContentBundle;
    const builtEvent = bundle.events.find((event) => event.id === eventId);
    expect(builtEvent?.title, 'the new event in the built content').toMatchObject(TITLE);
    expect(builtEvent?.image?.alt['zh-Hans'], 'its photograph\'s alt text').toBe(ALT_ZH);
  });
});
