import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceEvents } from '../../../shared/api/serviceEvents';

/**
 * The service's events to the browser shell's page as Server-Sent Events, for as long as the
 * page keeps the request open. The page reads them with fetch (EventSource cannot send the
 * token header), and on a reconnection asks what it missed by revision.
 */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  events: ServiceEvents,
  headers: Record<string, string>,
): void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  // A comment line first, so the page knows the stream is open before any event comes.
  res.write(': open\n\n');
  const stop = events.subscribe((event) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  req.on('close', stop);
  res.on('close', stop);
}
