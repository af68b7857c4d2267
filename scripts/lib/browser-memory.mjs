// The browser's memory as the system sees it: the resident size of every Chromium renderer process, which
// holds the page, its workers, their buffers and the Blobs they read. Performance.getMetrics' JSHeapUsedSize
// sees only the page's own JavaScript heap, not a worker's nor the inflater's buffers, so it would miss what
// a ZIP bomb fills. Chromium (DevTools' SystemInfo.getProcessInfo gives the processes) on Linux (/proc).
import { readFileSync } from 'node:fs';

/** A process's resident bytes, or 0 once it has gone. */
function residentBytes(pid) {
  try {
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kilobytes ? Number(kilobytes[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function rendererBytes(session) {
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  return processInfo
    .filter((process) => process.type === 'renderer')
    .reduce((sum, process) => sum + residentBytes(process.id), 0);
}

/**
 * Samples the renderers' memory of `browser` every `everyMs` until `stop()`, which gives the peak in bytes;
 * `now()` gives the current figure.
 */
export async function watchRendererMemory(browser, everyMs = 100) {
  const session = await browser.newBrowserCDPSession();
  let peak = await rendererBytes(session);
  let watching = true;
  const sampling = (async () => {
    while (watching) {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      peak = Math.max(peak, await rendererBytes(session));
    }
  })();
  return {
    now: () => rendererBytes(session),
    async stop() {
      watching = false;
      await sampling;
      await session.detach();
      return peak;
    },
  };
}
