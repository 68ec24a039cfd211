/**
 * Entry of the staff fleet page (`/staff/`): every kiosk of the corridor, for the staff account
 * that signs in. Nothing here is secret without that account: the broker shows staff accounts
 * alone what the kiosks report.
 */
import { staffLanguage } from 'virtual:kiosk-content';
import { brokerUrl } from '../gallery/galleryCredentials.ts';
import { SignedInSession } from '../gallery/signedInSession.ts';
import { galleryText } from '../i18n/galleryText.ts';
import { installStaffPage } from '../ui/staffPage.ts';
import { FleetSession } from './FleetSession.ts';
import { FleetView } from './FleetView.ts';
import '../styles/gallery.css';

const root = installStaffPage('staff', galleryText(staffLanguage, 'fleetTitle'));
let language: string = staffLanguage;
/** Twenty kiosks reporting at once would redraw the table twenty times: once per frame is enough. */
let drawPending = false;

function download(kiosk: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${kiosk}-statistics-${new Date().toISOString().slice(0, 10)}.csv` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const signedIn: SignedInSession<FleetSession> = new SignedInSession({
  role: 'staff',
  storageKey: 'culture-corridor.fleet-sign-in',
  storage: sessionStorage,
  open: (account, password, changed) => new FleetSession(account, password, brokerUrl(window.location), changed, download),
  refused: (account) => view.setSignInError(galleryText(language, 'signInRefused', { account })),
  changed: () => renderSoon(),
});
const view = new FleetView({
  signIn: (account, password) => signedIn.signIn(account, password),
  signOut: () => signedIn.signOut(),
  send: (command, kiosks) => signedIn.session?.send(command, kiosks) ?? 0,
  switchLanguage: () => {
    language = language === 'en' ? 'zh-Hans' : 'en';
    render();
  },
});
root.append(view.element);

function render(): void {
  view.render(signedIn.session?.snapshot() ?? null, language);
}

function renderSoon(): void {
  if (drawPending) return;
  drawPending = true;
  requestAnimationFrame(() => {
    drawPending = false;
    render();
  });
}

if (!signedIn.resume()) render();
