/**
 * The narration follows the state: the open item's recording in the visitor's language, silence
 * for everything else, muted while the docent talks over it, paused when the presenter blanks
 * the screen. It is the only module that tells the narration service what to open.
 */
import type { ContentBundle, LanguageCode, Narration } from '../contentModel/contentTypes.ts';
import type { KioskState, KioskStore } from './KioskState.ts';

/** The part of the narration service this follower drives (a fake in the unit tests). */
export interface NarrationControls {
  open(id: string, narration: Narration, language: LanguageCode): void;
  close(): void;
  play(): void;
  pause(): void;
  setMuted(muted: boolean): void;
}

export interface NarrationFollower {
  /**
   * Plays the narration of what the state has open now. It opens that narration first (opening
   * the one already open keeps it), so a caller never depends on the follower having heard of
   * the focus change before it asks to play.
   */
  playFocused(): void;
}

export function followNarration(
  store: KioskStore,
  narration: NarrationControls,
  narrationsById: ReadonlyMap<string, Narration | null>,
): NarrationFollower {
  const openFor = (state: KioskState): boolean => {
    const open = state.focused ? narrationsById.get(state.focused) ?? null : null;
    if (state.focused && open) narration.open(state.focused, open, state.language);
    else narration.close();
    return open !== null;
  };
  store.watch(['focused', 'language'], openFor);
  store.watch(['guided'], (state, previous) => {
    const muted = state.guided?.muted ?? false;
    if (muted !== (previous.guided?.muted ?? false)) narration.setMuted(muted);
    if (state.guided?.blanked && !previous.guided?.blanked) narration.pause();
    // The blank key again: the picture returns, and so does the voice it stopped.
    if (state.guided && !state.guided.blanked && previous.guided?.blanked && previous.guided.blankPausedNarration) narration.play();
  });
  return {
    playFocused: () => {
      if (openFor(store.state)) narration.play();
    },
  };
}

/** Every event's and panel's narration by id (null: the item has none). */
export function narrationsById(content: ContentBundle): ReadonlyMap<string, Narration | null> {
  return new Map([
    ...content.events.map((event) => [event.id, event.narration] as const),
    ...content.panelGroups.flatMap((group) => group.panels.map((panel) => [panel.id, panel.narration] as const)),
  ]);
}
