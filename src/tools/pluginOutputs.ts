/**
 * What the content plugin writes besides the content bundle: the keypad prompts' module and table,
 * and the traditional copy of a caption file. Kept apart from kioskContentPlugin.ts, which wires
 * the plugin's hooks and the dev server.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { toTraditional } from '../contentBuild/traditionalChinese.ts';
import type { PromptClip, SpokenPromptTable } from '../keypad/spokenPrompts.ts';
import type { PromptAudioReport } from './promptAudio.ts';

export function kibibytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/**
 * The traditional copy of a simplified caption file, converted by OpenCC and kept in the cache,
 * published beside it as `narration.zh-Hant.vtt`: the cues and their times stay the recording's.
 */
export function traditionalCaptions(
  mediaRoot: string, files: ReadonlyMap<string, string>, publish: (name: string, path: string) => string, cacheDirectory: string,
): (url: string) => string {
  return (url) => {
    const path = files.get(url.slice(url.indexOf('/media/') + '/media/'.length));
    if (!path || !path.startsWith(`${mediaRoot}${sep}`)) return url;
    const simplified = readFileSync(path, 'utf8');
    const traditional = toTraditional(simplified);
    if (traditional === simplified) return url;
    mkdirSync(cacheDirectory, { recursive: true });
    const copy = join(cacheDirectory, `${createHash('sha256').update(traditional).digest('hex').slice(0, 24)}.vtt`);
    if (!existsSync(copy)) writeFileSync(copy, traditional);
    const name = path.slice(mediaRoot.length + 1).replace(/narration\.zh-Hans\.vtt$/, 'narration.zh-Hant.vtt');
    return publish(name, copy);
  };
}

/** The prompts' words and clip URLs by language and key, as the kiosk fetches them (a JSON file, out of the main script). */
export function promptTable(report: PromptAudioReport, base: string): SpokenPromptTable {
  const table: Record<string, Record<string, PromptClip>> = {};
  for (const clip of report.clips) {
    (table[clip.language] ??= {})[clip.key] = {
      text: clip.text,
      url: clip.path === null ? null : `${base}prompts/${basename(clip.path)}`,
      startMs: clip.startMs,
      durationMs: clip.durationMs,
    };
  }
  return table;
}

/** The prompts' module: where the table is; in a build the clips and the table are emitted beside the app. */
export function promptModule(report: PromptAudioReport, isBuild: boolean, config: ResolvedConfig, emit: (fileName: string, source: Uint8Array | string) => void): string {
  if (report.unavailable) {
    config.logger.warn(`Spoken prompts: none made, because ${report.unavailable}. The keypad's prompts show as captions only.`);
  } else {
    config.logger.info(`Spoken prompts: ${report.clips.length} clips in ${report.fileCount} sprite files (${kibibytes(report.bytes)}), ${report.madeNow} made now, ${(report.milliseconds / 1000).toFixed(1)} s`);
  }
  for (const failure of report.failures) config.logger.warn(`Spoken prompt not made (it shows as a caption only): ${failure}`);
  if (!isBuild) return `export const spokenPromptsUrl = ${JSON.stringify(`${config.base}prompts/table.json`)};\n`;
  const emitted = new Set<string>();
  for (const clip of report.clips) {
    if (clip.path === null || emitted.has(clip.path)) continue;
    emit(`prompts/${basename(clip.path)}`, readFileSync(clip.path));
    emitted.add(clip.path);
  }
  const table = JSON.stringify(promptTable(report, config.base));
  const fileName = `prompts/table.${createHash('sha256').update(table).digest('hex').slice(0, 10)}.json`;
  emit(fileName, table);
  return `export const spokenPromptsUrl = ${JSON.stringify(`${config.base}${fileName}`)};\n`;
}

/**
 * A module exporting `name` as data: inline while developing (the dev server reloads it as staff
 * edit), and in a build a content-hashed JSON file the module fetches. Data is not code: as JSON
 * it is parsed faster than script, and index.html asks for it at once (see `preloads`), so it
 * arrives while the script does instead of inside it.
 */
export function dataModule(name: string, value: unknown, isBuild: boolean, config: ResolvedConfig, emit: (fileName: string, source: string) => void, preloads: string[]): string {
  const json = JSON.stringify(value);
  if (!isBuild) return `export const ${name} = ${json};\n`;
  const url = `${config.base}assets/${name}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
  const file = url.slice(config.base.length);
  emit(file, json);
  if (!preloads.includes(url)) preloads.push(url);
  // A missing file is a 404 from nginx, but the page itself from a server with an SPA fallback.
  // Named after the export: a module may hold more than one of these.
  const variable = `${name}Value`;
  return `let ${variable};\n`
    + `try {\n`
    + `  const response = await fetch(${JSON.stringify(url)});\n`
    + `  if (!response.ok) throw new Error(\`HTTP \${response.status}\`);\n`
    + `  ${variable} = await response.json();\n`
    + `} catch (cause) {\n`
    + `  throw new Error(\`The kiosk could not read ${file} (\${cause instanceof Error ? cause.message : String(cause)}). `
    + `Fix: publish the kiosk again (npm run publish:kiosk), or roll back to the last release (npm run rollback:kiosk).\`);\n`
    + `}\n`
    + `export const ${name} = ${variable};\n`;
}
