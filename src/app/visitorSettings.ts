/**
 * What a visitor may adjust for themselves. Every field returns to its default at the idle
 * reset (the next visitor finds the kiosk as designed); reach also at Home.
 */
export interface VisitorSettings {
  /** Every control and the reading area in the lower half of the screen, for a wheelchair user or a child. */
  readonly reach: boolean;
  /** 1 as designed, LARGER_TEXT_SCALE with larger text: sheets, panels and the cards' floor. */
  readonly textScale: number;
  readonly contrast: 'standard' | 'high';
  /** The caption band under a narration. */
  readonly captions: boolean;
}

export const LARGER_TEXT_SCALE = 1.3;

export const DEFAULT_VISITOR_SETTINGS: VisitorSettings = { reach: false, textScale: 1, contrast: 'standard', captions: true };
