/**
 * Where a flight comes to rest: a view fitted to the cards asked for, checked against what the
 * placement pass would really draw there.
 */
import type { CorridorCards } from './CorridorCards.ts';
import type { CorridorLayout } from './corridorLayout.ts';
import type { CorridorMotion, FittedView } from './CorridorMotion.ts';

/** How many times a fit may pass over crowded-out cards or step back before it settles for what it has. */
const FIT_ATTEMPTS = 6;
/** How far a fit steps back when no card can be passed over. */
const FIT_STEP_BACK = 1.2;
/** How far (CSS px) a fit moves in from the screen's sides when it would cut a card it was asked to show. */
const FIT_MARGIN_STEP_PX = 48;

export interface FitParts {
  readonly motion: CorridorMotion;
  readonly cards: CorridorCards;
  readonly layout: CorridorLayout;
}

/**
 * A fit whose resting view really shows the cards asked for and three events on both tracks.
 * The placement pass is asked what the fitted view would draw. An asked-for card it would cut
 * (one drawn larger than the common floor, or stood further out) moves the fit in from the
 * screen's sides; a card it would crowd out is passed over for the next nearest; where neither
 * applies, the view steps back a little.
 */
export function fitShowing(corridor: FitParts, cardIndices: readonly number[], closest: number): FittedView {
  const { motion, cards, layout } = corridor;
  const passOver = new Set<number>();
  let nearest = closest;
  let extraMargin = 0;
  let fit = motion.fitCards(cardIndices, nearest, passOver, extraMargin);
  for (let attempt = 0; attempt < FIT_ATTEMPTS; attempt += 1) {
    const shown = cards.shownAt(fit);
    const tracks = new Set(shown.map((index) => layout.cards[index]?.trackIndex));
    const showsAsked = cardIndices.every((index) => shown.includes(index));
    if (showsAsked && shown.length >= Math.min(3, layout.cards.length) && tracks.size >= Math.min(2, layout.trackIds.length)) return fit;
    const crowdedOut = fit.cards.filter((index) => !shown.includes(index) && !cardIndices.includes(index));
    if (!showsAsked) extraMargin += FIT_MARGIN_STEP_PX;
    else if (crowdedOut.length > 0) for (const index of crowdedOut) passOver.add(index);
    else nearest = fit.distance * FIT_STEP_BACK;
    fit = motion.fitCards(cardIndices, nearest, passOver, extraMargin);
  }
  return fit;
}
