/**
 * Entry of the docent's tablet (`/docent/`): the same build and service worker as the kiosk, so
 * it installs and works offline the same way; its own manifest makes it an app of its own. The
 * account is typed at sign-in and kept only for this browser tab.
 */
import { contentBundle as content, derivedInterfaceText, staffLanguage } from 'virtual:kiosk-content';
import { Workbox } from 'workbox-window';
import { brokerUrl } from '../gallery/galleryCredentials.ts';
import { SignedInSession } from '../gallery/signedInSession.ts';
import { galleryText } from '../i18n/galleryText.ts';
import { useDerivedInterfaceText } from '../i18n/interfaceText.ts';
import { installStaffPage } from '../ui/staffPage.ts';
import { TabletSession } from './TabletSession.ts';
import { TabletView } from './TabletView.ts';
import '../styles/gallery.css';

// The kiosk's language buttons name each language in itself (繁體中文 comes from the build).
for (const [language, table] of Object.entries(derivedInterfaceText)) useDerivedInterfaceText(language, table);
const root = installStaffPage('docent', galleryText(staffLanguage, 'tabletTitle'));
let language: string = staffLanguage;

const signedIn: SignedInSession<TabletSession> = new SignedInSession({
  role: 'docent',
  storageKey: 'culture-corridor.tablet-sign-in',
  storage: sessionStorage,
  open: (account, password, changed) => new TabletSession(account, password, brokerUrl(window.location), sessionStorage, changed),
  refused: (account) => view.setSignInError(galleryText(language, 'signInRefused', { account })),
  changed: () => render(),
});
const view = new TabletView(content, {
  signIn: (account, password) => signedIn.signIn(account, password),
  signOut: () => signedIn.signOut(),
  askToPair: (kiosk) => signedIn.session?.askToPair(kiosk),
  submitCode: (code) => signedIn.session?.submitCode(code),
  cancelPairing: () => signedIn.session?.cancelPairing(),
  send: (command) => signedIn.session?.send(command) ?? false,
  unpair: () => signedIn.session?.unpair(),
  switchTabletLanguage: () => {
    language = language === 'en' ? 'zh-Hans' : 'en';
    render();
  },
});
root.append(view.element);

function render(): void {
  view.render(signedIn.session?.snapshot() ?? null, language);
}

if (!signedIn.resume()) render();

if ('serviceWorker' in navigator && import.meta.env.PROD) void new Workbox('/serviceWorker.js', { scope: '/' }).register();
