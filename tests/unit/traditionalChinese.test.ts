import { describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { toTraditional, withTraditional } from '../../src/contentBuild/traditionalChinese.ts';
import { validateMedia } from '../../src/contentBuild/validateMedia.ts';
import { findEvent } from '../../src/contentModel/contentLookup.ts';
import { traditionalReview } from '../../src/tools/traditionalReview.ts';
import { copyStarterMedia, STARTER_MEDIA } from '../support/mediaCopy.ts';

const FOUNDING = 'party/1949-prc-founded';

describe('繁體中文 from the simplified text', () => {
  it('converts with OpenCC phrase tables, not character by character', () => {
    expect(toTraditional('中国科技馆文化长廊')).toBe('中國科技館文化長廊');
    // 发 is 發 in 发展 but 髮 in 头发: only a phrase table knows.
    expect(toTraditional('发展')).toBe('發展');
    expect(toTraditional('头发')).toBe('頭髮');
  });

  it('adds zh-Hant beside every zh-Hans text, keeps what staff wrote, and gives narration the Mandarin recording', () => {
    const converted = withTraditional({
      title: { 'zh-Hans': '党史', en: 'Party history' },
      note: { 'zh-Hans': '馆史', 'zh-Hant': '本館歷史', en: 'Museum history' },
      narration: { audio: { 'zh-Hans': '/media/a.mp3', en: null }, captions: { 'zh-Hans': '/media/a.vtt', en: null } },
    }, { captionsFor: (url) => url.replace('.vtt', '.hant.vtt') });
    expect(converted.title['zh-Hant' as keyof typeof converted.title]).toBe('黨史');
    expect(converted.note['zh-Hant']).toBe('本館歷史');
    expect(converted.narration.audio['zh-Hant' as keyof typeof converted.narration.audio]).toBe('/media/a.mp3');
    expect(converted.narration.captions['zh-Hant' as keyof typeof converted.narration.captions]).toBe('/media/a.hant.vtt');
  });

  it('fills the starter content for the kiosk, and a staff zh-Hant line wins over the conversion', () => {
    const starter = validateMedia(mediaFolder(STARTER_MEDIA), { mediaUrl: (file) => file });
    expect(starter.errorCount).toBe(0);
    expect(findEvent(starter.bundle, FOUNDING)?.title['zh-Hant']).toBe('中華人民共和國成立');

    const media = copyStarterMedia();
    try {
      media.replace('timeline/party/1949-prc-founded/event.yaml', '  zh-Hans: 中华人民共和国成立\n', '  zh-Hans: 中华人民共和国成立\n  zh-Hant: 中華人民共和國宣告成立\n');
      const withOverride = validateMedia(mediaFolder(media.root), { mediaUrl: (file) => file });
      expect(withOverride.errorCount).toBe(0);
      expect(findEvent(withOverride.bundle, FOUNDING)?.title['zh-Hant']).toBe('中華人民共和國宣告成立');
      const review = traditionalReview(withOverride.traditionalConversions, 'media', 'zh-Hans');
      expect(review.find((line) => line.startsWith('media/timeline/party/1949-prc-founded/event.yaml title'))).toContain('使用员工写的 zh-Hant');
      expect(review.find((line) => line.startsWith('media/tracks.yaml party.title'))).toBe('media/tracks.yaml party.title: 党史 → 黨史');
    } finally {
      media.dispose();
    }
  });
});
