/**
 * The only way this app creates DOM: text always goes in through textContent, so whatever staff
 * type (even "<script>") is shown literally and never parsed as HTML.
 */
export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

export function createElement<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options: ElementOptions = {},
  children: readonly (Node | null)[] = [],
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * Calls onPress when the element is pressed and released by a finger or mouse that went down on
 * it, or activated from the keyboard. Acting on the release, not on the browser's synthetic
 * click, makes the response immediate and dependable: a tap that opens a sheet is followed by a
 * ghost click at the same spot that must not land on the sheet, and a tap right after a fling
 * may get no click at all.
 */
export function onPress(element: HTMLElement, handler: () => void, signal: AbortSignal): void {
  let pressedPointer: number | null = null;
  element.addEventListener('pointerdown', (event) => {
    if (event.button > 0) return;
    pressedPointer = event.pointerId;
  }, { signal });
  element.addEventListener('pointerup', (event) => {
    if (event.pointerId !== pressedPointer) return;
    pressedPointer = null;
    const bounds = element.getBoundingClientRect();
    const releasedInside = event.clientX >= bounds.left && event.clientX <= bounds.right && event.clientY >= bounds.top && event.clientY <= bounds.bottom;
    if (releasedInside && !(element as HTMLButtonElement).disabled) handler();
  }, { signal });
  element.addEventListener('pointercancel', () => {
    pressedPointer = null;
  }, { signal });
  element.addEventListener('click', (event) => {
    // detail 0: Enter or Space on a focused button, or a screen reader's activation.
    if (event.detail === 0) handler();
  }, { signal });
}

export function createButton(text: string, className: string, handler: () => void, signal: AbortSignal): HTMLButtonElement {
  const button = createElement('button', { className, text, attributes: { type: 'button' } });
  onPress(button, handler, signal);
  return button;
}

/** Paragraphs from staff text: a blank line starts a new paragraph. */
export function paragraphs(text: string, className: string): HTMLParagraphElement[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => createElement('p', { className, text: paragraph }));
}
