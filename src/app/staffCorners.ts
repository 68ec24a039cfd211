/**
 * The two hidden corners: a long press top-left asks for the staff PIN and opens the
 * diagnostics; top-right asks for the docent PIN and offers the tours. Neither opens over the
 * other, and the docent's corner rests while a tour runs or when there is no tour to choose.
 */
import type { KioskSettings, Tour } from '../contentModel/contentTypes.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { CornerLongPress } from '../input/CornerLongPress.ts';
import type { TourChooserView } from '../ui/DocentViews.ts';
import type { PinPadView } from '../ui/PinPadView.ts';
import type { KioskStore } from './KioskState.ts';
import { PinGate } from './StaffAccess.ts';

export interface StaffCornerOptions {
  readonly store: KioskStore;
  readonly settings: KioskSettings;
  readonly tours: readonly Tour[];
  readonly pinPad: PinPadView;
  readonly tourChooser: TourChooserView;
  readonly isDiagnosticsOpen: () => boolean;
}

export function staffCorners({ store, settings, tours, pinPad, tourChooser, isDiagnosticsOpen }: StaffCornerOptions): readonly HTMLElement[] {
  const staffPin = new PinGate(settings.staff.pinSha256);
  const docentPin = new PinGate(settings.docent.pinSha256);
  const askForPin = (title: 'staffPinTitle' | 'docentPinTitle', gate: PinGate, onAccepted: () => void): void => {
    const language = store.state.language;
    pinPad.open({ title: interfaceText(language, title), language, submit: (pin) => gate.check(pin), onAccepted });
  };
  const staffCorner = new CornerLongPress('top-left', () => {
    if (pinPad.isOpen || isDiagnosticsOpen()) return;
    askForPin('staffPinTitle', staffPin, () => store.dispatch({ type: 'openDiagnostics' }));
  });
  const docentCorner = new CornerLongPress('top-right', () => {
    if (pinPad.isOpen || isDiagnosticsOpen() || store.state.mode === 'guided' || tours.length === 0) return;
    askForPin('docentPinTitle', docentPin, () => tourChooser.open(store.state.language));
  });
  return [staffCorner.element, docentCorner.element];
}
