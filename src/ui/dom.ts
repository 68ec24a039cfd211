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

/** Where the latest finger or mouse press began; one per document, like the pointer itself. */
let lastPressTarget: EventTarget | null = null;
let pressTrackingInstalled = false;

/**
 * Calls onPress when the element is activated, but only by a press that began on it (or by the
 * keyboard). A tap that opens a sheet is followed by the browser's synthetic click at the same
 * spot; without this, that ghost click would land on whatever the sheet put there.
 */
export function onPress(element: HTMLElement, handler: () => void, signal: AbortSignal): void {
  if (!pressTrackingInstalled) {
    pressTrackingInstalled = true;
    document.addEventListener('pointerdown', (event) => {
      lastPressTarget = event.target;
    }, { capture: true });
  }
  element.addEventListener('click', (event) => {
    const fromKeyboard = event.detail === 0;
    const pressBeganHere = lastPressTarget instanceof Node && element.contains(lastPressTarget);
    if (fromKeyboard || pressBeganHere) handler();
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
