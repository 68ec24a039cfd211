declare module 'virtual:kiosk-content' {
  export const contentBundle: import('./contentModel/contentTypes.ts').ContentBundle;
  /** Problems the build found, in every staff language; errors only ever reach the dev server (the build refuses them). */
  export const contentProblems: readonly import('./contentModel/contentProblem.ts').ContentProblem[];
  /** The language the staff views show problems in (MediaValidation.staffLanguage: kiosk.yaml `staff.language`). */
  export const staffLanguage: import('./contentModel/contentProblem.ts').StaffLanguage;
  /**
   * True in a build (which has a service worker), false under the dev server. Decided by the Vite
   * command, not by NODE_ENV, which a shell or a tool may have set to anything.
   */
  export const serviceWorkerBuilt: boolean;
  /** The interface's words in each derived language kiosk.yaml lists (zh-Hant, converted by OpenCC at build time). */
  export const derivedInterfaceText: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

declare module 'virtual:kiosk-fonts' {
  /** The kiosk's own font faces (Chinese and Latin, subset at build time), for the FontFace API. */
  export const kioskFontFaces: readonly { readonly family: string; readonly weight: number; readonly url: string }[];
}

declare module 'virtual:kiosk-phrase-breaks' {
  /** Where each Chinese text of the content and the interface may break a line (budoux, at build time). */
  export const phraseBreaks: import('./typography/phrases.ts').PhraseBreakTable;
}

declare module 'virtual:kiosk-prompts' {
  /** Where the keypad's prompts are: a JSON SpokenPromptTable (src/keypad/spokenPrompts.ts), fetched when the kiosk starts. */
  export const spokenPromptsUrl: string;
}
