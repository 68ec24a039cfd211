/**
 * Every change the studio makes to the media folder is kept here first: which files, what they
 * held before and after. An item can be taken back to the state before any of its saves, and
 * "Undo" takes back the last one. The history lives beside the media folder, never inside it, so
 * it never reaches a build and the check never sees it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { mediaPath } from './studioPaths.ts';

/** What a change was, for the history list; the page puts it in the staff's words. */
export type HistoryAction = 'save' | 'new' | 'duplicate' | 'delete' | 'picture' | 'recording' | 'captions' | 'narrate' | 'undo' | 'rollback' | 'references';

export interface FileChange {
  /** Relative to the media folder. */
  readonly path: string;
  /** The bytes before the change, base64; null when the file did not exist. */
  readonly before: string | null;
  readonly after: string | null;
}

export interface HistoryEntry {
  readonly id: number;
  readonly time: string;
  /** The item the change belongs to, e.g. `timeline/museum/2009-new-museum-opens` or `tours/culture-and-awards`. */
  readonly item: string;
  readonly action: HistoryAction;
  readonly files: readonly FileChange[];
  /** For an undo: the entry it took back. */
  readonly undoes?: number;
}

/** One entry as the page lists it: no file contents. */
export interface HistorySummary {
  readonly id: number;
  readonly time: string;
  readonly action: HistoryAction;
  readonly files: readonly string[];
}

export function defaultHistoryFolder(mediaRoot: string): string {
  const root = resolve(mediaRoot);
  return join(dirname(root), '.studio-history', basename(root));
}

function readBytes(mediaRoot: string, path: string): Buffer | null {
  const absolute = mediaPath(mediaRoot, path);
  return existsSync(absolute) ? readFileSync(absolute) : null;
}

function writeBytes(mediaRoot: string, path: string, bytes: Buffer | null): void {
  const absolute = mediaPath(mediaRoot, path);
  if (bytes === null) {
    rmSync(absolute, { force: true });
    removeEmptyFolders(mediaRoot, dirname(absolute));
    return;
  }
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, bytes);
}

/** A deleted item leaves no empty folder behind, which the check would report as an item without its file. */
function removeEmptyFolders(mediaRoot: string, folder: string): void {
  const root = resolve(mediaRoot);
  let current = folder;
  while (current.startsWith(`${root}/`) && existsSync(current) && readdirSync(current).length === 0) {
    rmSync(current, { recursive: true });
    current = dirname(current);
  }
}

export class StudioHistory {
  constructor(private readonly mediaRoot: string, private readonly folder: string = defaultHistoryFolder(mediaRoot)) {}

  private entries(): HistoryEntry[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .filter((name) => /^\d+\.json$/.test(name))
      .sort()
      .map((name) => JSON.parse(readFileSync(join(this.folder, name), 'utf8')) as HistoryEntry);
  }

  /** Writes the files (null removes one) and keeps what they held before. */
  apply(item: string, action: HistoryAction, writes: ReadonlyMap<string, Buffer | null>, undoes?: number): HistoryEntry {
    const files: FileChange[] = [];
    for (const [path, bytes] of writes) {
      const before = readBytes(this.mediaRoot, path);
      if (before === null && bytes === null) continue;
      if (before !== null && bytes !== null && before.equals(bytes)) continue;
      files.push({ path, before: before?.toString('base64') ?? null, after: bytes?.toString('base64') ?? null });
    }
    const entries = this.entries();
    const id = (entries.at(-1)?.id ?? 0) + 1;
    const entry: HistoryEntry = { id, time: new Date().toISOString(), item, action, files, ...(undoes === undefined ? {} : { undoes }) };
    if (files.length === 0) return entry;
    // The history is written before the media: a crash in between loses a change, never a past.
    mkdirSync(this.folder, { recursive: true });
    writeFileSync(join(this.folder, `${String(id).padStart(8, '0')}.json`), JSON.stringify(entry));
    for (const [path, bytes] of writes) writeBytes(this.mediaRoot, path, bytes);
    return entry;
  }

  /**
   * Keeps a change another program already made (media:narrate writing recordings): `before`
   * holds the files as they were, the disk holds them as they are now.
   */
  record(item: string, action: HistoryAction, before: ReadonlyMap<string, Buffer | null>): void {
    const now = new Map<string, Buffer | null>();
    for (const path of before.keys()) now.set(path, readBytes(this.mediaRoot, path));
    for (const [path, bytes] of before) writeBytes(this.mediaRoot, path, bytes);
    this.apply(item, action, now);
  }

  /** The item's changes still in effect, oldest first: an undo removes the change it took back. */
  private stack(item: string): HistoryEntry[] {
    const stack: HistoryEntry[] = [];
    for (const entry of this.entries()) {
      if (entry.item !== item) continue;
      if (entry.action === 'undo') {
        const index = stack.findIndex((candidate) => candidate.id === entry.undoes);
        if (index >= 0) stack.splice(index, 1);
      } else {
        stack.push(entry);
      }
    }
    return stack;
  }

  list(item: string): HistorySummary[] {
    return this.stack(item).reverse().map((entry) => ({ id: entry.id, time: entry.time, action: entry.action, files: entry.files.map((file) => file.path) }));
  }

  /** Takes back the item's last change; null when there is none. */
  undo(item: string): HistoryEntry | null {
    const last = this.stack(item).at(-1);
    if (!last) return null;
    return this.apply(item, 'undo', this.restoring([last]), last.id);
  }

  /** Puts the item's files back as they were before change `id`, itself a change that can be undone. */
  rollBack(item: string, id: number): HistoryEntry | null {
    const stack = this.stack(item);
    const index = stack.findIndex((entry) => entry.id === id);
    if (index < 0) return null;
    return this.apply(item, 'rollback', this.restoring(stack.slice(index)));
  }

  /** Each file as it was before the first of these changes. */
  private restoring(changes: readonly HistoryEntry[]): Map<string, Buffer | null> {
    const writes = new Map<string, Buffer | null>();
    for (const change of [...changes].reverse()) {
      for (const file of change.files) writes.set(file.path, file.before === null ? null : Buffer.from(file.before, 'base64'));
    }
    return writes;
  }
}
