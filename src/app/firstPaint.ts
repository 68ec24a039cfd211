/**
 * When the page's first frame has really been painted: the browser's first-contentful-paint, or a
 * fallback delay where that entry never comes (a browser without paint timing), so that whatever
 * waits for it still happens.
 */
const FALLBACK_MILLISECONDS = 10_000;

export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName('first-contentful-paint').length > 0) {
      resolve();
      return;
    }
    let observer: PerformanceObserver | null = null;
    const done = (): void => {
      window.clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = window.setTimeout(done, FALLBACK_MILLISECONDS);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing in this browser: the fallback delay stands.
    }
  });
}
