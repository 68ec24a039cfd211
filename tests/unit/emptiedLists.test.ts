/**
 * Lists emptied by deleting what they named: `links:` with no event left under it, `stops:` with
 * no stop, and a stop deleted without its talking points. The fix never offers a deleted id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia, type MediaValidation } from '../../src/contentBuild/validateMedia.ts';
import { formatProblem } from '../../src/contentModel/contentProblem.ts';
import { copyStarterMedia, lineContaining, type MediaCopy } from '../support/mediaCopy.ts';

const validate = (root: string): MediaValidation => validateMedia(mediaFolder(root), { mediaUrl: (file) => `/media/${file}` });
const both = (validation: MediaValidation, file: string): string[] => validation.problems
  .filter((problem) => problem.file === `media/${file}`)
  .flatMap((problem) => [formatProblem(problem, 'zh-Hans'), formatProblem(problem, 'en')]);

const DELETED = 'museum/2019-salute-to-the-republic';
const FOUNDED = 'timeline/party/1949-prc-founded/event.yaml';
const TOUR = 'tours/two-tracks-in-pairs.yaml';

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

/** The starter media with one event deleted, as staff do it: the folder, then the lines naming it. */
function withSaluteDeleted(): MediaCopy {
  const media = copyStarterMedia();
  media.remove(`timeline/${DELETED}`);
  media.replace(FOUNDED, `  - ${DELETED}\n`, '');
  return media;
}

describe('an emptied links:', () => {
  it('is a warning whose fix is to delete the line, or to link an event that exists', () => {
    copy = withSaluteDeleted();
    copy.replace(TOUR, `  - stop: ${DELETED}\n    talkingPoints:\n      zh-Hans: 70年后的2019年，中国科技馆推出“礼赞共和国”科普展。\n      en: Seventy years later, in 2019, the museum presented the exhibition “Salute to the Republic”.\n`, '');
    const validation = validate(copy.root);
    const line = lineContaining(copy.read(FOUNDED), 'links:');
    expect(validation.errorCount).toBe(0);
    expect(both(validation, FOUNDED)).toEqual([
      `media/${FOUNDED}:${line}: 警告：“links:”下面一个关联事件也没有（关联的事件可能都删掉了）。修改方法：删掉“links:”这一行（事件可以没有关联）；或者在它下面写另一条时间线上已有的事件，每行一个，例如“  - museum/1988-phase-one-opens”`,
      `media/${FOUNDED}:${line}: warning: "links:" has no events under it (perhaps every linked event was deleted). Fix: delete the "links:" line (an event needs no links), or list events that exist on the other track under it, one per line, for example "  - museum/1988-phase-one-opens"`,
    ]);
    expect(JSON.stringify(validation.problems)).not.toContain(DELETED);
  });
});

describe('a tour stop deleted without its talking points', () => {
  it('is named as the missing "- stop:" line, with the left-over lines, not only as a field written twice', () => {
    copy = withSaluteDeleted();
    copy.replace(TOUR, `  - stop: ${DELETED}\n`, '');
    const text = copy.read(TOUR);
    const line = lineContaining(text, '70年后的2019年') - 1;
    expect(both(validate(copy.root), TOUR)).toEqual([
      `media/${TOUR}:${line}: 错误：这里的“talkingPoints:”前面少了一行“- stop: …”：很可能删掉了一站，却留下了它的“talkingPoints:”，所以上一站的“talkingPoints:”写了两次。修改方法：如果这一站应该保留，就在第 ${line} 行上面加一行“- stop: <事件或专题编号>”（“-”和其他站的“-”对齐）；如果这一站已经删掉，就把第 ${line}–${line + 2} 行也删掉`,
      `media/${TOUR}:${line}: error: the "- stop: …" line before this "talkingPoints:" is missing: a stop was probably deleted but its "talkingPoints:" left behind, so the stop above now has "talkingPoints:" twice. Fix: if the stop should stay, add a line "- stop: <event or panel id>" above line ${line} (its "-" lined up with the other stops' "-"); if the stop was deleted, delete lines ${line}–${line + 2} as well`,
    ]);
  });

  it('when only "stop:" went and its "- " stayed on the talking points, says the stop has no "stop:" line', () => {
    copy = withSaluteDeleted();
    copy.replace(TOUR, `  - stop: ${DELETED}\n    talkingPoints:`, '  - talkingPoints:');
    const line = lineContaining(copy.read(TOUR), '  - talkingPoints:');
    expect(both(validate(copy.root), TOUR)).toEqual([
      `media/${TOUR}:${line}: 错误：“stops:”的第 2 项没有“stop:”这一行（这一站的编号）。修改方法：在这一站开头写“- stop: <事件或专题编号>”；如果这一站已经删掉了，就把它剩下的几行（talkingPoints 等）也删掉`,
      `media/${TOUR}:${line}: error: item 2 of "stops:" has no "stop:" line (the id of the stop). Fix: start the stop with "- stop: <event or panel id>"; if the stop was deleted, delete the lines left of it (its talkingPoints and the rest) too`,
    ]);
  });
});

describe('an emptied stops:', () => {
  it('is refused with stops that exist as examples', () => {
    copy = withSaluteDeleted();
    copy.replace(TOUR, `  - stop: ${DELETED}\n`, '');
    copy.write('tours/emptied.yaml', 'title:\n  zh-Hans: 空路线\n  en: An emptied tour\nstops:\n');
    const validation = validate(copy.root);
    const examples = [...validation.bundle.events.map((event) => event.id), ...validation.bundle.panelGroups.flatMap((group) => group.panels.map((panel) => panel.id))].sort().slice(0, 2);
    expect(examples).not.toContain(DELETED);
    expect(both(validation, 'tours/emptied.yaml')).toEqual([
      `media/tours/emptied.yaml:4: 错误：“stops:”下面一站也没有（列出的站点可能都删掉了）。修改方法：在“stops:”下面每站写一行“  - stop: <编号>”，编号用已有的事件或专题，例如 ${examples.join('、')}；不再需要这条路线，就删掉这个文件`,
      `media/tours/emptied.yaml:4: error: "stops:" has no stops under it (perhaps every stop listed was deleted). Fix: under "stops:" add a line "  - stop: <id>" per stop, using events or panels that exist, for example ${examples.join(', ')}; or delete the file if the tour is no longer needed`,
    ]);
  });
});
