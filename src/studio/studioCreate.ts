/**
 * New, duplicated and deleted items. A new item's folder is named as the guide asks (a year and
 * a slug from the English title, or pinyin of the Chinese one); a duplicate never carries the
 * original's narration (its recordings and captions speak the old text); deleting an item that
 * others link to or stop at names those uses first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Document, parseDocument } from 'yaml';
import { suggestFolderName } from '../contentBuild/folderName.ts';
import { mediaPath } from './studioPaths.ts';
import type { ItemKindName, ItemReference, StudioItem } from './studioItems.ts';
import { editYaml, type YamlEdit } from './yamlEdit.ts';

export interface NewItemRequest {
  readonly kind: ItemKindName;
  /** The track (events) or group (panels); unused for tours. */
  readonly parent: string;
  readonly title: Readonly<Record<string, string>>;
  /** Events: `2023`, `2023-05` or `2023-05-20`. */
  readonly date?: string;
  readonly source?: string;
}

export interface CreatedItem {
  readonly file: string;
  readonly key: string;
  readonly text: string;
}

const YAML_NAMES: Readonly<Record<Exclude<ItemKindName, 'tour'>, string>> = { event: 'event.yaml', panel: 'panel.yaml' };

/** The first free name: `name`, then `name-2`, `name-3`... */
function freeName(mediaRoot: string, folder: string, name: string, suffix: string): string {
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? name : `${name}-${attempt}`;
    if (!existsSync(mediaPath(mediaRoot, `${folder}/${candidate}${suffix}`))) return candidate;
  }
}

function slugFor(request: Pick<NewItemRequest, 'kind' | 'title' | 'date'>): string {
  const year = request.kind === 'event' ? /^(\d{4})/.exec(request.date ?? '')?.[1] : undefined;
  const title = request.title.en?.trim() || request.title['zh-Hans']?.trim() || 'new';
  return suggestFolderName(year, title);
}

function newText(request: NewItemRequest, order: number): string {
  const document = new Document(request.kind === 'event'
    ? { ...(request.date ? { date: /^\d{4}$/.test(request.date) ? Number(request.date) : request.date } : {}), title: request.title, ...(request.source ? { source: request.source } : {}) }
    : request.kind === 'panel'
      ? { order, title: request.title, ...(request.source ? { source: request.source } : {}) }
      : { title: request.title, stops: [] });
  return document.toString({ lineWidth: 0 });
}

export function newItem(mediaRoot: string, request: NewItemRequest, items: readonly StudioItem[]): CreatedItem {
  const slug = slugFor(request);
  if (request.kind === 'tour') {
    const name = freeName(mediaRoot, 'tours', slug, '.yaml');
    const file = `tours/${name}.yaml`;
    return { file, key: file, text: newText(request, 0) };
  }
  const root = request.kind === 'event' ? 'timeline' : 'panels';
  const parentFolder = `${root}/${request.parent}`;
  const name = freeName(mediaRoot, parentFolder, slug, '');
  const order = Math.max(0, ...items.filter((item) => item.kind === 'panel' && item.parent === request.parent).map((item) => item.order ?? 0)) + 1;
  const key = `${parentFolder}/${name}`;
  return { file: `${key}/${YAML_NAMES[request.kind]}`, key, text: newText(request, order) };
}

/** The copy's text and the files to copy with it: the picture, never the narration. */
export function duplicateItem(mediaRoot: string, item: StudioItem, text: string): CreatedItem & { readonly copies: ReadonlyMap<string, string> } {
  const value = parseDocument(text).toJS() as Record<string, unknown>;
  const title = (typeof value.title === 'object' && value.title !== null ? value.title : {}) as Record<string, string>;
  const copyTitle = Object.fromEntries(Object.entries(title).map(([language, words]) => [language, language === 'en' ? `${words} (copy)` : `${words}（副本）`]));
  const edits: YamlEdit[] = [{ op: 'set', path: ['title'], value: copyTitle }, { op: 'delete', path: ['narration'] }];
  const copiedText = editYaml(text, edits);
  if (item.kind === 'tour') {
    const name = freeName(mediaRoot, 'tours', `${item.id}-copy`, '.yaml');
    const file = `tours/${name}.yaml`;
    return { file, key: file, text: copiedText, copies: new Map() };
  }
  const parentFolder = item.key.slice(0, item.key.lastIndexOf('/'));
  const name = freeName(mediaRoot, parentFolder, `${item.key.slice(parentFolder.length + 1)}-copy`, '');
  const key = `${parentFolder}/${name}`;
  const copies = new Map<string, string>();
  const pictures = [value.image, ...(Array.isArray(value.images) ? value.images as unknown[] : [])]
    .map((image) => (typeof image === 'object' && image !== null ? (image as { file?: unknown }).file : undefined))
    .filter((file): file is string => typeof file === 'string');
  for (const picture of pictures) {
    if (existsSync(mediaPath(mediaRoot, `${item.key}/${picture}`))) copies.set(`${key}/${picture}`, `${item.key}/${picture}`);
  }
  return { file: `${key}/${item.file.split('/').pop() ?? ''}`, key, text: copiedText, copies };
}

/** Edits, file by file, that take the item out of every link and tour stop; later entries first, so indexes stay right. */
export function referenceRemovals(references: readonly ItemReference[]): Map<string, YamlEdit[]> {
  const byFile = new Map<string, YamlEdit[]>();
  const sorted = [...references].sort((a, b) => Number(b.path[1] ?? 0) - Number(a.path[1] ?? 0));
  for (const reference of sorted) {
    const edits = byFile.get(reference.file) ?? [];
    edits.push({ op: 'delete', path: reference.path });
    byFile.set(reference.file, edits);
  }
  return byFile;
}

export function readMediaBytes(mediaRoot: string, path: string): Buffer {
  return readFileSync(mediaPath(mediaRoot, path));
}
