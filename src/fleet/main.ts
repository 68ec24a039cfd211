/**
 * Entry of the staff fleet page (`/staff/`): every kiosk of the corridor, for the staff account
 * that signs in. Nothing here is secret without that account: the broker shows staff accounts
 * alone what the kiosks report.
 */
import { staffLanguage } from 'virtual:kiosk-content';
import { brokerUrl } from '../gallery/galleryCredentials.ts';
import { roleOfAccount } from '../gallery/galleryTopics.ts';
import { galleryText } from '../i18n/galleryText.ts';
import { installStaffPage } from '../ui/staffPage.ts';
import { FleetSession } from './FleetSession.ts';
import { FleetView } from './FleetView.ts';
import '../styles/gallery.css';

const SIGN_IN_KEY = 'culture-corridor.fleet-sign-in';
const root = installStaffPage('staff', galleryText(staffLanguage, 'fleetTitle'));
let language: string = staffLanguage;
let session: FleetSession | null = null;
/** Twenty kiosks reporting at once would redraw the table twenty times: once per frame is enough. */
let drawPending = false;

const view = new FleetView({
  signIn: (account, password) => signIn(account, password),
  signOut: () => {
    sessionStorage.removeItem(SIGN_IN_KEY);
    void session?.stop();
    session = null;
    render();
  },
  send: (command, kiosks) => session?.send(command, kiosks) ?? 0,
  switchLanguage: () => {
    language = language === 'en' ? 'zh-Hans' : 'en';
    render();
  },
});
root.append(view.element);

function render(): void {
  view.render(session?.snapshot() ?? null, language);
}

function renderSoon(): void {
  if (drawPending) return;
  drawPending = true;
  requestAnimationFrame(() => {
    drawPending = false;
    render();
  });
}

function download(kiosk: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${kiosk}-statistics-${new Date().toISOString().slice(0, 10)}.csv` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function signIn(account: string, password: string): void {
  if (roleOfAccount(account) !== 'staff') {
    view.setSignInError(galleryText(language, 'signInRefused', { account }));
    render();
    return;
  }
  void session?.stop();
  let everConnected = false;
  const started = new FleetSession(account, password, brokerUrl(window.location), () => {
    const { state } = started.connection();
    if (state === 'connected' && !everConnected) {
      everConnected = true;
      sessionStorage.setItem(SIGN_IN_KEY, JSON.stringify({ account, password }));
    }
    if (state === 'refused' && !everConnected && session === started) {
      session = null;
      void started.stop();
      view.setSignInError(galleryText(language, 'signInRefused', { account }));
      render();
      return;
    }
    renderSoon();
  }, download);
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
