/**
 * Problems speak the staff's language: kiosk.yaml's `staff.language` decides it, and every
 * message and fix exists in Chinese and in English. The last test breaks the starter content in
 * as many ways as staff can, so that a message added without its translation is caught.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkMediaFolder } from '../../src/contentBuild/checkMediaFolder.ts';
import { formatProblem, type ContentProblem } from '../../src/contentModel/contentProblem.ts';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia, type MediaValidation } from '../../src/contentBuild/validateMedia.ts';
import { breakThreeFiles, copyStarterMedia, lineContaining, type MediaCopy } from '../support/mediaCopy.ts';

const validate = (root: string): MediaValidation => validateMedia(mediaFolder(root), { mediaUrl: (file) => `/media/${file}` });

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('formatProblem', () => {
  const problem: ContentProblem = {
    severity: 'warning',
    file: 'media/timeline/party/1921-cpc-founded/event.yaml',
    line: 3,
    message: { 'zh-Hans': '“title.zh-Hans”里有“<b>”，触摸屏会把它原样显示出来', en: '"title.zh-Hans" contains "<b>", which the kiosk will show literally, as typed' },
    fix: { 'zh-Hans': '只写普通文字', en: 'write plain text' },
  };

  it('keeps the file:line prefix editors link to, and words the rest in the language asked for', () => {
    expect(formatProblem(problem, 'en')).toBe(
      'media/timeline/party/1921-cpc-founded/event.yaml:3: warning: "title.zh-Hans" contains "<b>", which the kiosk will show literally, as typed. Fix: write plain text');
    expect(formatProblem(problem, 'zh-Hans')).toBe(
      'media/timeline/party/1921-cpc-founded/event.yaml:3: 警告：“title.zh-Hans”里有“<b>”，触摸屏会把它原样显示出来。修改方法：只写普通文字');
    expect(formatProblem({ ...problem, severity: 'error', line: 0 }, 'zh-Hans')).toMatch(/^media\/timeline\/party\/1921-cpc-founded\/event\.yaml: 错误：/);
  });
});

describe('the staff language', () => {
  it('is staff.language from kiosk.yaml', () => {
    expect(validate(copyStarterMediaWith(null)).staffLanguage).toBe('zh-Hans');
    expect(validate(copyStarterMediaWith((media) => media.replace('kiosk.yaml', '  language: zh-Hans', '  language: en'))).staffLanguage).toBe('en');
  });

  it('is defaultLanguage when staff.language is not set and staff read that language', () => {
    const withoutStaffLanguage = (media: MediaCopy): void => media.replace('kiosk.yaml', '  language: zh-Hans\n', '');
    expect(validate(copyStarterMediaWith(withoutStaffLanguage)).staffLanguage).toBe('zh-Hans');
    expect(validate(copyStarterMediaWith((media) => {
      withoutStaffLanguage(media);
      media.replace('kiosk.yaml', 'defaultLanguage: zh-Hans', 'defaultLanguage: en');
    })).staffLanguage).toBe('en');
  });

  it('is Chinese when kiosk.yaml cannot be read, and a language staff do not read is refused on its line', () => {
    expect(validate(copyStarterMediaWith((media) => {
      media.replace('kiosk.yaml', '  language: zh-Hans', '  language: en');
      media.replace('kiosk.yaml', 'languages:\n  - zh-Hans', 'languages:\n\t- zh-Hans');
    })).staffLanguage).toBe('zh-Hans');
    expect(validate(copyStarterMediaWith((media) => media.remove('kiosk.yaml'))).staffLanguage).toBe('zh-Hans');

    const root = copyStarterMediaWith((media) => {
      media.replace('kiosk.yaml', '  language: zh-Hans', '  language: fr');
      media.replace('kiosk.yaml', 'defaultLanguage: zh-Hans', 'defaultLanguage: en');
    });
    const validation = validate(root);
    expect(validation.staffLanguage).toBe('en');
    const line = lineContaining(copy?.read('kiosk.yaml') ?? '', 'language: fr');
    expect(validation.problems.map((problem) => formatProblem(problem, 'zh-Hans'))).toEqual([
      `media/kiosk.yaml:${line}: 错误：“staff:”下面的“language:”写的是“fr”，这个值在这里不能用。修改方法：写 zh-Hans（中文）或 en（英文）`,
    ]);
  });
});

/** A fresh copy of the starter media, changed by `change`; the copy is disposed after the test. */
function copyStarterMediaWith(change: ((media: MediaCopy) => void) | null): string {
  copy?.dispose();
  copy = copyStarterMedia();
  change?.(copy);
  return copy.root;
}

const BIG_PICTURE_BYTES = 6 * 1024 * 1024;
const IMAGE_BLOCK = 'image:\n  file: photo.jpg\n  alt:\n    zh-Hans: 展厅照片\n    en: A photograph of the hall\n  credit: 中国科技馆\n';

/** Ways staff break content, grouped so that one mistake does not hide another. */
const BREAKAGES: Readonly<Record<string, (media: MediaCopy) => void>> = {
  'yaml, a missing translation and a link': (media) => {
    breakThreeFiles(media);
  },
  'dates, fields, sources and event placement': (media) => {
    media.replace('timeline/party/1949-prc-founded/event.yaml', 'date: 1949-10-01', 'date: 2021-13-01');
    media.replace('timeline/party/2021-cpc-centenary/event.yaml', 'title:', 'titel:');
    media.replace('timeline/museum/2019-salute-to-the-republic/event.yaml', 'source: article', 'source: artcle');
    media.replace('timeline/party/1921-cpc-founded/event.yaml', 'source: public', 'source: qqqqqqqqqq');
    media.replace('timeline/party/1956-march-toward-science/event.yaml', 'date:', 'links:\n  - party/1921-cpc-founded\ndate:');
    media.replace('timeline/museum/2022-study-the-twentieth-congress/event.yaml', 'after: party/2022-twentieth-congress', 'after: party/1921-cpc-founded');
    media.replace('timeline/party/2022-twentieth-congress/event.yaml', 'title:', 'title: 二十大\ntitle_:');
    media.write('timeline/party/2023-empty/notes.txt', 'to do');
    media.write('timeline/parti/2023-typo/event.yaml', 'date: 2023\n');
    media.write('timeline/party/2023-no-anchor/event.yaml', 'date: "2023"\nbefore: party/2099-nothing-here\ntitle:\n  zh-Hans: 标题\n  en: A title\nsummary:\n  zh-Hans: 摘要\n  en: A summary\nsource: public\n');
    media.write('timeline/party/2024-bad-date/event.yaml', 'date: 9 May 2024\ntitle:\n  zh-Hans: 标题\n  en: A title\nsummary:\n  zh-Hans: 摘要\n  en: A summary\nsource: public\n');
    media.write('timeline/party/1700-too-early/event.yaml', 'date: 1700\ntitle:\n  zh-Hans: 标题\n  en: A title\nsummary:\n  zh-Hans: 摘要\n  en: A summary\nsource: public\n');
    media.write('timeline/party/2023-02-30-no-such-day/event.yaml', 'date: 2023-02-30\ntitle:\n  zh-Hans: 标题\n  en: A title\nsummary:\n  zh-Hans: 摘要\n  en: A summary\nsource: public\n');
    media.write('timeline/party/2023-empty-summary/event.yaml', 'date: 2023\ntitle:\n  zh-Hans: 标题\n  en: A title\nsummary:\n  zh-Hans: ""\n  en: A summary\nsource: public\n');
  },
  'settings with values out of range': (media) => {
    media.replace('kiosk.yaml', 'volumeCap: 0.8', 'volumeCap: 3');
    media.replace('kiosk.yaml', 'reducedMotion: auto', 'reducedMotion: sometimes');
    media.replace('kiosk.yaml', 'dailyReloadHour: 4', 'dailyReloadHour: 4.5');
    media.replace('kiosk.yaml', 'countdownSeconds: 20', 'countdownSeconds: 5');
    media.replace('kiosk.yaml', 'warningAfterSeconds: 90', 'warningAfterSecond: 90');
    media.replace('kiosk.yaml', '  language: zh-Hans', '  language: fr');
    media.replace('kiosk.yaml', 'silenceEndsTourMinutes: 30', 'silenceEndsTourMinutes: half an hour');
    media.replace('kiosk.yaml', 'pinSha256: f3e0', 'pinSha256: 1357f3e0');
  },
  'languages the interface cannot speak, and text where a list belongs': (media) => {
    media.replace('kiosk.yaml', '  - en\n', '  - en\n  - fr\n');
    media.replace('kiosk.yaml', 'defaultLanguage: zh-Hans', 'defaultLanguage: de');
    media.replace('timeline/party/1949-prc-founded/event.yaml', 'links:\n  - museum/2019-salute-to-the-republic', 'links: museum/2019-salute-to-the-republic');
  },
  'recordings and captions': (media) => {
    media.remove('panels/culture/concept/narration.zh-Hans.vtt');
    media.write('panels/culture/vision/narration.en.vtt', 'WEBVTT\n\n00:03.000 --> 00:01.000\nbackwards\n');
    media.write('panels/culture/spirit/narration.en.vtt', 'hello\n');
    media.write('panels/awards/post-pacesetter/narration.en.vtt', 'WEBVTT\n\n00:03.000 -> 00:04.000\nbad arrow\n\n00:99.000 --> 01:00.000\nbad time\n');
    media.write('panels/awards/top-ten-rising-young-talents/narration.en.vtt', 'WEBVTT\n\n00:03.000 --> 00:04.000\nsecond\n\n00:01.000 --> 00:02.000\nfirst\n\n00:05.000 --> 00:06.000\n');
    media.write('panels/awards/trade-union-advanced-individual/narration.en.vtt', 'WEBVTT\n\nNOTE nothing else\n');
    media.write('panels/awards/two-excellents-one-advanced/narration.zh-Hans.mp3', 'ID3 but nothing playable follows');
    const vision = 'panels/awards/womens-achievement-pacesetter/narration.en.vtt';
    media.write(vision, `${media.read(vision).trimEnd()}\n\n00:59.000 --> 01:05.000\nA sentence the recording never says.\n`);
    media.write('panels/awards/youth-may-fourth-medal/narration.en.ogg', 'a second recording');
    media.write('timeline/party/1921-cpc-founded/narration.en.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nno narration text\n');
    media.replace('panels/activities/culture-activities/panel.yaml', 'narration:\n  text:\n    zh-Hans: |\n', 'narration:\n  text:\n    zh-Hans: |\n      多出来的一行。\n');
    writeFileSync(join(media.root, 'timeline/party/2021-cpc-centenary/narration.en.mp3'), Buffer.alloc(11 * 1024 * 1024, 0));
  },
  'pictures and text shown as typed': (media) => {
    writeFileSync(join(media.root, 'timeline/museum/2009-new-museum-opens/photo.jpg'), Buffer.alloc(BIG_PICTURE_BYTES, 0xff));
    media.write('timeline/museum/2009-new-museum-opens/event.yaml', `${media.read('timeline/museum/2009-new-museum-opens/event.yaml')}${IMAGE_BLOCK}`);
    media.write('timeline/museum/1988-phase-one-opens/event.yaml', `${media.read('timeline/museum/1988-phase-one-opens/event.yaml')}image:\n  file: photo.jpg\n  credit: 中国科技馆\n`);
    media.write('timeline/museum/2000-phase-two-opens/photo.gif', 'gif');
    media.write('timeline/museum/2000-phase-two-opens/event.yaml', `${media.read('timeline/museum/2000-phase-two-opens/event.yaml')}${IMAGE_BLOCK.replace('photo.jpg', 'photo.gif')}`);
    media.write('timeline/museum/2019-salute-to-the-republic/event.yaml', `${media.read('timeline/museum/2019-salute-to-the-republic/event.yaml')}${IMAGE_BLOCK}`);
    media.replace('timeline/party/1956-march-toward-science/event.yaml', 'zh-Hans: 向科学进军', 'zh-Hans: <script>alert(1)</script>向科学进军 www.example.cn');
  },
  'folders, tours and panels in the wrong place or shape': (media) => {
    media.replace('tours/two-tracks-in-pairs.yaml', 'stop: museum/2019-salute-to-the-republic', 'stop: museum/2019-salute-to-the-republik');
    media.replace('tours/culture-and-awards.yaml', '  - stop: culture/concept', '  - stop: zzzzzzzz/qqqqqqqq\n  - stop: culture/concept');
    media.write('tours/maybe.yaml', 'title:\n  zh-Hans: 路线\n  en: A tour\nstops:\n  - stop: culture/concept\n    playNarration: maybe\n');
    media.write('tours/empty.yaml', '');
    media.write('tours/Bad Name.yaml', 'title: x\n');
    media.write('tours/notes.txt', 'ideas');
    media.write('tours/no-stops.yaml', 'title:\n  zh-Hans: 空路线\n  en: An empty tour\nstops: []\n');
    media.write('timeline/notes.txt', 'ideas');
    media.write('panels/notes.txt', 'ideas');
    media.write('panels/culture/notes.txt', 'ideas');
    media.write('panels/culture/Bad Panel/panel.yaml', 'order: 9\n');
    media.write('panels/culture/new-panel/photo.jpg', 'picture');
    media.write('panels/newgroup/first/panel.yaml', 'order: 1\n');
    media.write('panels/party/first/panel.yaml', 'order: 1\n');
    media.write('panels/Bad/first/panel.yaml', 'order: 1\n');
    media.write('timeline/party/New Event/event.yaml', 'date: 2023\n');
    media.replace('panels/awards/post-pacesetter/panel.yaml', 'order: 2', 'order: second');
    media.write('panels/activities/group.yaml', 'title: Culture activities\nsummary:\n  zh-Hans: 摘要\n  en: A summary\norder: 3\n');
    media.replace('tracks.yaml', 'id: museum', 'id: party');
    media.write('notes.txt', 'ideas');
  },
  'missing settings and an unreadable file': (media) => {
    media.remove('kiosk.yaml');
    media.remove('tracks.yaml');
    media.replace('sources.yaml', 'article:\n  zh-Hans:', 'article:\n\tzh-Hans:');
    media.write('tours/blank.yaml', '# nothing yet\n');
  },
};

describe('every problem, in both staff languages', () => {
  it('has a message and a fix, and the Chinese is not the English left untranslated', async () => {
    const problems: ContentProblem[] = [];
    for (const [name, breakContent] of Object.entries(BREAKAGES)) {
      const media = copyStarterMedia();
      try {
        breakContent(media);
        const found = (await checkMediaFolder(media.root, { mediaUrl: (file) => file })).problems;
        expect(found.length, name).toBeGreaterThan(2);
        problems.push(...found);
      } finally {
        media.dispose();
      }
    }
    // Enough kinds of problem to mean something: most of validateMedia's messages are here.
    expect(new Set(problems.map((problem) => problem.fix.en.replace(/"[^"]*"/g, '""'))).size).toBeGreaterThan(40);
    for (const problem of problems) {
      const where = formatProblem(problem, 'en');
      for (const text of [problem.message, problem.fix]) {
        expect(text.en.trim(), where).not.toBe('');
        expect(text['zh-Hans'].trim(), where).not.toBe('');
        if (/[A-Za-z]/.test(text.en)) expect(text['zh-Hans'], where).not.toBe(text.en);
        expect(text['zh-Hans'], where).toMatch(/\p{Script=Han}/u);
      }
      const chinese = formatProblem(problem, 'zh-Hans');
      expect(chinese.startsWith(problem.line > 0 ? `${problem.file}:${problem.line}: ` : `${problem.file}: `), chinese).toBe(true);
      expect(chinese).toContain('修改方法：');
    }
  });
});
