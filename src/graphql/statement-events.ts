import { Repeater, SlidingBuffer } from "graphql-yoga";

/** A statement just stored, with what subscribers filter on, so that filtering needs no query. */
export interface StatementAdded {
  statementId: number;
  speakerId: number;
  /** The speaker's ISO 3166-1 alpha-2 code, null when unknown. */
  speakerCountry: string | null;
}

const topic = "statementAdded";
// Unread events one subscriber may fall behind by before it loses its oldest.
const unreadLimit = 1_000;

/**
 * New statements, fanned out to subscribers in one process. Not yoga's createPubSub: once one
 * subscriber is 1,024 events behind, its repeater throws RepeaterOverflowError inside
 * dispatchEvent, an uncaught exception that stops the server; and its `repeaterBuffer` option
 * hands one buffer object to every subscriber. Here each subscriber gets a buffer of its own.
 */
export class StatementEvents {
  readonly #target = new EventTarget();

  publish(event: StatementAdded): void {
    this.#target.dispatchEvent(new CustomEvent(topic, { detail: event }));
  }

  /** The events that `matches` accepts, from now until the consumer returns. */
  subscribe(matches: (event: StatementAdded) => boolean): Repeater<StatementAdded> {
    const target = this.#target;
    return new Repeater<StatementAdded>((push, stop) => {
      const listener = (event: Event) => {
        const added = (event as CustomEvent<StatementAdded>).detail;
        if (matches(added)) void push(added);
      };
      target.addEventListener(topic, listener);
      void stop.then(() => target.removeEventListener(topic, listener));
    }, new SlidingBuffer(unreadLimit));
  }
}
