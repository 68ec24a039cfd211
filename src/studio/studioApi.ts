/**
 * The studio's API under /studio/api/: lists, items, form edits, saves, pictures, recordings,
 * captions, history. Every path it is given goes through studioPaths.ts, so nothing outside the
 * media folder can be read or written; every write goes through the workspace's history.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { authoredLanguages } from '../contentBuild/traditionalChinese.ts';
import type { MediaValidation } from '../contentBuild/validateMedia.ts';
import { formatProblem, type ContentProblem } from '../contentModel/contentProblem.ts';
import { processMedia } from '../tools/mediaProcessing.ts';
import { CaptionTimingRefused, timedCaptions } from './studioCaptions.ts';
import { duplicateItem, newItem, readMediaBytes, referenceRemovals, type NewItemRequest } from './studioCreate.ts';
import { readBody, readJson, sendJson, StudioRequestRefused, textField, textRecord, UPLOAD_LIMIT_BYTES } from './studioHttp.ts';
import { listItems, placeProblems, problemsOf, referencesTo, type ItemKindName, type StudioItem } from './studioItems.ts';
import { checkedMediaPath, mediaPath, StudioPathRefused } from './studioPaths.ts';
import { StudioConflict, type StudioWorkspace } from './studioWorkspace.ts';
import { editYaml, YamlEditRefused, type YamlEdit } from './yamlEdit.ts';

export interface StudioApiOptions {
  readonly projectRoot: string;
  readonly cacheDirectory: string;
}

const RAW_TYPES: Readonly<Record<string, string>> = {
  '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.opus': 'audio/ogg', '.m4a': 'audio/mp4', '.webm': 'audio/webm',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.vtt': 'text/vtt; charset=utf-8',
};

function withText(problem: ContentProblem): ContentProblem & { readonly text: Record<'zh-Hans' | 'en', string> } {
  return { ...problem, text: { 'zh-Hans': formatProblem(problem, 'zh-Hans'), en: formatProblem(problem, 'en') } };
}

function plain(text: string | null): unknown {
  if (text === null) return {};
  const document = parseDocument(text);
  return document.errors.length > 0 ? null : document.toJS();
}

/** A file name staff chose, made safe for a folder the kiosk serves: ASCII, no spaces. */
function uploadName(requested: string, fallback: string): string {
  const extension = extname(requested).toLowerCase();
  const stem = requested.slice(0, requested.length - extname(requested).length).toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${stem || fallback}${extension}`;
}

export class StudioApi {
  constructor(private readonly workspace: StudioWorkspace, private readonly options: StudioApiOptions) {}

  private get root(): string {
    return this.workspace.mediaRoot;
  }

  private async snapshot(): Promise<{ validation: MediaValidation; items: StudioItem[] }> {
    const validation = await this.workspace.validate();
    const languages = authoredLanguages(validation.bundle.settings.languages);
    return { validation, items: listItems(this.workspace.source(), validation.problems, languages, new Set(this.workspace.draftPaths())) };
  }

  private async itemFor(file: string): Promise<{ validation: MediaValidation; items: StudioItem[]; item: StudioItem }> {
    const path = checkedMediaPath(this.root, file);
    const snapshot = await this.snapshot();
    const item = snapshot.items.find((candidate) => candidate.file === path);
    if (!item) throw new StudioRequestRefused(404, `${path} is not an event, panel or tour`);
    return { ...snapshot, item };
  }

  async state(): Promise<unknown> {
    const { validation, items } = await this.snapshot();
    const source = this.workspace.source();
    const sourcesValue = source.files.includes('sources.yaml') ? plain(source.readText('sources.yaml')) : null;
    const sources = typeof sourcesValue === 'object' && sourcesValue !== null
      ? Object.entries(sourcesValue).map(([key, text]) => ({ key, text: textRecord(text) }))
      : [];
    return {
      staffLanguage: validation.staffLanguage,
      languages: validation.bundle.settings.languages,
      authoredLanguages: authoredLanguages(validation.bundle.settings.languages),
      tracks: validation.bundle.tracks.map((track) => ({ id: track.id, title: track.title })),
      groups: validation.bundle.panelGroups.map((group) => ({ id: group.id, title: group.title })),
      sources,
      items,
      errors: validation.errorCount,
      warnings: validation.warningCount,
    };
  }

  async item(file: string): Promise<unknown> {
    const { validation, items, item } = await this.itemFor(file);
    const text = this.workspace.text(item.file);
    const problems = placeProblems(problemsOf(validation.problems, item), item.file, text).map((problem) => ({ ...withText(problem), field: problem.field }));
    const names = item.files.map((path) => path.slice(item.key.length + 1));
    const languages = authoredLanguages(validation.bundle.settings.languages);
    const recordingOf = (language: string): string | null => names.find((name) => new RegExp(`^narration\\.${language}\\.(wav|mp3|ogg|opus|m4a|webm)$`).test(name)) ?? null;
    return {
      item,
      text,
      version: this.workspace.version(item.file),
      unsaved: this.workspace.hasDraft(item.file),
      value: plain(text),
      problems,
      history: this.workspace.history.list(item.key),
      references: item.kind === 'tour' ? [] : referencesTo(this.workspace.source(), items, item.id),
      recordings: Object.fromEntries(languages.map((language) => [language, recordingOf(language)])),
      captions: Object.fromEntries(languages.map((language) => [language, names.includes(`narration.${language}.vtt`) ? `narration.${language}.vtt` : null])),
    };
  }

  async edit(body: Record<string, unknown>): Promise<unknown> {
    const file = checkedMediaPath(this.root, textField(body, 'file'));
    const edits = body.edits;
    if (!Array.isArray(edits)) throw new StudioRequestRefused(400, '"edits" is missing');
    this.workspace.edit(file, textField(body, 'version'), edits as YamlEdit[]);
    return this.item(file);
  }

  async save(body: Record<string, unknown>): Promise<unknown> {
    const { validation, item } = await this.itemFor(textField(body, 'file'));
    const errors = problemsOf(validation.problems, item).filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new StudioRequestRefused(422, 'the item has errors', { errors: errors.map(withText) });
    const drafts = item.files.filter((path) => this.workspace.hasDraft(path));
    this.workspace.save(item.key, drafts, Object.fromEntries(drafts.map((path) => [path, path === item.file ? textField(body, 'version') : this.workspace.version(path)])));
    return this.item(item.file);
  }

  async discard(body: Record<string, unknown>): Promise<unknown> {
    const { item } = await this.itemFor(textField(body, 'file'));
    const neverSaved = this.workspace.version(item.file) === 'absent';
    for (const path of item.files) this.workspace.discard(path);
    // A new item's pictures and recordings would be left in a folder without its yaml.
    if (neverSaved) this.workspace.write(item.key, 'delete', new Map(item.files.map((path) => [path, null])));
    return { discarded: item.file };
  }

  async create(body: Record<string, unknown>): Promise<unknown> {
    const kind = textField(body, 'kind') as ItemKindName;
    if (!['event', 'panel', 'tour'].includes(kind)) throw new StudioRequestRefused(400, `"${kind}" is not event, panel or tour`);
    const { items } = await this.snapshot();
    const request: NewItemRequest = { kind, parent: kind === 'tour' ? '' : textField(body, 'parent'), title: textRecord(body.title), ...(typeof body.date === 'string' ? { date: body.date } : {}), ...(typeof body.source === 'string' ? { source: body.source } : {}) };
    const created = newItem(this.root, request, items);
    this.workspace.setDraft(created.file, created.text, 'absent');
    return { file: created.file };
  }

  async duplicate(body: Record<string, unknown>): Promise<unknown> {
    const { item } = await this.itemFor(textField(body, 'file'));
    const text = this.workspace.text(item.file);
    if (text === null) throw new StudioRequestRefused(404, `${item.file} does not exist`);
    const copy = duplicateItem(this.root, item, text);
    if (copy.copies.size > 0) this.workspace.write(copy.key, 'duplicate', new Map([...copy.copies].map(([to, from]) => [to, readMediaBytes(this.root, from)])));
    this.workspace.setDraft(copy.file, copy.text, 'absent');
    return { file: copy.file };
  }

  async remove(body: Record<string, unknown>): Promise<unknown> {
    const { items, item } = await this.itemFor(textField(body, 'file'));
    const references = item.kind === 'tour' ? [] : referencesTo(this.workspace.source(), items, item.id);
    if (references.length > 0 && body.removeReferences !== true) {
      throw new StudioRequestRefused(409, 'the item is used elsewhere', { references: references.map((reference) => ({ ...reference, title: items.find((other) => other.file === reference.file)?.title ?? {} })) });
    }
    const writes = new Map<string, Buffer | null>();
    for (const [file, edits] of referenceRemovals(references)) {
      writes.set(file, Buffer.from(editYaml(this.workspace.text(file) ?? '', edits), 'utf8'));
    }
    for (const path of item.files) writes.set(path, null);
    this.workspace.write(item.key, 'delete', writes);
    return { deleted: item.file, key: item.key, removedReferences: references.length };
  }

  async upload(request: IncomingMessage, query: URLSearchParams): Promise<unknown> {
    const { item } = await this.itemFor(query.get('file') ?? '');
    if (item.kind === 'tour') throw new StudioRequestRefused(400, 'a tour has no pictures or recordings');
    const role = query.get('role');
    const requestedName = decodeURIComponent(String(request.headers['x-file-name'] ?? ''));
    const bytes = await readBody(request, UPLOAD_LIMIT_BYTES);
    if (bytes.length === 0) throw new StudioRequestRefused(400, 'the file is empty');
    if (role === 'picture') {
      let name = uploadName(requestedName, 'photo');
      for (let attempt = 2; existsSync(mediaPath(this.root, `${item.key}/${name}`)); attempt += 1) name = uploadName(requestedName.replace(/(\.[^.]*)?$/, `-${attempt}$1`), `photo-${attempt}`);
      this.workspace.write(item.key, 'picture', new Map([[`${item.key}/${name}`, bytes]]));
      const value = plain(this.workspace.text(item.file)) as Record<string, unknown> | null;
      const index = Array.isArray(value?.images) ? value.images.length : 0;
      const edit: YamlEdit = item.kind === 'event' ? { op: 'set', path: ['image', 'file'], value: name } : { op: 'set', path: ['images', index], value: { file: name } };
      this.workspace.edit(item.file, this.workspace.version(item.file), [edit]);
      return { name };
    }
    const language = query.get('language') ?? '';
    const extension = extname(requestedName).toLowerCase().replace('.', '') || 'wav';
    if (!/^[A-Za-z-]+$/.test(language)) throw new StudioRequestRefused(400, 'no language for the recording');
    const writes = new Map<string, Buffer | null>();
    for (const path of item.files) {
      if (new RegExp(`/narration\\.${language}\\.(wav|mp3|ogg|opus|m4a|webm)$`).test(path)) writes.set(path, null);
    }
    const name = `narration.${language}.${extension}`;
    writes.set(`${item.key}/${name}`, bytes);
    this.workspace.write(item.key, 'recording', writes);
    return { name };
  }

  async captions(body: Record<string, unknown>): Promise<unknown> {
    const { item } = await this.itemFor(textField(body, 'file'));
    const language = textField(body, 'language');
    const value = plain(this.workspace.text(item.file)) as { narration?: { text?: Record<string, unknown> } } | null;
    const text = value?.narration?.text?.[language];
    if (typeof text !== 'string') throw new StudioRequestRefused(400, `the item has no narration text in ${language}`);
    const starts = Array.isArray(body.starts) ? body.starts.map(Number) : [];
    try {
      const vtt = timedCaptions(text, starts, Number(body.duration));
      this.workspace.write(item.key, 'captions', new Map([[`${item.key}/narration.${language}.vtt`, Buffer.from(vtt, 'utf8')]]));
      return { name: `narration.${language}.vtt` };
    } catch (error) {
      if (error instanceof CaptionTimingRefused) throw new StudioRequestRefused(400, error.message);
      throw error;
    }
  }

  async narrate(body: Record<string, unknown>): Promise<unknown> {
    const { item } = await this.itemFor(textField(body, 'file'));
    if (this.workspace.hasDraft(item.file)) throw new StudioRequestRefused(409, 'save the item first: media:narrate reads the saved file');
    const before = new Map(item.files.map((path) => [path, existsSync(mediaPath(this.root, path)) ? readMediaBytes(this.root, path) : null]));
    const tsx = join(this.options.projectRoot, 'node_modules/.bin/tsx');
    const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
      const child = spawn(tsx, ['src/tools/narrate.ts', '--media', this.root, '--only', item.id], { cwd: this.options.projectRoot });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
      child.stderr.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
      child.on('close', (code) => resolve({ code, text }));
      child.on('error', (error) => resolve({ code: null, text: error.message }));
    });
    const { items } = await this.snapshot();
    const after = items.find((candidate) => candidate.key === item.key);
    for (const path of after?.files ?? []) if (!before.has(path)) before.set(path, null);
    this.workspace.history.record(item.key, 'narrate', before);
    return { ok: output.code === 0, output: output.text.trim() };
  }

  undo(body: Record<string, unknown>): unknown {
    const key = checkedMediaPath(this.root, textField(body, 'key'));
    const id = body.id;
    const restored = typeof id === 'number' ? this.workspace.rollBack(key, id) : this.workspace.undo(key);
    if (!restored) throw new StudioRequestRefused(404, 'nothing to undo');
    return { restored: key };
  }

  async picture(file: string, response: ServerResponse): Promise<void> {
    const path = checkedMediaPath(this.root, file);
    const report = await processMedia({ root: this.root, files: [path], cacheDirectory: this.options.cacheDirectory });
    const processed = report.processed.get(path);
    if (processed?.kind !== 'image') throw new StudioRequestRefused(422, report.failures.get(path) ?? `${path} could not be made into the kiosk's copy`);
    this.stream(response, processed.webp.path, 'image/webp');
  }

  raw(file: string, response: ServerResponse): void {
    const absolute = mediaPath(this.root, file);
    if (!existsSync(absolute)) throw new StudioRequestRefused(404, `${file} does not exist`);
    this.stream(response, absolute, RAW_TYPES[extname(absolute).toLowerCase()] ?? 'application/octet-stream');
  }

  private stream(response: ServerResponse, absolute: string, type: string): void {
    response.setHeader('Content-Type', type);
    response.setHeader('Content-Length', statSync(absolute).size);
    response.setHeader('Cache-Control', 'no-store');
    createReadStream(absolute).pipe(response);
  }

  /** Connect middleware for /studio/api/. */
  handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://studio');
    const route = `${request.method ?? 'GET'} ${url.pathname.replace(/^\/+/, '')}`;
    const file = url.searchParams.get('file') ?? '';
    const answer = async (): Promise<unknown> => {
      switch (route) {
        case 'GET state': return this.state();
        case 'GET item': return this.item(file);
        case 'GET picture': await this.picture(file, response); return undefined;
        case 'GET raw': this.raw(file, response); return undefined;
        case 'POST edit': return this.edit(await readJson(request));
        case 'POST save': return this.save(await readJson(request));
        case 'POST discard': return this.discard(await readJson(request));
        case 'POST new': return this.create(await readJson(request));
        case 'POST duplicate': return this.duplicate(await readJson(request));
        case 'POST delete': return this.remove(await readJson(request));
        case 'POST upload': return this.upload(request, url.searchParams);
        case 'POST captions': return this.captions(await readJson(request));
        case 'POST narrate': return this.narrate(await readJson(request));
        case 'POST undo': return this.undo(await readJson(request));
        default: throw new StudioRequestRefused(404, `no studio action ${route}`);
      }
    };
    answer().then((value) => {
      if (value !== undefined) sendJson(response, 200, value);
    }, (error: unknown) => {
      if (error instanceof StudioPathRefused) sendJson(response, 403, { error: error.message });
      else if (error instanceof StudioConflict) sendJson(response, 409, { error: error.message, conflict: error.path });
      else if (error instanceof StudioRequestRefused) sendJson(response, error.status, { error: error.message, ...error.details });
      else if (error instanceof YamlEditRefused) sendJson(response, 422, { error: error.message });
      else sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  }
}
