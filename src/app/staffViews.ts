/**
 * The views only staff and docents open: the PIN pad, the diagnostics, the tour chooser, the
 * docent bar with its drawer, badge and blank screen, and the tablet's pairing code. A visitor
 * never sees them, so they are their own chunk, fetched the first time a corner is held, a tour
 * starts or a tablet pairs (kioskViews.ts), and built once then.
 */
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { DiagnosticsView, type DiagnosticsActions } from '../ui/DiagnosticsView.ts';
import { DocentBarView, TourChooserView } from '../ui/DocentViews.ts';
import { PairingView } from '../ui/PairingView.ts';
import { PinPadView } from '../ui/PinPadView.ts';
import type { GuidedTourController } from './GuidedTourController.ts';
import { languageAfter, type KioskAction } from './kioskActions.ts';
import type { KioskState } from './KioskState.ts';

export interface StaffViewsOptions {
  readonly content: ContentBundle;
  readonly dispatch: (action: KioskAction) => void;
  readonly guidedTour: GuidedTourController;
  readonly toggleNarration: () => void;
  readonly diagnostics: Omit<DiagnosticsActions, 'close'>;
  /** The language staff read the diagnostics in, whatever the last visitor chose. */
  readonly staffLanguage: string;
}

export interface StaffViews {
  readonly pinPad: PinPadView;
  readonly tourChooser: TourChooserView;
  readonly isDiagnosticsOpen: () => boolean;
  /** Drawn beside the visitor's views, below the attract screen (the docent's bar and badges). */
  readonly underAttract: readonly HTMLElement[];
  /** Drawn over everything but the notices (the blank screen, the dialogs). */
  readonly overAttract: readonly HTMLElement[];
  render(state: KioskState): void;
}

export function buildStaffViews(options: StaffViewsOptions): StaffViews {
  const { content, dispatch, guidedTour } = options;
  const diagnostics = new DiagnosticsView({ ...options.diagnostics, close: () => dispatch({ type: 'closeDiagnostics' }) });
  const tourChooser = new TourChooserView(content.tours, (tourId) => guidedTour.start(tourId));
  const docentBar = new DocentBarView(content, {
    previous: () => guidedTour.previous(),
    next: () => guidedTour.next(),
    goTo: (stopIndex) => guidedTour.goTo(stopIndex),
    toggleNarration: options.toggleNarration,
    setMuted: (muted) => dispatch({ type: 'setMuted', muted }),
    setCaptionsShown: (shown) => dispatch({ type: 'setCaptionsShown', shown }),
    setTalkingPointsShown: (shown) => dispatch({ type: 'setTalkingPointsShown', shown }),
    switchLanguage: () => dispatch({ type: 'switchLanguage' }),
    askToEnd: () => dispatch({ type: 'askToEndTour' }),
    cancelEnd: () => dispatch({ type: 'cancelEndTour' }),
    end: () => dispatch({ type: 'endTour' }),
  }, (language) => languageAfter(content.settings.languages, language));
  const pinPad = new PinPadView();
  const pairing = new PairingView();
  return {
    pinPad,
    tourChooser,
    isDiagnosticsOpen: () => diagnostics.isOpen,
    underAttract: [docentBar.drawer, docentBar.element, docentBar.confirmEnd, docentBar.badge, pairing.badge, pairing.codeCard],
    overAttract: [docentBar.blank, diagnostics.element, tourChooser.element, pinPad.element],
    render: (state) => {
      docentBar.render(state);
      pairing.render(state);
      if (state.mode === 'diagnostics' && !diagnostics.isOpen) diagnostics.open(options.staffLanguage);
      if (state.mode !== 'diagnostics' && diagnostics.isOpen) diagnostics.close();
    },
  };
}
