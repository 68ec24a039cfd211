/**
 * The studio's view of the media folder: the files on disk with the staff member's unsaved
 * drafts laid over them. The check, the item lists and the kiosk preview all read through it,
 * so what the preview shows and what the check says are always about the same text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { probeAudio } from '../contentBuild/audioProbe.ts';
import { narrationEncoderAvailable } from '../contentBuild/checkMediaFolder.ts';
import type { AudioProbe, MediaSource } from '../contentBuild/contentCheckTypes.ts';
import { probeImages, type ImageProbe } from '../contentBuild/imageProbe.ts';
import { mediaFolder } from '../contentBuild/mediaFolder.ts';
import { validateMedia, type MediaValidation } from '../contentBuild/validateMedia.ts';
import { StudioHistory, type HistoryAction } from './studioHistory.ts';
import { mediaPath } from './studioPaths.ts';
import { editYaml, normaliseText, type YamlEdit } from './yamlEdit.ts';

/** The file changed on disk after the page read it: the page must reload it, never overwrite. */
export class StudioConflict extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk since it was opened`);
  }
}

/** The version of a file as it is on disk: a hash of its bytes, or `absent`. */
export function diskVersion(mediaRoot: string, path: string): string {
  const absolute = mediaPath(mediaRoot, path);
  if (!existsSync(absolute)) return 'absent';
  return createHash('sha256').update(readFileSync(absolute)).digest('hex').slice(0, 16);
}

interface Probes {
  readonly audioProbes: ReadonlyMap<string, AudioProbe>;
  readonly imageProbes: ReadonlyMap<string, ImageProbe>;
  readonly narrationEncoderAvailable: boolean;
}

export class StudioWorkspace {
  readonly history: StudioHistory;
  private readonly drafts = new Map<string, string>();
  /** The disk version each draft was made from. */
  private readonly draftBases = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private probes: Promise<Probes> | null = null;
  private probedFiles = '';

  constructor(readonly mediaRoot: string, historyFolder?: string) {
    this.history = new StudioHistory(mediaRoot, historyFolder);
  }

  /** Called after every change of a draft or a file the studio wrote. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Any source of the media folder, with the drafts laid over it. */
  overlay(disk: MediaSource): MediaSource {
    const drafts = this.drafts;
    const files = [...new Set([...disk.files, ...drafts.keys()])].sort();
    return {
      files,
      readText: (path) => drafts.get(path) ?? disk.readText(path),
      readBytes: (path) => {
        const draft = drafts.get(path);
        return draft === undefined ? disk.readBytes(path) : Buffer.from(draft, 'utf8');
      },
      sizeOf: (path) => {
        const draft = drafts.get(path);
        return draft === undefined ? disk.sizeOf(path) : Buffer.byteLength(draft, 'utf8');
      },
    };
  }

  source(): MediaSource {
    return this.overlay(mediaFolder(this.mediaRoot));
  }

  /** Pictures and recordings are opened again only when the set of them (or their sizes) changed. */
  private currentProbes(files: readonly string[]): Promise<Probes> {
    const key = files.map((file) => `${file}:${existsSync(mediaPath(this.mediaRoot, file)) ? readFileSync(mediaPath(this.mediaRoot, file)).length : 0}`)
      .filter((entry) => /\.(jpe?g|png|webp|avif|heic|heif|wav|mp3|ogg|opus|m4a|webm):/i.test(entry)).join('\n');
    if (!this.probes || key !== this.probedFiles) {
      this.probedFiles = key;
      this.probes = Promise.all([probeAudio(this.mediaRoot, files), probeImages(this.mediaRoot, files)])
        .then(([audioProbes, imageProbes]) => ({ audioProbes, imageProbes, narrationEncoderAvailable: narrationEncoderAvailable() }));
    }
    return this.probes;
  }

  async validate(): Promise<MediaValidation> {
    const disk = mediaFolder(this.mediaRoot);
    const probes = await this.currentProbes(disk.files);
    return validateMedia(this.overlay(disk), { ...probes, mediaUrl: (file) => file });
  }

  hasDraft(path: string): boolean {
    return this.drafts.has(path);
  }

  /** The text the staff member is working on: the draft, else the file; null when neither exists. */
  text(path: string): string | null {
    const draft = this.drafts.get(path);
    if (draft !== undefined) return draft;
    const absolute = mediaPath(this.mediaRoot, path);
    return existsSync(absolute) ? readFileSync(absolute, 'utf8') : null;
  }

  version(path: string): string {
    return diskVersion(this.mediaRoot, path);
  }

  private refuseIfChanged(path: string, baseVersion: string): void {
    const current = this.version(path);
    if (current !== baseVersion) throw new StudioConflict(path);
    const draftBase = this.draftBases.get(path);
    if (draftBase !== undefined && draftBase !== current) throw new StudioConflict(path);
  }

  /** Applies form edits to the draft of `path` (made from the file if there is none yet). */
  edit(path: string, baseVersion: string, edits: readonly YamlEdit[]): string {
    this.refuseIfChanged(path, baseVersion);
    const current = this.text(path);
    if (current === null) throw new StudioConflict(path);
    return this.setDraft(path, editYaml(current, edits), baseVersion);
  }

  setDraft(path: string, text: string, baseVersion: string = this.version(path)): string {
    mediaPath(this.mediaRoot, path);
    const normalised = normaliseText(text);
    this.drafts.set(path, normalised);
    this.draftBases.set(path, baseVersion);
    this.changed();
    return normalised;
  }

  discard(path: string): void {
    if (!this.drafts.delete(path)) return;
    this.draftBases.delete(path);
    this.changed();
  }

  /** Writes the drafts of these files (every other file of the item stays), keeping the old versions. */
  save(item: string, paths: readonly string[], baseVersions: Readonly<Record<string, string>>): number {
    for (const path of paths) this.refuseIfChanged(path, baseVersions[path] ?? 'absent');
    const writes = new Map<string, Buffer | null>();
    for (const path of paths) {
      const draft = this.drafts.get(path);
      if (draft !== undefined) writes.set(path, Buffer.from(draft, 'utf8'));
    }
    const entry = this.history.apply(item, 'save', writes);
    for (const path of paths) {
      this.drafts.delete(path);
      this.draftBases.delete(path);
    }
    this.changed();
    return entry.files.length;
  }

  /** A change made at once (a picture, a recording, captions, a new or deleted item), kept in the history. */
  write(item: string, action: HistoryAction, writes: ReadonlyMap<string, Buffer | null>): void {
    for (const path of writes.keys()) {
      this.drafts.delete(path);
      this.draftBases.delete(path);
    }
    this.history.apply(item, action, writes);
    this.changed();
  }

  undo(item: string): boolean {
    const undone = this.history.undo(item) !== null;
    if (undone) this.afterRestore(item);
    return undone;
  }

  rollBack(item: string, id: number): boolean {
    const restored = this.history.rollBack(item, id) !== null;
    if (restored) this.afterRestore(item);
    return restored;
  }

  /** A restored file replaces its draft: the draft was made from a version that is gone. */
  private afterRestore(item: string): void {
    for (const path of [...this.drafts.keys()]) {
      if (path === item || path.startsWith(`${item}/`)) {
        this.drafts.delete(path);
        this.draftBases.delete(path);
      }
    }
    this.changed();
  }

  /** Files with a draft, for the list's "not saved" mark. */
  draftPaths(): string[] {
    return [...this.drafts.keys()];
  }
}
