/**
 * Entry of the docent's tablet (`/docent/`): the same build and service worker as the kiosk, so
 * it installs and works offline the same way; its own manifest makes it an app of its own. The
 * account is typed at sign-in and kept only for this browser tab.
 */
import { contentBundle as content, derivedInterfaceText, staffLanguage } from 'virtual:kiosk-content';
import { Workbox } from 'workbox-window';
import { brokerUrl } from '../gallery/galleryCredentials.ts';
import { roleOfAccount } from '../gallery/galleryTopics.ts';
import { galleryText } from '../i18n/galleryText.ts';
import { useDerivedInterfaceText } from '../i18n/interfaceText.ts';
import { installStaffPage } from '../ui/staffPage.ts';
import { TabletSession } from './TabletSession.ts';
import { TabletView } from './TabletView.ts';
import '../styles/gallery.css';

const SIGN_IN_KEY = 'culture-corridor.tablet-sign-in';
// The kiosk's language buttons name each language in itself (繁體中文 comes from the build).
for (const [language, table] of Object.entries(derivedInterfaceText)) useDerivedInterfaceText(language, table);
const root = installStaffPage('docent', galleryText(staffLanguage, 'tabletTitle'));
let language: string = staffLanguage;
let session: TabletSession | null = null;

const view = new TabletView(content, {
  signIn: (account, password) => signIn(account, password),
  signOut: () => {
    sessionStorage.removeItem(SIGN_IN_KEY);
    void session?.stop();
    session = null;
    render();
  },
  askToPair: (kiosk) => session?.askToPair(kiosk),
  submitCode: (code) => session?.submitCode(code),
  cancelPairing: () => session?.cancelPairing(),
  send: (command) => session?.send(command) ?? false,
  unpair: () => session?.unpair(),
  switchTabletLanguage: () => {
    language = language === 'en' ? 'zh-Hans' : 'en';
    render();
  },
});
root.append(view.element);

function render(): void {
  view.render(session?.snapshot() ?? null, language);
}

function signIn(account: string, password: string): void {
  if (roleOfAccount(account) !== 'docent') {
    view.setSignInError(galleryText(language, 'signInRefused', { account }));
    render();
    return;
  }
  void session?.stop();
  let everConnected = false;
  const started = new TabletSession(account, password, brokerUrl(window.location), sessionStorage, () => {
    const { state } = started.connection();
    if (state === 'connected') {
      everConnected = true;
      sessionStorage.setItem(SIGN_IN_KEY, JSON.stringify({ account, password }));
    }
    // A refusal at sign-in is a wrong password: back to the form, saying so. Later, it is the network.
    if (state === 'refused' && !everConnected && session === started) {
      session = null;
      void started.stop();
      view.setSignInError(galleryText(language, 'signInRefused', { account }));
    }
    render();
  });
  session = started;
  started.start();
  render();
}

const remembered = sessionStorage.getItem(SIGN_IN_KEY);
if (remembered) {
  const { account, password } = JSON.parse(remembered) as { account: string; password: string };
  signIn(account, password);
} else {
  render();
}

if ('serviceWorker' in navigator && import.meta.env.PROD) void new Workbox('/serviceWorker.js', { scope: '/' }).register();
