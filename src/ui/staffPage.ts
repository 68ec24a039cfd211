/**
 * The docent's tablet and the staff fleet page share the kiosk's index.html (one build, one
 * service worker, offline alike). This turns that page into theirs: its own title, its own
 * manifest (so the tablet installs as its own app, opening at /docent/), a plain scrollable page
 * rather than the kiosk's locked screen.
 */
export function installStaffPage(kind: 'docent' | 'staff', title: string): HTMLElement {
  const html = document.documentElement;
  html.classList.add('staff-page', `staff-page--${kind}`);
  document.title = title;
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (kind === 'docent') {
    if (manifest) manifest.href = '/docent.webmanifest';
    else document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: '/docent.webmanifest' }));
  } else {
    manifest?.remove();
  }
  const root = document.createElement('div');
  root.className = 'staff-page__root';
  const kioskRoot = document.getElementById('kiosk-root');
  if (kioskRoot) kioskRoot.replaceWith(root);
  else document.body.append(root);
  return root;
}
