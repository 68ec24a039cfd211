/**
 * The words on the corridor's wall and screen, per language: a label at every year that holds
 * an event and every decade outside a break, a label on every folded break (its true first and
 * last year and how many years it folds), and the two track names from tracks.yaml.
 */
import { interfaceText } from '../../src/i18n/interfaceText.ts';
import type { LabelFace, LabelStyle } from './CorridorAtlas.ts';
import type { LabelSpot } from './CorridorPlacer.ts';
import { WALL_COLOUR } from './corridorStructure.ts';
import { yearMarks, type TimeScale } from './timeScale.ts';

export interface WallLabel extends LabelSpot {
  readonly style: LabelStyle;
  face(language: string): LabelFace;
}

const TEXT_PX: Record<LabelStyle, number> = { year: 40, decade: 48, break: 34, track: 40 };
/** The wall's own colour at 90%: the lines behind a break's label fade there, not vanish. */
const BREAK_PLATE = `${WALL_COLOUR}E6`;

export function wallLabels(scale: TimeScale): WallLabel[] {
  const breaks: WallLabel[] = scale.breaks.map((folded) => ({
    x: (folded.startX + folded.endX) / 2,
    style: 'break',
    claimsFirst: true,
    // The second line is smaller: the first line's size is the one the floor applies to.
    textPx: TEXT_PX.break * 0.85,
    face: (language) => ({
      style: 'break',
      lines: [`${folded.fromYear}–${folded.toYear}`, interfaceText(language, 'corridorBreak').replace('{count}', String(folded.toYear - folded.fromYear + 1))],
      plate: BREAK_PLATE,
    }),
  }));
  const years: WallLabel[] = yearMarks(scale).map((mark) => ({
    x: mark.x,
    style: mark.decade ? 'decade' : 'year',
    claimsFirst: mark.decade,
    textPx: mark.decade ? TEXT_PX.decade : TEXT_PX.year,
    face: () => ({ style: mark.decade ? 'decade' : 'year', lines: [String(mark.year)] }),
  }));
  // Breaks first, then decades: they claim room before the plain years when the view is far out.
  return [...breaks, ...years.filter((label) => label.style === 'decade'), ...years.filter((label) => label.style === 'year')];
}

export interface TrackName {
  readonly trackId: string;
  readonly colour: string;
  readonly title: Readonly<Record<string, string>>;
}

export function trackNameFace(track: TrackName, language: string): LabelFace {
  return { style: 'track', lines: [track.title[language] ?? track.trackId], background: track.colour };
}
