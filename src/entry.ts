/**
 * The page's entry: the kiosk itself; with `?staff-preview=1` the staff's content preview; at
 * `/docent/` the docent's tablet; at `/staff/` the staff fleet page. Each is its own chunk, so
 * the kiosk never loads the others' code.
 */

/** A kiosk that could not start tries again by itself: the server may be back by then. */
const RETRY_AFTER_MILLISECONDS = 60_000;

/**
 * The page's code or its content did not arrive (a server down before the offline copy was made,
 * a release published half-way). Says so on screen, in both languages, with the cause for staff.
 */
function showStartFailure(error: unknown): void {
  console.error(error);
  const root = document.getElementById('kiosk-root') ?? document.body;
  const message = document.createElement('div');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'position:fixed;inset:0;display:flex;flex-direction:column;justify-content:center;gap:48px;padding:96px;background:#0B1630;color:#FAF7F0;font-family:sans-serif';
  // Inline styles through the CSSOM: the style sheet may be what did not arrive.
  const forVisitors = document.createElement('p');
  forVisitors.style.cssText = 'margin:0;font-size:48px;line-height:1.5;white-space:pre-line';
  forVisitors.textContent = '展项暂时无法启动，稍后会自动重试。\nThis exhibit could not start; it will try again shortly.';
  const forStaff = document.createElement('p');
  forStaff.style.cssText = 'margin:0;font-size:24px;line-height:1.5;opacity:0.8';
  forStaff.textContent = `工作人员 / Staff: ${error instanceof Error ? error.message : String(error)}`;
  message.append(forVisitors, forStaff);
  root.replaceChildren(message);
  window.setTimeout(() => window.location.reload(), RETRY_AFTER_MILLISECONDS);
}

const path = window.location.pathname;
const started = new URLSearchParams(window.location.search).get('staff-preview') === '1'
  ? import('./staffPreview.ts')
  : /\/docent\/?$/.test(path)
    ? import('./docent/main.ts')
    : /\/staff\/?$/.test(path)
      ? import('./fleet/main.ts')
      : import('./main.ts');
started.catch(showStartFailure);
