/** Finding events and panels in the content bundle by id, for the views that show them. */
import type { ContentBundle, LanguageCode, Panel, TimelineEvent } from './contentTypes.ts';

export function findEvent(content: ContentBundle, id: string): TimelineEvent | undefined {
  return content.events.find((event) => event.id === id);
}

export function findPanel(content: ContentBundle, id: string): Panel | undefined {
  for (const group of content.panelGroups) {
    const panel = group.panels.find((candidate) => candidate.id === id);
    if (panel) return panel;
  }
  return undefined;
}

/** The title of an event or a panel in a language, or the id itself when there is none. */
export function itemTitle(content: ContentBundle, id: string, language: LanguageCode): string {
  return (findEvent(content, id) ?? findPanel(content, id))?.title[language] ?? id;
}
