/**
 * The page's entry: the kiosk itself, or with `?staff-preview=1` the staff's content preview.
 * Both are separate chunks so the kiosk never loads the preview's code.
 */
if (new URLSearchParams(window.location.search).get('staff-preview') === '1') {
  void import('./staffPreview.ts');
} else {
  void import('./main.ts');
}
