import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from '../../src/contentModel/contentProblem.ts';
import { checkMediaFolder, probeMediaFolder } from '../../src/contentBuild/checkMediaFolder.ts';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia, type MediaValidation } from '../../src/contentBuild/validateMedia.ts';
import { copyStarterMedia, lineContaining, STARTER_MEDIA, type MediaCopy } from '../support/mediaCopy.ts';
import { writePhotograph, writeToneWav } from '../support/testMedia.ts';

const validate = (root: string): MediaValidation => validateMedia(mediaFolder(root), { mediaUrl: (file) => `/media/${file}` });
const errorsOf = (validation: MediaValidation) => validation.problems.filter((problem) => problem.severity === 'error');
const inEnglish = (problem: ContentProblem): string => formatProblem(problem, 'en');

const FOUNDED = 'timeline/party/1949-prc-founded/event.yaml';
const PARTY_FOUNDING = 'timeline/party/1921-cpc-founded/event.yaml';
const SALUTE = 'timeline/museum/2019-salute-to-the-republic/event.yaml';
const CENTENARY = 'timeline/party/2021-cpc-centenary/event.yaml';

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('validateMedia on the starter corridor', () => {
  it('finds no problem and builds every event and panel', () => {
    const validation = validate(STARTER_MEDIA);
    expect(validation.problems.map((problem) => `${problem.file}:${problem.line} ${problem.message.en}`)).toEqual([]);
    expect(validation.bundle.events).toHaveLength(25);
    expect(validation.bundle.panelGroups.map((group) => group.id)).toEqual(['culture', 'awards', 'activities']);
  });

  it('sorts events in time and places before/after events around their anchor', () => {
    const { events } = validate(STARTER_MEDIA).bundle;
    const positions = events.map((event) => event.timePosition);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const order = events.map((event) => event.id);
    const congress = order.indexOf('party/2022-twentieth-congress');
    expect(order.indexOf('museum/2022-mobile-science-joint-action')).toBeLessThan(congress);
    expect(order.indexOf('museum/2022-study-the-twentieth-congress')).toBeGreaterThan(congress);
  });

  it('makes links symmetric so a link written once shows on both cards', () => {
    copy = copyStarterMedia();
    copy.replace(SALUTE, 'links:\n  - party/1949-prc-founded\n', '');
    const { bundle, problems } = validate(copy.root);
    expect(errorsOf({ problems } as MediaValidation)).toEqual([]);
    expect(bundle.events.find((event) => event.id === 'museum/2019-salute-to-the-republic')?.links).toEqual(['party/1949-prc-founded']);
  });
});

describe('validateMedia on broken content', () => {
  it('reports a broken yaml, a missing English title and an unknown link together, each with its line', () => {
    copy = copyStarterMedia();
    copy.replace(PARTY_FOUNDING, 'summary:\n  zh-Hans:', 'summary:\n zh-Hans:');
    const centenary = copy.read(CENTENARY);
    const englishTitle = centenary.split('\n').find((line) => line.startsWith('  en:')) ?? '';
    copy.replace(CENTENARY, `${englishTitle}\n`, '');
    copy.replace(SALUTE, '  - party/1949-prc-founded', '  - party/1949-prc-founded-typo');

    const validation = validate(copy.root);
    const errors = errorsOf(validation);
    expect(validation.errorCount).toBeGreaterThanOrEqual(3);
    const yamlError = errors.find((problem) => problem.file === `media/${PARTY_FOUNDING}`);
    expect(yamlError?.message.en).toContain('cannot be read as YAML');
    expect(yamlError?.line).toBeGreaterThanOrEqual(5);
    expect(yamlError?.line).toBeLessThanOrEqual(7);
    const titleError = errors.find((problem) => problem.file === `media/${CENTENARY}`);
    expect(titleError?.message.en).toBe('the English (en) text of "title:" is missing');
    expect(titleError?.message['zh-Hans']).toBe('“title:”缺少英文（en）文字');
    expect(titleError?.line).toBe(lineContaining(copy.read(CENTENARY), 'title:'));
    expect(titleError?.fix.en).toContain('en:');
    expect(titleError?.fix['zh-Hans']).toContain('en:');
    const linkError = errors.find((problem) => problem.file === `media/${SALUTE}`);
    expect(linkError?.message.en).toContain('party/1949-prc-founded-typo');
    expect(linkError?.line).toBe(lineContaining(copy.read(SALUTE), 'party/1949-prc-founded-typo'));
    expect(linkError?.fix.en).toContain('did you mean "party/1949-prc-founded"');
    expect(linkError?.fix['zh-Hans']).toContain('是不是想写“party/1949-prc-founded”？');
    // The broken event is left out; everything good is still built.
    expect(validation.bundle.events).toHaveLength(23);
  });

  it('explains impossible dates, misspelt fields, unknown sources and stray folders', () => {
    copy = copyStarterMedia();
    copy.replace(FOUNDED, 'date: 1949-10-01', 'date: 2021-13-01');
    copy.replace(CENTENARY, 'title:', 'titel:');
    copy.replace(SALUTE, 'source: article', 'source: artcle');
    copy.write('timeline/party/2023-empty/notes.txt', 'to do');
    copy.write('timeline/parti/2023-typo/event.yaml', 'date: 2023\n');

    const validation = validate(copy.root);
    const messages = errorsOf(validation).map(inEnglish);
    expect(messages).toContainEqual(expect.stringMatching(/1949-prc-founded\/event\.yaml:1: error: "2021-13-01" has month 13/));
    expect(messages).toContainEqual(expect.stringMatching(/2021-cpc-centenary\/event\.yaml:2: error: unknown field "titel".*did you mean "title"/));
    expect(messages).toContainEqual(expect.stringMatching(/2021-cpc-centenary\/event\.yaml:1: error: the line "title:" is missing/));
    expect(messages).toContainEqual(expect.stringMatching(/2019-salute-to-the-republic\/event\.yaml:17: error: the source key "artcle".*did you mean "article"/));
    expect(messages).toContainEqual(expect.stringMatching(/timeline\/party\/2023-empty: error: the event folder has no event\.yaml/));
    expect(messages).toContainEqual(expect.stringMatching(/timeline\/parti\/2023-typo: error: "parti" is not a track.*did you mean "party"/));
    // Links to events that exist but are broken are not reported a second time.
    expect(messages.filter((message) => message.includes('does not exist'))).toEqual([]);
    expect(validation.errorCount).toBe(6);
  });

  it('refuses text where a list or a group belongs, and a language the interface cannot speak', () => {
    copy = copyStarterMedia();
    copy.replace(FOUNDED, 'links:\n  - museum/2019-salute-to-the-republic', 'links: museum/2019-salute-to-the-republic');
    copy.replace('kiosk.yaml', '  - en\n', '  - en\n  - fr\n');
    const messages = errorsOf(validate(copy.root)).map(inEnglish);
    expect(messages).toContainEqual(expect.stringMatching(/1949-prc-founded\/event\.yaml:18: error: "links:" should be a list/));
    expect(messages).toContainEqual(expect.stringMatching(/kiosk\.yaml:\d+: error: the kiosk's buttons have no words in "fr"/));
  });

  it('requires captions beside every recording, and reports broken caption lines', () => {
    copy = copyStarterMedia();
    copy.remove('panels/culture/concept/narration.zh-Hans.vtt');
    copy.write('panels/culture/concept/narration.zh-Hans.mp3', 'not really audio');
    copy.write('panels/culture/vision/narration.en.vtt', 'WEBVTT\n\n00:03.000 --> 00:01.000\nbackwards\n');
    const messages = errorsOf(validate(copy.root)).map(inEnglish);
    expect(messages).toContainEqual(expect.stringMatching(/concept\/narration\.zh-Hans\.mp3: error: the recording has no captions/));
    expect(messages).toContainEqual(expect.stringMatching(/vision\/narration\.en\.vtt:3: error: caption file: the cue ends/));
  });

  it('warns about files nobody uses instead of dropping them silently', () => {
    copy = copyStarterMedia();
    copy.write('timeline/party/1921-cpc-founded/old-photo.jpg', 'jpeg bytes');
    copy.write('.DS_Store', 'finder litter');
    const validation = validate(copy.root);
    expect(validation.errorCount).toBe(0);
    expect(validation.problems.map((problem) => `${problem.severity} ${problem.file}`)).toEqual([
      'warning media/timeline/party/1921-cpc-founded/old-photo.jpg',
    ]);
  });
});

describe('checkMediaFolder opens every recording', () => {
  it('refuses a corrupt recording and captions that run past the end of their audio', async () => {
    copy = copyStarterMedia();
    copy.write('panels/culture/concept/narration.zh-Hans.mp3', 'ID3 but nothing playable follows');
    const vision = 'panels/culture/vision/narration.en.vtt';
    copy.write(vision, `${copy.read(vision).trimEnd()}\n\n00:59.000 --> 01:05.000\nA sentence the recording never says.\n`);
    const validation = await checkMediaFolder(copy.root, { mediaUrl: (file) => file });
    const messages = errorsOf(validation).map(inEnglish);
    expect(messages).toContainEqual(expect.stringMatching(/concept\/narration\.zh-Hans\.mp3: error: the recording cannot be played/));
    expect(messages).toContainEqual(expect.stringMatching(
      new RegExp(`vision/narration\\.en\\.vtt:${lineContaining(copy.read(vision), '00:59.000')}: error: the captions run to 65\\.00 s, but the recording narration\\.en\\.mp3 is only \\d+\\.\\d+ s long`)));
    expect(validation.errorCount).toBe(2);
    // The good recordings around them are untouched.
    const spirit = validation.bundle.panelGroups.flatMap((group) => group.panels).find((panel) => panel.id === 'culture/spirit');
    expect(spirit?.narration?.audio['zh-Hans']).toMatch(/narration\.zh-Hans\.mp3$/);
  });

  it('measures the starter recordings and finds every caption inside its audio', async () => {
    const validation = await checkMediaFolder(STARTER_MEDIA, { mediaUrl: (file) => file });
    expect(validation.problems).toEqual([]);
    expect(validation.summary.recordedNarrations).toBe(19);
  });
});

describe('tours', () => {
  it('are built from the starter content, and a stop that does not exist is named with its line', () => {
    expect(validate(STARTER_MEDIA).bundle.tours.map((tour) => [tour.id, tour.stops.length])).toEqual([
      ['culture-and-awards', 10],
      ['two-tracks-in-pairs', 9],
    ]);
    copy = copyStarterMedia();
    copy.replace('tours/two-tracks-in-pairs.yaml', 'stop: museum/2019-salute-to-the-republic', 'stop: museum/2019-salute-to-the-republik');
    const messages = errorsOf(validate(copy.root)).map(inEnglish);
    const line = lineContaining(copy.read('tours/two-tracks-in-pairs.yaml'), '2019-salute-to-the-republik');
    expect(messages).toEqual([
      `media/tours/two-tracks-in-pairs.yaml:${line}: error: the stop "museum/2019-salute-to-the-republik" is not an event or panel that exists. Fix: did you mean "museum/2019-salute-to-the-republic"? Otherwise remove the stop`,
    ]);
  });
});

describe('mistakes staff make with pictures and text', () => {
  const IMAGE_BLOCK = 'image:\n  file: photo.jpg\n  alt:\n    zh-Hans: 展厅照片\n    en: A photograph of the hall\n  credit: 中国科技馆\n';

  it('refuses a 40 MB photograph and a picture without alt text, and keeps the good events', () => {
    copy = copyStarterMedia();
    writeFileSync(join(copy.root, 'timeline/museum/2009-new-museum-opens/photo.jpg'), Buffer.alloc(40 * 1024 * 1024, 0xff));
    copy.write('timeline/museum/2009-new-museum-opens/event.yaml', `${copy.read('timeline/museum/2009-new-museum-opens/event.yaml')}${IMAGE_BLOCK}`);
    copy.write('timeline/museum/1988-phase-one-opens/photo.jpg', 'a small picture');
    copy.write('timeline/museum/1988-phase-one-opens/event.yaml',
      `${copy.read('timeline/museum/1988-phase-one-opens/event.yaml')}image:\n  file: photo.jpg\n  credit: 中国科技馆\n`);
    const validation = validate(copy.root);
    const messages = errorsOf(validation).map(inEnglish);
    expect(messages).toContainEqual(expect.stringMatching(/2009-new-museum-opens\/photo\.jpg: error: the picture is 40\.0 MB; the build shrinks pictures for the screen itself, but takes at most 25 MB per original\. Fix: export it again/));
    const altLine = lineContaining(copy.read('timeline/museum/1988-phase-one-opens/event.yaml'), 'image:');
    expect(messages).toContainEqual(`media/timeline/museum/1988-phase-one-opens/event.yaml:${altLine}: error: the line "alt:" under "image:" is missing. Fix: under "image:" add a line "alt:" (two spaces further in), and under it (two more spaces in) one line per language, such as "zh-Hans: …" and "en: …"`);
    expect(validation.bundle.events.find((event) => event.id === 'museum/2000-phase-two-opens')).toBeDefined();
  });

  it('warns that markup, script or a web address in a title will be shown literally', () => {
    copy = copyStarterMedia();
    const file = 'timeline/party/1956-march-toward-science/event.yaml';
    copy.replace(file, 'zh-Hans: 向科学进军', 'zh-Hans: <script>alert(1)</script>向科学进军');
    const validation = validate(copy.root);
    expect(validation.errorCount).toBe(0);
    expect(validation.problems.map(inEnglish)).toEqual([
      `media/${file}:${lineContaining(copy.read(file), '<script>')}: warning: "zh-Hans:" under "title:" contains "<script>", which the kiosk will show literally, as typed. Fix: write plain text; the kiosk never runs markup or opens links`,
    ]);
    // The text reaches the bundle exactly as typed; the views put it on screen with textContent.
    expect(validation.bundle.events.find((event) => event.id === 'party/1956-march-toward-science')?.title['zh-Hans']).toBe('<script>alert(1)</script>向科学进军');
  });
});

describe('checkMediaFolder opens every picture and knows what the build needs', () => {
  const EVENT = 'timeline/museum/2009-new-museum-opens';
  const withImage = (file: string): string => `image:\n  file: ${file}\n  alt:\n    zh-Hans: 展厅照片\n    en: A photograph of the hall\n`;

  it('refuses a damaged photograph, warns about a tiny or misnamed one, and keeps a good one', async () => {
    copy = copyStarterMedia();
    writeFileSync(join(copy.root, EVENT, 'broken.jpg'), Buffer.from('\xff\xd8\xff\xe0 half a JPEG', 'latin1'));
    copy.write(`${EVENT}/event.yaml`, `${copy.read(`${EVENT}/event.yaml`)}${withImage('broken.jpg')}`);
    await writePhotograph(join(copy.root, 'timeline/museum/1988-phase-one-opens/small.png'), { width: 300, height: 200 });
    copy.write('timeline/museum/1988-phase-one-opens/event.yaml', `${copy.read('timeline/museum/1988-phase-one-opens/event.yaml')}${withImage('small.png')}`);
    await writePhotograph(join(copy.root, 'timeline/museum/2000-phase-two-opens/photo.jpg'), { width: 1600, height: 1200 });
    copy.write('timeline/museum/2000-phase-two-opens/event.yaml', `${copy.read('timeline/museum/2000-phase-two-opens/event.yaml')}${withImage('photo.jpg')}`);

    const validation = await checkMediaFolder(copy.root, { mediaUrl: (file) => file });
    expect(validation.problems.map(inEnglish)).toEqual([
      'media/timeline/museum/1988-phase-one-opens/small.png: warning: the file is named .png but holds a JPEG picture. Fix: rename it to match what it is (and the file: line here), or save it again as JPEG',
      'media/timeline/museum/1988-phase-one-opens/small.png: warning: the picture is only 300 x 200 pixels and will look blurred on the screen. Fix: use an original at least 480 pixels on its shorter side',
      `media/${EVENT}/broken.jpg: error: this JPEG picture cannot be opened: the file is damaged (perhaps not copied completely). Fix: open the original in a photo editor and save it again as JPEG, with the name written here`,
    ]);
    const phaseTwo = validation.bundle.events.find((event) => event.id === 'museum/2000-phase-two-opens');
    expect(phaseTwo?.image).toMatchObject({ url: 'timeline/museum/2000-phase-two-opens/photo.jpg', width: 1600, height: 1200 });
    expect(validation.bundle.events.find((event) => event.id === 'museum/2009-new-museum-opens')?.image).toBeNull();
  });

  it('asks for lame when a WAV narration needs compressing and it is missing, and prefers the WAV to an old MP3', async () => {
    copy = copyStarterMedia();
    const panel = 'panels/culture/vision';
    writeToneWav(join(copy.root, panel, 'narration.en.wav'), { seconds: 30 });
    const withEncoder = await checkMediaFolder(copy.root, { mediaUrl: (file) => file });
    const vision = withEncoder.bundle.panelGroups.flatMap((group) => group.panels).find((item) => item.id === 'culture/vision');
    expect(vision?.narration?.audio.en).toBe(`${panel}/narration.en.wav`);
    expect(withEncoder.problems.map(inEnglish)).toEqual([
      `media/${panel}/narration.en.mp3: warning: there are 2 recordings for en; the kiosk plays narration.en.wav. Fix: if narration.en.wav is the right one, delete narration.en.mp3; otherwise delete narration.en.wav`,
    ]);

    const { source, ...probes } = await probeMediaFolder(copy.root);
    const withoutEncoder = validateMedia(source, { ...probes, narrationEncoderAvailable: false, mediaUrl: (file) => file });
    expect(errorsOf(withoutEncoder).map(inEnglish)).toEqual([
      `media/${panel}/narration.en.wav: error: this is a WAV recording; the build compresses it to MP3 with the program lame, which is not installed on this computer. Fix: install lame (Debian/Ubuntu: sudo apt-get install lame; macOS: brew install lame) and run the check again; or export the recording as MP3 (mono, 64 kbit/s) yourself`,
    ]);
    const silent = withoutEncoder.bundle.panelGroups.flatMap((group) => group.panels).find((item) => item.id === 'culture/vision');
    expect(silent?.narration?.audio.en).toBeNull();
    expect(silent?.narration?.audio['zh-Hans']).toBe(`${panel}/narration.zh-Hans.mp3`);
  });
});


describe('a recording saved under the wrong name', () => {
  it('is named for what it is, with the new name to give it', async () => {
    copy = copyStarterMedia();
    writeToneWav(join(copy.root, 'panels/culture/vision/narration.en.mp3'), { seconds: 3 });
    const validation = await checkMediaFolder(copy.root, { mediaUrl: (file) => file });
    expect(errorsOf(validation).map(inEnglish)).toEqual([
      'media/panels/culture/vision/narration.en.mp3: error: the recording cannot be played: it is really a WAV recording named .mp3. Fix: rename it to narration.en.wav',
    ]);
  });
});

describe('narration that no longer matches', () => {
  const VISION = 'panels/culture/vision';

  it('warns when the narration text changed after the starter recording was made', () => {
    copy = copyStarterMedia();
    copy.replace(`${VISION}/panel.yaml`, 'First, a pioneer of science education.', 'First, a pioneer of science education for everyone.');
    expect(validate(copy.root).problems.map(inEnglish)).toEqual([
      `media/${VISION}/narration.en.vtt: warning: the narration text has changed since this starter recording and its captions were made, so visitors still hear and read the old text. Fix: run "npm run media:narrate -- --force --only culture/vision" to make them again (or replace them with a new professional recording and captions)`,
    ]);
  });

  it('warns when the languages have different numbers of captions, and reports a broken caption file only once', () => {
    copy = copyStarterMedia();
    const chinese = `${VISION}/narration.zh-Hans.vtt`;
    // A studio's caption file (no "generated" note) with two sentences fewer than the English.
    const cues = copy.read(chinese).split('\n\n').filter((block) => block.includes('-->'));
    copy.write(chinese, `WEBVTT\n\n${cues.slice(0, 2).join('\n\n')}\n`);
    const spirit = 'panels/culture/spirit/narration.en.vtt';
    copy.replace(spirit, '-->', '->');
    const messages = validate(copy.root).problems.map(inEnglish);
    const english = `${VISION}/narration.en.vtt`;
    // Line 14 holds the English file's third cue timing, line 8 the Chinese file's second (its last).
    const timingLines = (file: string): number[] => copy?.read(file).split('\n').flatMap((line, index) => (line.includes('-->') ? [index + 1] : [])) ?? [];
    expect([timingLines(english)[2], timingLines(chinese)[1]]).toEqual([14, 8]);
    expect(messages).toContainEqual(`media/${english}:14: warning: narration.en.vtt has 4 captions but narration.zh-Hans.vtt has 2: caption 3, at line 14 of narration.en.vtt, has no counterpart in narration.zh-Hans.vtt (whose last caption is at line 8); a visitor who switches language mid-narration would land on a different sentence. Fix: give every language one caption per sentence, in the same order, so the counts match`);
    expect(validate(copy.root).problems.map((problem) => formatProblem(problem, 'zh-Hans'))).toContainEqual(`media/${english}:14: 警告：narration.en.vtt 有 4 条字幕，但 narration.zh-Hans.vtt 有 2 条：narration.en.vtt 第 14 行的第 3 条在 narration.zh-Hans.vtt 里没有对应的一条（narration.zh-Hans.vtt 的最后一条在第 8 行）；观众在讲解中途切换语言时，会跳到另一句。修改方法：每种语言每句一条字幕，顺序一样，条数相同`);
    expect(messages.filter((message) => message.includes(spirit))).toEqual([
      expect.stringMatching(/: error: caption file: .*Fix: correct the caption file \(WebVTT\), or run "npm run media:narrate -- --force --only culture\/spirit" to make the starter narration again$/),
    ]);
  });

  it('suggests the field a swapped pair of letters meant', () => {
    copy = copyStarterMedia();
    const file = 'timeline/museum/2009-new-museum-opens/event.yaml';
    copy.write(file, `${copy.read(file)}image:\n  file: photo.jpg\n  atl:\n    zh-Hans: 展厅\n    en: The hall\n`);
    expect(validate(copy.root).problems.map(inEnglish)).toContainEqual(expect.stringMatching(/"atl".*did you mean "alt"\?/));
  });
});

describe('a copied folder that still tells the old story', () => {
  it('warns about narration text and a panel order taken over from the folder it was copied from', () => {
    copy = copyStarterMedia();
    cpSync(join(copy.root, 'panels/awards/post-pacesetter'), join(copy.root, 'panels/awards/new-award'), { recursive: true });
    // Which of the two is the copy no file says: the one read second is named, with the other.
    const file = 'panels/awards/post-pacesetter/panel.yaml';
    const yamlText = copy.read(file);
    expect(validate(copy.root).problems.map(inEnglish)).toEqual([
      `media/${file}:${lineContaining(yamlText, 'order:')}: warning: order: ${/order: (\d+)/.exec(yamlText)?.[1]} is the same as awards/new-award's, so the two are placed by their ids. Fix: give each panel of the group its own order`,
      `media/${file}:${lineContaining(yamlText, '    zh-Hans:')}: warning: the narration text is the same as awards/new-award's, so visitors would hear that item's story here. Fix: write this item's own narration (a copied folder keeps the old one), or delete narration:`,
    ]);
  });
});

describe('one broken file explains itself once', () => {
  it('a broken tracks.yaml is the only problem reported, not every event and tour stop after it', () => {
    copy = copyStarterMedia();
    copy.write('tracks.yaml', `${copy.read('tracks.yaml')}oops: [\n`);
    const problems = validate(copy.root).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((problem) => `${problem.severity} ${problem.file}`)).toEqual(problems.map(() => 'error media/tracks.yaml'));
  });
});
