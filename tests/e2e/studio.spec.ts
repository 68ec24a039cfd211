/**
 * The staff studio as a staff member uses it: `npm run studio` on a copy of the media, an event
 * opened from the list, its English title changed in the form and seen in the kiosk preview,
 * saved with every other byte of the file kept, checked, and undone byte for byte. Paths outside
 * the media folder are refused; a file changed on disk is never overwritten.
 */
import { expect, test } from './kioskTest.ts';
import { copyStarterMedia, type MediaCopy } from '../support/mediaCopy.ts';
import { mediaCheck } from '../support/mediaCheckRun.ts';
import { PROJECT_ROOT } from '../support/staticServer.ts';
import { openStudio, startStudio, type RunningStudio } from '../support/studioServer.ts';
import { TEST_PORTS } from '../support/testPorts.ts';

const EVENT_FILE = 'timeline/museum/2009-new-museum-opens/event.yaml';
const NEW_TITLE = 'The new museum opens its doors';

test.describe('the staff studio over the media files', () => {
  test.use({ autoOpen: false });
  let media: MediaCopy | null = null;
  let studio: RunningStudio | null = null;
  test.beforeAll(async () => {
    media = copyStarterMedia();
    // A comment and a quoted value, as staff write them: both must survive a save untouched.
    media.replace(EVENT_FILE, 'title:\n', '# 卡片上的标题 / the title on the card\ntitle:\n');
    media.replace(EVENT_FILE, 'source: public', 'source: "public"');
    studio = await startStudio(media.root, TEST_PORTS.studio);
  });
  test.afterAll(async () => {
    await studio?.close();
    media?.dispose();
  });
  // The preview is the kiosk on the studio's dev server: each change reloads it, and the browser
  // cuts off what that page was still fetching. Only those aborts are expected.
  test.beforeEach(({ expectProblem }) => {
    expectProblem(new RegExp(`^request failed: http://127\\.0\\.0\\.1:${TEST_PORTS.studio}/\\S* \\(net::ERR_ABORTED\\)$`));
  });

  test('an English title changed in the form shows in the preview, saves keeping every other byte, passes the check, and undoes byte for byte', async ({ page }) => {
    test.setTimeout(180_000);
    const before = media!.read(EVENT_FILE);
    await openStudio(page, `${studio!.url}`);
    await page.getByRole('button', { name: /新馆建成开放/ }).click();
    const title = page.getByLabel('title en');
    await expect(title).toHaveValue('The new museum opens');
    await expect(title).toHaveAccessibleName('标题（英文） · title en');

    await page.getByLabel('preview lang').selectOption('en');
    await title.fill(NEW_TITLE);
    const preview = page.frameLocator('.preview__frame');
    await expect(preview.getByRole('heading', { name: NEW_TITLE })).toBeVisible({ timeout: 60_000 });
    expect(media!.read(EVENT_FILE), 'nothing is written before Save').toBe(before);

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('已保存');
    const saved = media!.read(EVENT_FILE);
    expect(saved).toBe(before.replace('  en: The new museum opens\n', `  en: ${NEW_TITLE}\n`));
    expect(mediaCheck(media!.root)).toEqual({ status: 0, problems: [] });
    await expect(preview.getByRole('heading', { name: NEW_TITLE })).toBeVisible({ timeout: 60_000 });

    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect(page.getByLabel('title en')).toHaveValue('The new museum opens');
    expect(media!.read(EVENT_FILE)).toBe(before);
  });

  test('a required field emptied is named beside it and the save is refused with each error', async ({ page, expectProblem }) => {
    // The refusal is the studio's answer (422), which the browser logs as a failed load.
    expectProblem(/^HTTP 422: \S+\/studio\/api\/save$/);
    expectProblem(/^console error: Failed to load resource: the server responded with a status of 422/);
    const before = media!.read(EVENT_FILE);
    await openStudio(page, `${studio!.url}?file=${EVENT_FILE}`);
    await page.getByLabel('title en').fill('');
    const titleField = page.locator('.field[data-field="title"]');
    await expect(titleField.locator('.problem--error')).toContainText(`media/${EVENT_FILE}`);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('还不能保存');
    await expect(page.getByRole('status').locator('li')).toHaveCount(1);
    expect(media!.read(EVENT_FILE)).toBe(before);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(titleField.locator('.problem--error')).toContainText('error');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByLabel('title en')).toHaveValue('The new museum opens');
  });

  test('a file changed on disk since it was opened is not overwritten: the studio says so and offers to reload', async ({ page, expectProblem }) => {
    expectProblem(/^HTTP 409: \S+\/studio\/api\/edit$/);
    expectProblem(/^console error: Failed to load resource: the server responded with a status of 409/);
    await openStudio(page, `${studio!.url}?file=${EVENT_FILE}`);
    media!.replace(EVENT_FILE, 'en: On 16 September 2009, the new museum opened to the public.', 'en: Changed in a text editor.');
    const changed = media!.read(EVENT_FILE);
    await page.getByLabel('title en').fill('Typed in the studio');
    await expect(page.getByRole('status')).toContainText('在工作室外被修改过');
    expect(media!.read(EVENT_FILE)).toBe(changed);
    await page.getByRole('status').getByRole('button', { name: '重新载入' }).click();
    await expect(page.getByLabel('summary en')).toHaveValue('Changed in a text editor.');
  });

  test('nothing outside the media folder can be read or written', async ({ request }) => {
    const api = `${studio!.url}api`;
    for (const file of ['../package.json', '../../etc/passwd', '/etc/passwd', 'timeline/../../package.json', 'timeline\\..\\..\\package.json', `${PROJECT_ROOT}/package.json`]) {
      expect((await request.get(`${api}/raw?${new URLSearchParams({ file })}`)).status(), `read ${file}`).toBe(403);
      expect((await request.get(`${api}/item?${new URLSearchParams({ file })}`)).status(), `open ${file}`).toBe(403);
      const edit = await request.post(`${api}/edit`, { data: { file, version: 'absent', edits: [{ op: 'set', path: ['x'], value: 'y' }] } });
      expect(edit.status(), `write ${file}`).toBe(403);
      expect((await request.post(`${api}/undo`, { data: { key: file } })).status(), `restore ${file}`).toBe(403);
    }
    const upload = await request.post(`${api}/upload?${new URLSearchParams({ file: '../outside/event.yaml', role: 'picture' })}`, { data: Buffer.from('x'), headers: { 'X-File-Name': 'photo.jpg' } });
    expect(upload.status()).toBe(403);
  });
});
