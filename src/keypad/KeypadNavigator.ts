/**
 * Everything a visitor can do by touch, by keys alone, each step spoken. The keypad's focus (the
 * state's `cursor`) walks the rows of keypadRows.ts on the timeline; in an open sheet, up and
 * down move the page's own focus through its controls. Every change goes through the store's
 * actions, as a touch's does, so touch and keys work side by side: a touch silences the prompt
 * and hides the key focus, and the next key picks up where the visitor is.
 */
import type { KioskAction } from '../app/kioskActions.ts';
import { QUIETEST_VOLUME } from '../app/kioskActions.ts';
import type { KioskState } from '../app/KioskState.ts';
import { findEvent, findPanel } from '../contentModel/contentLookup.ts';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import type { KeypadCommand } from './keypadKeys.ts';
import { keypadPlaceOf, keypadRowsOf, type KeypadRow } from './keypadRows.ts';
import { titlePromptKey, wherePromptKey } from './spokenPrompts.ts';

export interface KeypadNavigatorOptions {
  readonly content: ContentBundle;
  readonly state: () => KioskState;
  readonly dispatch: (action: KioskAction) => void;
  readonly say: (keys: readonly string[], language: string) => void;
  /** The open sheet's controls in reading order (its pairs or panels, play, Back). */
  readonly sheetControls: () => HTMLElement[];
  /** The control holding the page's focus, if any. */
  readonly focusedControl: () => Element | null;
  readonly toggleNarration: () => void;
  /** Home as the button does it: the state's `home` and the curated overview. */
  readonly goHome: () => void;
}

export class KeypadNavigator {
  private readonly rows: readonly KeypadRow[];

  constructor(private readonly options: KeypadNavigatorOptions) {
    this.rows = keypadRowsOf(options.content);
  }

  /** Carries out a command; false when it is not the keypad's (the key keeps its usual meaning). */
  handle(command: KeypadCommand): boolean {
    const state = this.options.state();
    if (state.mode === 'guided' || state.mode === 'diagnostics') return false;
    if (state.mode === 'attract') {
      this.options.dispatch({ type: 'wake' });
      this.say(['welcome', 'help']);
      return true;
    }
    switch (command) {
      case 'help': this.say(['help']); return true;
      case 'language': this.switchLanguage(); return true;
      case 'louder': case 'quieter': this.stepVolume(command === 'louder' ? 1 : -1); return true;
      default: break;
    }
    return state.focused === null ? this.onTimeline(command, state) : this.inSheet(command, state, state.focused);
  }

  private say(keys: readonly string[]): void {
    this.options.say(keys, this.options.state().language);
  }

  private itemPrompt(itemId: string): string[] {
    return [titlePromptKey(itemId), wherePromptKey(itemId), 'selectToOpen'];
  }

  private onTimeline(command: KeypadCommand, state: KioskState): boolean {
    const place = state.cursor === null ? null : keypadPlaceOf(this.rows, state.cursor);
    switch (command) {
      case 'previous': case 'next': {
        const step = command === 'next' ? 1 : -1;
        if (!place) return this.moveTo(this.rows[0]?.itemIds[command === 'next' ? 0 : (this.rows[0]?.itemIds.length ?? 1) - 1]);
        const row = this.rows[place.row];
        const target = row?.itemIds[place.position + step];
        if (target === undefined) {
          this.say(['rowEnd', ...this.itemPrompt(row?.itemIds[place.position] ?? '')]);
          return true;
        }
        return this.moveTo(target);
      }
      case 'up': case 'down': {
        // With no focus yet, up is the upper line (the Party's) and down the lower one (the museum's).
        const rowIndex = place ? place.row + (command === 'down' ? 1 : -1) : command === 'down' ? 1 : 0;
        const row = this.rows[rowIndex];
        if (!row) {
          this.say(state.cursor ? ['rowEnd', ...this.itemPrompt(state.cursor)] : ['help']);
          return true;
        }
        return this.moveTo(this.nearestIn(row, state.cursor));
      }
      case 'select': case 'playPause':
        if (state.cursor === null) this.say(['help']);
        else this.open(state.cursor);
        return true;
      case 'back':
        if (state.openGroup !== null) {
          this.options.dispatch({ type: 'back' });
          this.say(['backToTimeline']);
        } else {
          this.options.goHome();
          this.options.dispatch({ type: 'moveCursor', itemId: null });
          this.say(['home']);
        }
        return true;
      default:
        return false;
    }
  }

  private inSheet(command: KeypadCommand, state: KioskState, focused: string): boolean {
    switch (command) {
      case 'up': case 'down': this.moveWithinSheet(command === 'down' ? 1 : -1); return true;
      case 'select': {
        const control = this.options.focusedControl();
        if (control instanceof HTMLElement && this.options.sheetControls().includes(control)) this.activate(control);
        else this.playPause(state, focused);
        return true;
      }
      case 'playPause': this.playPause(state, focused); return true;
      case 'previous': case 'next': {
        const place = keypadPlaceOf(this.rows, focused);
        const target = place ? this.rows[place.row]?.itemIds[place.position + (command === 'next' ? 1 : -1)] : undefined;
        if (target === undefined) this.say(['rowEnd']);
        else this.open(target);
        return true;
      }
      case 'back': {
        this.options.dispatch({ type: 'back' });
        const after = this.options.state();
        if (after.focused === null && after.openGroup !== null) this.focusTile(focused);
        this.options.dispatch({ type: 'moveCursor', itemId: focused });
        this.say(['backToTimeline', ...this.itemPrompt(focused)]);
        return true;
      }
      default:
        return false;
    }
  }

  /** The keypad's focus on an item: on the timeline the view follows it, a panel shows in its group's list. */
  private moveTo(itemId: string | undefined): boolean {
    if (itemId === undefined) return true;
    const state = this.options.state();
    const panel = findPanel(this.options.content, itemId);
    if (panel && state.openGroup !== panel.groupId) this.options.dispatch({ type: 'openGroup', groupId: panel.groupId });
    if (!panel && state.openGroup !== null) this.options.dispatch({ type: 'back' });
    this.options.dispatch({ type: 'moveCursor', itemId });
    if (panel) this.focusTile(itemId);
    this.say(this.itemPrompt(itemId));
    return true;
  }

  private open(itemId: string): void {
    const isEvent = findEvent(this.options.content, itemId) !== undefined;
    this.options.dispatch({ type: 'moveCursor', itemId });
    this.options.dispatch(isEvent ? { type: 'openEvent', eventId: itemId } : { type: 'openPanel', panelId: itemId });
    const narrated = (findEvent(this.options.content, itemId) ?? findPanel(this.options.content, itemId))?.narration;
    this.say(['opened', titlePromptKey(itemId), narrated ? 'sheetHint' : 'noNarration']);
  }

  private playPause(state: KioskState, focused: string): void {
    const narrated = (findEvent(this.options.content, focused) ?? findPanel(this.options.content, focused))?.narration;
    if (!narrated) {
      this.say(['noNarration']);
      return;
    }
    const wasPlaying = state.narration?.id === focused && state.narration.playing;
    this.options.toggleNarration();
    this.say([wasPlaying ? 'paused' : 'playing']);
  }

  private moveWithinSheet(step: 1 | -1): void {
    const controls = this.options.sheetControls();
    if (controls.length === 0) return;
    const current = this.options.focusedControl();
    const index = controls.findIndex((control) => control === current);
    const next = controls[index < 0 ? (step > 0 ? 0 : controls.length - 1) : Math.min(controls.length - 1, Math.max(0, index + step))];
    if (!next) return;
    next.focus({ preventScroll: false });
    next.scrollIntoView({ block: 'nearest' });
    this.say(this.controlPrompt(next));
  }

  private controlPrompt(control: HTMLElement): string[] {
    const eventId = control.dataset.eventId;
    if (eventId) return ['partner', titlePromptKey(eventId), 'selectToOpen'];
    const panelId = control.dataset.panelId;
    if (panelId) return [titlePromptKey(panelId), wherePromptKey(panelId), 'selectToOpen'];
    return control.classList.contains('narration__play') ? ['playButton'] : ['backButton'];
  }

  private activate(control: HTMLElement): void {
    const eventId = control.dataset.eventId;
    const panelId = control.dataset.panelId;
    if (eventId) this.open(eventId);
    else if (panelId) this.open(panelId);
    else if (control.classList.contains('narration__play')) this.playPause(this.options.state(), this.options.state().focused ?? '');
    else this.inSheet('back', this.options.state(), this.options.state().focused ?? '');
  }

  private focusTile(panelId: string): void {
    const tile = this.options.sheetControls().find((control) => control.dataset.panelId === panelId);
    tile?.focus({ preventScroll: false });
  }

  /** On a track, the event nearest in time to the one left; in a group, its first panel. */
  private nearestIn(row: KeypadRow, fromId: string | null): string | undefined {
    const from = fromId ? findEvent(this.options.content, fromId) : undefined;
    if (row.kind !== 'track' || !from) return row.itemIds[0];
    let best: string | undefined;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const id of row.itemIds) {
      const gap = Math.abs((findEvent(this.options.content, id)?.timePosition ?? 0) - from.timePosition);
      if (gap < bestGap) {
        best = id;
        bestGap = gap;
      }
    }
    return best;
  }

  private switchLanguage(): void {
    this.options.dispatch({ type: 'switchLanguage' });
    const { cursor } = this.options.state();
    this.say(['language', ...(cursor ? [titlePromptKey(cursor)] : [])]);
  }

  private stepVolume(direction: 1 | -1): void {
    const before = this.options.state().volume;
    this.options.dispatch({ type: 'stepVolume', direction });
    const after = this.options.state().volume;
    if (after === before) this.say([direction > 0 ? 'loudest' : 'quietest']);
    else this.say([direction > 0 ? (after >= 1 ? 'loudest' : 'louder') : (after <= QUIETEST_VOLUME ? 'quietest' : 'quieter')]);
  }
}
