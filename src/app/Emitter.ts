/** A typed event emitter: `on()` returns its own unsubscribe, so owners cannot forget the handler. */
export type Unsubscribe = () => void;

export class Emitter<EventMap extends object> {
  private readonly handlers = new Map<keyof EventMap, Set<(payload: never) => void>>();

  on<Name extends keyof EventMap>(name: Name, handler: (payload: EventMap[Name]) => void): Unsubscribe {
    const set = this.handlers.get(name) ?? new Set();
    set.add(handler);
    this.handlers.set(name, set);
    return () => set.delete(handler);
  }

  emit<Name extends keyof EventMap>(name: Name, payload: EventMap[Name]): void {
    for (const handler of [...(this.handlers.get(name) ?? [])]) (handler as (payload: EventMap[Name]) => void)(payload);
  }

  dispose(): void {
    this.handlers.clear();
  }
}
