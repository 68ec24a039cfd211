/**
 * The narration of one event or panel: its text, and per language the recording and captions
 * found beside the yaml by their names (`narration.<language>.<extension>`, `.vtt`).
 */
import type { StaffText } from '../contentModel/contentProblem.ts';
import type { LanguageCode, LocalisedText, Narration } from '../contentModel/contentTypes.ts';
import { AUDIO_EXTENSIONS } from '../contentModel/mediaFormats.ts';
import type { CheckContext, CheckReport, CheckResult } from './checkReport.ts';
import { checkCaptions, checkRecording, type CueCount } from './checkRecording.ts';
import { staffList, staffText } from './problemCatalogue.ts';
import type { YamlFile } from './yamlFile.ts';

/** An item's folder and yaml, and its narration text when the yaml has one. */
export interface NarrationEntry {
  readonly folder: string;
  readonly folderFiles: readonly string[];
  readonly text: LocalisedText | undefined;
  readonly file: string;
  readonly yaml: YamlFile;
}

interface LanguageNarration {
  readonly audio: string | null;
  readonly captions: string | null;
  readonly cueCount: CueCount | null;
  readonly hasMediaFile: boolean;
}

const NO_NARRATION: LanguageNarration = { audio: null, captions: null, cueCount: null, hasMediaFile: false };

const fileName = (path: string): string => path.split('/').pop() ?? '';

/** `culture/concept`: how media:narrate's --only names the item. */
function ownerIdOf(folder: string): string {
  return folder.replace(/^(timeline|panels)\//, '');
}

/** The recordings for one language, in AUDIO_EXTENSIONS order, so a studio WAV dropped beside the starter MP3 is the one played. */
function recordingsFor(entry: NarrationEntry, language: LanguageCode, report: CheckReport): string[] {
  const recordings = AUDIO_EXTENSIONS
    .map((extension) => `${entry.folder}/narration.${language}.${extension}`)
    .filter((candidate) => entry.folderFiles.includes(candidate));
  // Found by their names: a second recording gets its own warning here, not an "unused" one too.
  report.claim(...recordings);
  const [played, ...others] = recordings;
  if (played && others.length > 0) {
    report.warning(others[0] ?? entry.folder, 0,
      staffText('recording.several', { language, count: recordings.length, played: fileName(played) }),
      staffText('recording.several.fix', { played: fileName(played), others: staffList(others.map(fileName)) }));
  }
  return recordings;
}

export class NarrationCheck {
  /** Narration text (language and text) → the item that has it first: a copied folder's leftover is caught. */
  private readonly owners = new Map<string, string>();

  constructor(private readonly context: CheckContext) {}

  check(entry: NarrationEntry, report: CheckReport): CheckResult<Narration | null> {
    const { languages } = this.context;
    const { text } = entry;
    const audio: Record<LanguageCode, string | null> = {};
    const captions: Record<LanguageCode, string | null> = {};
    const cueCounts: CueCount[] = [];
    let anyMediaFile = false;
    for (const language of languages) {
      const found = this.checkLanguage(entry, language, report);
      anyMediaFile ||= found.hasMediaFile;
      if (!text) continue;
      audio[language] = found.audio;
      captions[language] = found.captions;
      if (found.cueCount) cueCounts.push(found.cueCount);
    }
    this.compareCaptionCounts(cueCounts, report);
    this.warnAboutCopiedText(entry, report);
    if (!text) {
      if (anyMediaFile) report.warning(entry.folder, 0, staffText('narration.filesWithoutText'), staffText('narration.filesWithoutText.fix'));
      return report.result(null);
    }
    const lineCounts = languages.map((language) => (text[language] ?? '').trim().split('\n').length);
    if (new Set(lineCounts).size > 1) {
      const separators: StaffText = { 'zh-Hans': ' / ', en: ' / ' };
      report.warning(entry.file, entry.yaml.lineOf(['narration', 'text']),
        staffText('narration.lineCountsDiffer', { languages: staffList(languages, separators), counts: staffList(lineCounts.map(String), separators) }),
        staffText('narration.lineCountsDiffer.fix'));
    }
    return report.result({ text, audio, captions });
  }

  private checkLanguage(entry: NarrationEntry, language: LanguageCode, report: CheckReport): LanguageNarration {
    const recordings = recordingsFor(entry, language, report);
    const recording = recordings[0] ?? null;
    const captionFile = `${entry.folder}/narration.${language}.vtt`;
    const hasCaptions = this.context.fileSet.has(captionFile);
    const hasMediaFile = recording !== null || hasCaptions;
    if (!entry.text) return { ...NO_NARRATION, hasMediaFile };
    const probe = recording ? this.context.options.audioProbes?.get(recording) : undefined;
    const recordingUsable = recording !== null && checkRecording(recording, probe, this.context, report);
    const owner = ownerIdOf(entry.folder);
    const checked = hasCaptions
      ? checkCaptions({ captionFile, recording, probe, text: entry.text[language] ?? '', owner }, this.context, report)
      : null;
    if (recording && !hasCaptions) {
      report.error(recording, 0, staffText('recording.noCaptions'), staffText('recording.noCaptions.fix', { captionFile: fileName(captionFile) }));
    }
    let audio: string | null = null;
    if (recording && checked?.url && recordingUsable) {
      report.reference(recording);
      const copy = this.context.options.processed?.get(recording);
      audio = copy?.kind === 'recording' ? copy.url : this.context.options.mediaUrl(recording);
    }
    return { audio, captions: checked?.url ?? null, cueCount: checked?.cueCount ?? null, hasMediaFile };
  }

  /**
   * Cue n of one language is cue n of every other: a file with more or fewer cues than the first
   * is named with both files' lines where they part, the first cue one of them lacks.
   */
  private compareCaptionCounts(cueCounts: readonly CueCount[], report: CheckReport): void {
    const [first, ...others] = cueCounts;
    if (!first) return;
    for (const other of others) {
      if (other.count === first.count) continue;
      const [longer, shorter] = other.count > first.count ? [other, first] : [first, other];
      const extraLine = longer.lines[shorter.count] ?? 0;
      const lastLine = shorter.lines[shorter.count - 1] ?? 0;
      report.warning(other.file, other === longer ? extraLine : other.lines[other.count - 1] ?? 0,
        staffText('captions.countsDiffer', {
          file: fileName(other.file), count: other.count, first: fileName(first.file), firstCount: first.count,
          longer: fileName(longer.file), extraLine, extraNumber: shorter.count + 1, shorter: fileName(shorter.file), lastLine,
        }),
        staffText('captions.countsDiffer.fix'));
    }
  }

  private warnAboutCopiedText(entry: NarrationEntry, report: CheckReport): void {
    const { text } = entry;
    if (!text) return;
    const owner = ownerIdOf(entry.folder);
    const repeated = this.context.languages.map((language) => {
      const key = `${language}\0${(text[language] ?? '').trim()}`;
      const earlier = text[language]?.trim() ? this.owners.get(key) : undefined;
      this.owners.set(key, earlier ?? owner);
      return earlier ? { language, earlier } : null;
    }).find((match) => match !== null);
    if (repeated) {
      report.warning(entry.file, entry.yaml.lineOf(['narration', 'text', repeated.language]),
        staffText('narration.copiedText', { earlier: repeated.earlier }), staffText('narration.copiedText.fix'));
    }
  }
}
