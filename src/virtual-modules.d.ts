declare module 'virtual:kiosk-content' {
  export const contentBundle: import('./content/contentTypes.ts').ContentBundle;
  /** Problems the build found; errors only ever reach the dev server (the build refuses them). */
  export const contentProblems: readonly (import('./content/contentProblem.ts').ContentProblem & { readonly text: string })[];
}

declare module 'virtual:kiosk-fonts' {
  /** The kiosk's own font faces (Noto Sans SC, subset at build time), for the FontFace API. */
  export const kioskFontFaces: readonly { readonly family: string; readonly weight: number; readonly url: string }[];
}
