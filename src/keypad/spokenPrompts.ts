/**
 * The words the keypad speaks, one short clip per key here, in every visitor language: interface
 * prompts (welcome, help, what a key did) and, for every event and panel, its title with its date
 * and its place in its row. The build speaks each clip once (src/tools/promptAudio.ts); at run
 * time an announcement is a few clips in a row, and its caption is their texts joined.
 */
import { eventDateText } from '../contentModel/contentDate.ts';
import { findEvent, findPanel } from '../contentModel/contentLookup.ts';
import type { ContentBundle, LanguageCode } from '../contentModel/contentTypes.ts';
import { interfaceText, type InterfaceTextKey } from '../i18n/interfaceText.ts';
import { keypadRowsOf } from './keypadRows.ts';

/** The interface prompts, by the clip key the keypad asks for. */
export const INTERFACE_PROMPTS = {
  welcome: 'keyWelcome',
  help: 'keyHelp',
  selectToOpen: 'keySelectToOpen',
  opened: 'keyOpened',
  sheetHint: 'keySheetHint',
  playing: 'keyPlaying',
  paused: 'keyPaused',
  noNarration: 'keyNoNarration',
  partner: 'keyPartner',
  backToTimeline: 'keyBackToTimeline',
  home: 'keyHome',
  rowEnd: 'keyRowEnd',
  louder: 'keyLouder',
  quieter: 'keyQuieter',
  loudest: 'keyLoudest',
  quietest: 'keyQuietest',
  playButton: 'keyPlayButton',
  backButton: 'keyBackButton',
  language: 'keyLanguage',
} as const satisfies Record<string, InterfaceTextKey>;

export type InterfacePromptKey = keyof typeof INTERFACE_PROMPTS;

/** An item's title (and date, for an event): `title:<id>`. */
export function titlePromptKey(itemId: string): string {
  return `title:${itemId}`;
}

/** An item's row and place in it ("党史，第3项，共12项。"): `where:<id>`. */
export function wherePromptKey(itemId: string): string {
  return `where:${itemId}`;
}

/** One clip as the kiosk gets it: its words (the caption) and where it is said, a stretch of a sprite file (null when none could be made). */
export interface PromptClip {
  readonly text: string;
  readonly url: string | null;
  readonly startMs: number;
  readonly durationMs: number;
}

/** Clips by language, then by key. */
export type SpokenPromptTable = Readonly<Record<LanguageCode, Readonly<Record<string, PromptClip>>>>;

/** Every clip's words in one language, by key: what the build speaks and the kiosk captions. */
export function promptTexts(content: ContentBundle, language: LanguageCode): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, textKey] of Object.entries(INTERFACE_PROMPTS)) texts.set(key, interfaceText(language, textKey));
  const fullStop = language.startsWith('zh') ? '。' : '. ';
  for (const row of keypadRowsOf(content)) {
    row.itemIds.forEach((itemId, position) => {
      const event = findEvent(content, itemId);
      const panel = event ? undefined : findPanel(content, itemId);
      const title = (event ?? panel)?.title[language] ?? itemId;
      const date = event ? eventDateText(event, language) : null;
      texts.set(titlePromptKey(itemId), date ? `${title}${fullStop}${date}${fullStop}`.trim() : `${title}${fullStop}`.trim());
      texts.set(wherePromptKey(itemId), interfaceText(language, 'keyWhere')
        .replace('{row}', row.title[language] ?? row.id)
        .replace('{position}', String(position + 1))
        .replace('{count}', String(row.itemIds.length)));
    });
  }
  return texts;
}
