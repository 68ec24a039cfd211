/** media:narrate finds the items to narrate through the content check's own item reader. */
import { afterEach, describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { narratedItemsOf } from '../../src/contentBuild/narratedItems.ts';
import { validateMedia } from '../../src/contentBuild/validateMedia.ts';
import { copyStarterMedia, STARTER_MEDIA, type MediaCopy } from '../support/mediaCopy.ts';

const LANGUAGES = ['zh-Hans', 'en'];

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('the items media:narrate narrates', () => {
  it('are the narrated events and panels the kiosk shows, with the same text', () => {
    const { bundle } = validateMedia(mediaFolder(STARTER_MEDIA), { mediaUrl: (file) => file });
    // In the languages staff write: 繁體中文 is read from the zh-Hans recording, never narrated apart.
    const authored = (text: Readonly<Record<string, string>> | undefined) => text && Object.fromEntries(LANGUAGES.map((language) => [language, text[language]]));
    const shown = [
      ...bundle.events.map((event) => ({ id: event.id, text: authored(event.narration?.text) })),
      ...bundle.panelGroups.flatMap((group) => group.panels.map((panel) => ({ id: panel.id, text: authored(panel.narration?.text) }))),
    ].filter((item) => item.text !== undefined);
    const { items, problems } = narratedItemsOf(mediaFolder(STARTER_MEDIA), LANGUAGES);
    expect(problems).toEqual([]);
    expect(items.map((item) => ({ id: item.id, text: item.text })).sort((a, b) => a.id.localeCompare(b.id)))
      .toEqual(shown.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('leave out an item whose yaml the check refuses, and say which file to fix', () => {
    copy = copyStarterMedia();
    const broken = 'timeline/party/1949-prc-founded/event.yaml';
    copy.replace(broken, 'title:', 'titel:');
    const { items, problems } = narratedItemsOf(mediaFolder(copy.root), LANGUAGES);
    expect(items.map((item) => item.id)).not.toContain('party/1949-prc-founded');
    expect(items.map((item) => item.id)).toContain('museum/2019-salute-to-the-republic');
    expect(problems).toEqual([{
      'zh-Hans': `${broken}：文件里有错误，所以没有生成它的讲解；运行 npm run media:check 查看`,
      en: `${broken}: has mistakes, so its narration was not made; run npm run media:check to see them`,
    }]);
  });
});
