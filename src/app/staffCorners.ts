/**
 * The two hidden corners: a long press top-left asks for the staff PIN and opens the
 * diagnostics; top-right asks for the docent PIN and offers the tours. Neither opens over the
 * other, and the docent's corner rests while a tour runs or when there is no tour to choose.
 */
import type { KioskSettings, Tour } from '../contentModel/contentTypes.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { CornerLongPress } from '../input/CornerLongPress.ts';
import type { KioskStore } from './KioskState.ts';
import { PinGate } from './StaffAccess.ts';
import type { StaffViews } from './staffViews.ts';

export interface StaffCornerOptions {
  readonly store: KioskStore;
  readonly settings: KioskSettings;
  readonly tours: readonly Tour[];
  /** The PIN pad and the tour chooser, fetched the first time a corner is held. */
  readonly staffViews: () => Promise<StaffViews>;
}

export function staffCorners({ store, settings, tours, staffViews }: StaffCornerOptions): readonly HTMLElement[] {
  const staffPin = new PinGate(settings.staff.pinSha256);
  const docentPin = new PinGate(settings.docent.pinSha256);
  const askForPin = (views: StaffViews, title: 'staffPinTitle' | 'docentPinTitle', gate: PinGate, onAccepted: () => void): void => {
    const language = store.state.language;
    views.pinPad.open({ title: interfaceText(language, title), language, submit: (pin) => gate.check(pin), onAccepted });
  };
  const isBusy = (views: StaffViews): boolean => views.pinPad.isOpen || views.isDiagnosticsOpen();
  const staffCorner = new CornerLongPress('top-left', () => {
    void staffViews().then((views) => {
      if (isBusy(views)) return;
      askForPin(views, 'staffPinTitle', staffPin, () => store.dispatch({ type: 'openDiagnostics' }));
    });
  });
  const docentCorner = new CornerLongPress('top-right', () => {
    void staffViews().then((views) => {
      if (isBusy(views) || store.state.mode === 'guided' || tours.length === 0) return;
      askForPin(views, 'docentPinTitle', docentPin, () => views.tourChooser.open(store.state.language));
    });
  });
  return [staffCorner.element, docentCorner.element];
}
