/**
 * A lower scheduling priority for a worker thread whose result is needed only late, so that it runs on what the
 * threads the build is waiting for leave over, rather than taking turns with them. Linux keeps a nice value per
 * thread, and `/proc/thread-self` names the calling thread; elsewhere nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Nice 10 above the process: the scheduler then gives the thread about a tenth of a core others want. */
const LOWER_BY = 10;
const LOWEST = 19;

/** Lowers the calling thread's priority, not the process's. */
export function lowerThisThreadPriority(): void {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(thread, Math.min(LOWEST, getPriority(thread) + LOWER_BY));
  } catch {
    // Not Linux: the thread keeps the process's priority.
  }
}
