/**
 * The page's entry: the kiosk itself; with `?staff-preview=1` the staff's content preview; at
 * `/docent/` the docent's tablet; at `/staff/` the staff fleet page. Each is its own chunk, so
 * the kiosk never loads the others' code.
 */
const path = window.location.pathname;
if (new URLSearchParams(window.location.search).get('staff-preview') === '1') {
  void import('./staffPreview.ts');
} else if (/\/docent\/?$/.test(path)) {
  void import('./docent/main.ts');
} else if (/\/staff\/?$/.test(path)) {
  void import('./fleet/main.ts');
} else {
  void import('./main.ts');
}
