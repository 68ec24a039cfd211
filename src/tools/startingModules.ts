/**
 * One chunk for the small modules the kiosk starts with and shares with another chunk (the staff
 * pages, the docent's tablet, its own parts loaded later: the i18n words, the DOM helpers, the
 * actions, the offline service's workbox-window). Left to itself the bundler gives each such
 * module a chunk of its own, and the kiosk's start fetched ten files of a few hundred bytes, each
 * with its headers; together they are one. What the page's entry imports itself (the preload
 * helper) stays apart: the entry must run, and show why the kiosk could not start, even when
 * what the kiosk starts with (its content, read at the top of this chunk) fails.
 */
import type { Rolldown } from 'vite';

type CodeSplittingGroup = Rolldown.CodeSplittingGroup;

interface ModuleGraph {
  getModuleInfo(moduleId: string): { readonly importers: readonly string[] } | null;
}

/**
 * Whether `moduleId` is imported, statically and through any path, by the module ending in `root`:
 * a walk up its importers (each module once, so cycles end), its answer kept for that module only.
 */
function reaches(moduleId: string, root: string, graph: ModuleGraph, known: Map<string, boolean>): boolean {
  const cached = known.get(moduleId);
  if (cached !== undefined) return cached;
  const seen = new Set([moduleId]);
  const queue = [moduleId];
  let found = false;
  for (let id = queue.shift(); id !== undefined && !found; id = queue.shift()) {
    found = id.endsWith(root) || known.get(id) === true;
    for (const importer of graph.getModuleInfo(id)?.importers ?? []) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  known.set(moduleId, found);
  return found;
}

export function startingModuleGroup(root: string, entry: string): CodeSplittingGroup {
  const fromRoot = new Map<string, boolean>();
  const fromEntry = new Map<string, boolean>();
  return {
    name: (moduleId, graph) => (reaches(moduleId, root, graph, fromRoot) && !reaches(moduleId, entry, graph, fromEntry) ? 'start' : null),
    // Only what another chunk shares: the rest stays in the root's own chunk.
    minShareCount: 2,
  };
}
