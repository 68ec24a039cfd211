/**
 * The content bundle: everything the kiosk shows, as typed data. The build reads media/,
 * validates it (validateMedia.ts) and hands the app exactly this shape; no visitor text
 * lives in code.
 */

/** A BCP 47 tag from kiosk.yaml's `languages`, e.g. `zh-Hans` or `en`. */
export type LanguageCode = string;

/** One text in every configured language, keyed by language code. */
export type LocalisedText = Readonly<Record<LanguageCode, string>>;

/** A date only as precise as the source gives it: never a guessed month or day. */
export interface ContentDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

export interface ImageSource {
  /** A MIME type, e.g. `image/avif`. */
  readonly type: string;
  readonly url: string;
}

export interface MediaImage {
  /** The picture sized for the screen, in a format every browser shows (the build's WebP copy). */
  readonly url: string;
  /** Better-compressed copies of the same picture, best first, for a <picture> element. */
  readonly sources: readonly ImageSource[];
  /** A small copy for the timeline card. */
  readonly thumbnailUrl: string;
  /** Pixel size of `url`, so the sheet keeps the picture's room before it arrives; 0 when unknown. */
  readonly width: number;
  readonly height: number;
  readonly alt: LocalisedText;
  readonly credit: string | null;
}

export interface Narration {
  readonly text: LocalisedText;
  /** Audio URL per language, or null where no recording exists yet (captions-only). */
  readonly audio: Readonly<Record<LanguageCode, string | null>>;
  /** WebVTT URL per language, or null where no caption file exists yet. */
  readonly captions: Readonly<Record<LanguageCode, string | null>>;
}

export interface SourceReference {
  /** The key in media/sources.yaml, or null for a free-text source. */
  readonly key: string | null;
  readonly citation: LocalisedText;
}

export interface Track {
  readonly id: string;
  readonly order: number;
  /** CSS hex colour of the track, e.g. `#B71C1C`. */
  readonly colour: string;
  readonly accentColour: string;
  readonly title: LocalisedText;
}

export interface TimelineEvent {
  /** `<track>/<event-id>`: the folder path under media/timeline/. */
  readonly id: string;
  readonly trackId: string;
  readonly date: ContentDate;
  /** Staff wording for approximate dates ("2020年底 / Late 2020"); replaces the formatted date. */
  readonly dateLabel: LocalisedText | null;
  /** Position on the time axis in fractional years, derived from the date (and before/after). */
  readonly timePosition: number;
  readonly title: LocalisedText;
  readonly summary: LocalisedText;
  readonly body: LocalisedText | null;
  readonly sources: readonly SourceReference[];
  /** Ids of events on other tracks, made symmetric: a link written on one side shows on both. */
  readonly links: readonly string[];
  readonly image: MediaImage | null;
  readonly narration: Narration | null;
}

export interface Panel {
  /** `<group>/<panel-id>`: the folder path under media/panels/. */
  readonly id: string;
  readonly groupId: string;
  readonly order: number;
  readonly title: LocalisedText;
  readonly subtitle: LocalisedText | null;
  readonly body: LocalisedText;
  readonly sources: readonly SourceReference[];
  readonly images: readonly MediaImage[];
  readonly narration: Narration | null;
}

export interface PanelGroup {
  readonly id: string;
  readonly order: number;
  readonly title: LocalisedText;
  readonly summary: LocalisedText;
  readonly panels: readonly Panel[];
}

export interface TourStop {
  /** An event id (`party/...`) or a panel id (`culture/...`). */
  readonly target: string;
  readonly talkingPoints: LocalisedText | null;
  readonly playNarration: boolean;
}

export interface Tour {
  readonly id: string;
  readonly title: LocalisedText;
  readonly stops: readonly TourStop[];
}

export type ReducedMotionSetting = 'auto' | 'always' | 'never';

export interface KioskSettings {
  readonly languages: readonly LanguageCode[];
  readonly defaultLanguage: LanguageCode;
  readonly idle: {
    readonly warningAfterSeconds: number;
    readonly countdownSeconds: number;
    /** Longest a playing narration may hold off the idle warning. */
    readonly narrationHoldCapSeconds: number;
  };
  readonly audio: {
    /** 0..1, applied to every narration. */
    readonly volumeCap: number;
  };
  readonly motion: {
    readonly reducedMotion: ReducedMotionSetting;
  };
  readonly updates: {
    /** How often an idle kiosk asks the server for a new version. */
    readonly checkEveryMinutes: number;
  };
  readonly maintenance: {
    /** Local hour (0-23) of an optional daily reload, done only while idle; null: never. */
    readonly dailyReloadHour: number | null;
  };
  readonly staff: {
    /** SHA-256 (hex) of the staff PIN that opens the diagnostics. */
    readonly pinSha256: string;
  };
  readonly docent: {
    /** SHA-256 (hex) of the docent PIN that starts guided mode. */
    readonly pinSha256: string;
    /** A guided tour left untouched this long ends by itself. */
    readonly silenceEndsTourMinutes: number;
  };
}

export interface ContentBundle {
  /** Hash of every media file that went into the bundle: changes whenever content changes. */
  readonly version: string;
  readonly settings: KioskSettings;
  readonly tracks: readonly Track[];
  /** Sorted by timePosition, then id. */
  readonly events: readonly TimelineEvent[];
  readonly panelGroups: readonly PanelGroup[];
  readonly tours: readonly Tour[];
}
