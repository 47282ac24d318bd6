/**
 * The JS heap of a loaded page, main thread and workers, through the DevTools protocol:
 * `Runtime.getHeapUsage` after a forced garbage collection, so the figure is what the page keeps,
 * not garbage that happens to be waiting. Workers are reached by auto-attaching to them through
 * the page's session (non-flat mode: messages are wrapped in Target.sendMessageToTarget).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface HeapFigures {
  main: number;
  /** One entry per dedicated worker (MapLibre's, and any of the app's), by script file name. */
  workers: { name: string; used: number }[];
}

interface Attached {
  sessionId: string;
  targetInfo: { type: string; url: string };
}

function messenger(client: CDPSession) {
  let next = 0;
  const pending = new Map<number, (result: unknown) => void>();
  client.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  return (sessionId: string, method: string): Promise<unknown> => {
    const id = ++next;
    return new Promise((resolve, reject) => {
      pending.set(id, resolve);
      setTimeout(() => reject(new Error(`${method}: no answer from the worker`)), 30_000);
      void client.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  };
}

export async function heapUsage(page: Page): Promise<HeapFigures> {
  const client = await page.context().newCDPSession(page);
  const send = messenger(client);
  const attached: Attached[] = [];
  client.on('Target.attachedToTarget', (event: Attached) => attached.push(event));
  await client.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  await new Promise((resolve) => setTimeout(resolve, 500)); // the attach events for running workers
  await client.send('HeapProfiler.collectGarbage');
  const main = (await client.send('Runtime.getHeapUsage')).usedSize;
  const workers: HeapFigures['workers'] = [];
  for (const { sessionId, targetInfo } of attached.filter((a) => a.targetInfo.type === 'worker')) {
    await send(sessionId, 'HeapProfiler.collectGarbage');
    const usage = (await send(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number };
    workers.push({ name: targetInfo.url.split('/').pop() ?? targetInfo.url, used: usage.usedSize });
  }
  await client.detach();
  return { main, workers };
}
