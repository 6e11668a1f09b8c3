/**
 * Gives a buffer's memory back at once, not at V8's next collection. An export reads its body out of SQLite
 * as some 16 MB of new buffers, each dead once compressed. V8 counts such memory against its heap's limit
 * and frees it only when it collects, so without this an export often set V8 marking the whole heap on the
 * cores that gzip and SQLite were using (bench: sync export, about 145 ms of CPU instead of 105 in those runs),
 * and the next export took its memory afresh from the system.
 *
 * Node 20 has no ArrayBuffer.prototype.transfer. A message's transfer list is detached even when the port is
 * closed (the HTML spec asks it, and Node does it: MessagePort::PostMessage serialises before it looks at the
 * port), and a closed port drops the message, with the memory it took over.
 */
import { MessageChannel } from 'node:worker_threads';

/** Closed at once, on this side: a message posted on it is dropped right away, not queued for the other. */
const closed = new MessageChannel().port1;
closed.close();

/**
 * Frees the memory under `buf`, which must not be read again: it is then empty. Only a buffer that is all of
 * its memory is freed. A slice of Node's shared pool (small buffers), or of a larger buffer, is left alone,
 * since other buffers live in the same memory; and so is memory Node does not let go (the pool itself).
 */
export function releaseBuffer(buf: Buffer): void {
  const memory = buf.buffer;
  if (!(memory instanceof ArrayBuffer) || buf.byteOffset !== 0 || buf.byteLength !== memory.byteLength) return;
  try {
    closed.postMessage(null, [memory]);
  } catch {
    // Not transferable: the collector frees it, as it would have anyway.
  }
}
