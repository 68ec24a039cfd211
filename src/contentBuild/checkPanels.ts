/** The panel groups (`panels/<group>/group.yaml`) and their panels, pictures and narration. */
import { groupFileSchema, ID_PATTERN } from '../contentModel/contentSchema.ts';
import type { MediaImage, Panel, PanelGroup } from '../contentModel/contentTypes.ts';
import type { CheckContext, CheckReport, CheckResult } from './checkReport.ts';
import { checkPicture } from './checkPicture.ts';
import { sourceReferencesOf } from './checkSources.ts';
import { suggestFolderName } from './folderName.ts';
import { hasItemId, itemFoldersOf, PANEL_ITEMS, readItem, type ItemFolder, type ItemInputs } from './itemFolder.ts';
import { staffText } from './problemCatalogue.ts';
import { readContentFile } from './readContentYaml.ts';

export interface CheckedPanels {
  readonly panelGroups: readonly PanelGroup[];
  /** Panels that were built. */
  readonly panelIds: ReadonlySet<string>;
  /** Every panel folder that exists, broken or not: a tour stop at a broken panel is not a second error. */
  readonly existingPanelIds: ReadonlySet<string>;
}

/** The groups' folder names, in file order; files directly in panels/ are reported and claimed. */
function groupIdsOf(context: CheckContext, report: CheckReport): string[] {
  const groupIds = new Set<string>();
  for (const file of context.files.filter((candidate) => candidate.startsWith('panels/'))) {
    const parts = file.split('/');
    if (parts.length < 3) {
      report.warning(file, 0, staffText('panel.strayFile'), staffText('panel.strayFile.fix'));
      report.claim(file);
      continue;
    }
    groupIds.add(parts[1] ?? '');
  }
  return [...groupIds];
}

/** Whether the group's folder name can be its id and it has a group.yaml; says why not. */
function isGroupFolder(groupId: string, trackIds: ReadonlySet<string>, context: CheckContext, report: CheckReport): boolean {
  const folder = `panels/${groupId}`;
  if (!ID_PATTERN.test(groupId)) {
    report.error(folder, 0, staffText('group.badFolderName', { name: groupId }), staffText('panel.badFolderName.fix', { example: suggestFolderName(undefined, groupId) }));
    // The folder's name explains every file in it: none is also reported as unused.
    report.claim(...context.files.filter((file) => file.startsWith(`${folder}/`)));
    return false;
  }
  if (trackIds.has(groupId)) {
    report.error(folder, 0, staffText('group.clashesWithTrack', { id: groupId }), staffText('group.clashesWithTrack.fix'));
    return false;
  }
  if (!context.fileSet.has(`${folder}/group.yaml`)) {
    report.error(folder, 0, staffText('group.noYaml'), staffText('group.noYaml.fix'));
    return false;
  }
  return true;
}

function checkPanel(item: ItemFolder, inputs: ItemInputs, context: CheckContext, report: CheckReport, panels: readonly Panel[]): Panel | null {
  const checked = readItem(item, PANEL_ITEMS, context.source, context.languages, report);
  if (!checked) return null;
  const { value: panel, yaml, file } = checked;
  const sameOrder = panels.find((other) => other.order === panel.order);
  if (sameOrder) {
    report.warning(file, yaml.lineOf(['order']), staffText('panel.sameOrder', { order: panel.order, other: sameOrder.id }), staffText('panel.sameOrder.fix'));
  }
  const images = panel.images
    .map((image, index) => report.absorb(checkPicture({ image, folder: item.folder, file, yaml, path: ['images', index] }, context, report.part())))
    .filter((image): image is MediaImage => image !== null);
  return {
    id: item.id,
    groupId: item.parent,
    order: panel.order,
    title: panel.title,
    subtitle: panel.subtitle ?? null,
    body: panel.body,
    sources: sourceReferencesOf(panel.source, inputs.sources, context, { file, yaml }, report),
    images,
    narration: report.absorb(inputs.narration.check({ folder: item.folder, folderFiles: item.files, text: panel.narration?.text, file, yaml }, report.part())),
  };
}

/** One group's panels, sorted; files directly in the group's folder are reported and claimed. */
function checkGroupPanels(groupId: string, inputs: ItemInputs, context: CheckContext, report: CheckReport, ids: { built: Set<string>; existing: Set<string> }): Panel[] {
  const groupFolder = `panels/${groupId}/`;
  for (const file of context.files.filter((candidate) => candidate.startsWith(groupFolder) && candidate.split('/').length === 3)) {
    if (file === `${groupFolder}group.yaml`) continue;
    report.warning(file, 0, staffText('panel.strayFileInGroup'), staffText('panel.strayFileInGroup.fix', { group: groupId }));
    report.claim(file);
  }
  const panels: Panel[] = [];
  for (const item of itemFoldersOf(context.files, PANEL_ITEMS).filter((candidate) => candidate.parent === groupId)) {
    if (!hasItemId(item, PANEL_ITEMS, context.source, report)) continue;
    ids.existing.add(item.id);
    const panel = checkPanel(item, inputs, context, report, panels);
    if (!panel) continue;
    ids.built.add(panel.id);
    panels.push(panel);
  }
  return panels.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function checkPanels(context: CheckContext, inputs: ItemInputs, report: CheckReport): CheckResult<CheckedPanels> {
  const trackIds = new Set(inputs.tracks.map((track) => track.id));
  const ids = { built: new Set<string>(), existing: new Set<string>() };
  const panelGroups: PanelGroup[] = [];
  for (const groupId of groupIdsOf(context, report)) {
    if (!isGroupFolder(groupId, trackIds, context, report)) continue;
    const groupFile = `panels/${groupId}/group.yaml`;
    report.claim(groupFile);
    const group = readContentFile(context.source, groupFile, groupFileSchema(context.languages), report)?.value;
    if (!group) continue;
    const panels = checkGroupPanels(groupId, inputs, context, report, ids);
    panelGroups.push({ id: groupId, order: group.order, title: group.title, summary: group.summary, panels });
  }
  panelGroups.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return report.result({ panelGroups, panelIds: ids.built, existingPanelIds: ids.existing });
}
