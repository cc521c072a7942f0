import { Injectable, OnModuleDestroy } from '@nestjs/common';

type Listener = () => void;

/**
 * Tells the live views of an edition that its counts changed, at most once a second per edition:
 * at a busy door a scan every half second would otherwise recount for every screen each time.
 * In-process only; the live streams also recount every few seconds, which covers scans taken by
 * other server processes.
 */
@Injectable()
export class CheckInEvents implements OnModuleDestroy {
  private readonly listeners = new Map<number, Set<Listener>>();
  private readonly pending = new Map<number, NodeJS.Timeout>();

  changed(editionId: number): void {
    if (this.pending.has(editionId) || !this.listeners.get(editionId)?.size) return;
    this.pending.set(
      editionId,
      setTimeout(() => {
        this.pending.delete(editionId);
        for (const listener of this.listeners.get(editionId) ?? []) listener();
      }, 250),
    );
  }

  /** Answers the function that stops listening. */
  listen(editionId: number, listener: Listener): () => void {
    let set = this.listeners.get(editionId);
    if (!set) this.listeners.set(editionId, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  onModuleDestroy(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
