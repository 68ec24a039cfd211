/**
 * howler, loaded the first time the kiosk makes a sound. The corridor is silent until a visitor
 * opens a narrated item or presses the keypad, so its first frame does not wait for the library.
 */
type HowlerModule = typeof import('howler');

let loading: Promise<HowlerModule> | null = null;
let loaded: HowlerModule | null = null;
/** Applied once the library is here, in the order they were asked for. */
const globalSettings = new Map<'volume' | 'mute', (module: HowlerModule) => void>();

export function loadHowler(): Promise<HowlerModule> {
  loading ??= import('howler').then((module) => {
    // Auto-suspend closes the AudioContext after 30 s of silence; resuming it after hours of
    // idling delays the first word. A kiosk keeps it awake.
    module.Howler.autoSuspend = false;
    for (const apply of globalSettings.values()) apply(module);
    loaded = module;
    return module;
  }, (error: unknown) => {
    // A chunk that did not arrive (a server down before the offline copy was made): the next sound tries again.
    loading = null;
    throw error;
  });
  return loading;
}

/** The library, if a sound has already loaded it; null before. */
export function howlerIfLoaded(): HowlerModule | null {
  return loaded;
}

/** A setting for every sound (volume, mute): applied now if howler is here, else when it arrives. */
export function setHowlerGlobal(setting: 'volume' | 'mute', apply: (module: HowlerModule) => void): void {
  globalSettings.set(setting, apply);
  if (loaded) apply(loaded);
}
