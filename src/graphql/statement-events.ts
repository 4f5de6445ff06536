import { GraphQLError } from "graphql";
import { Repeater, SlidingBuffer } from "graphql-yoga";
import type { Db } from "../db/client.ts";

/** A statement just stored, with what subscribers filter on, so that filtering needs no query. */
export interface StatementAdded {
  statementId: number;
  speakerId: number;
  /** The speaker's ISO 3166-1 alpha-2 code, null when unknown. */
  speakerCountry: string | null;
}

const topic = "statementAdded";

export interface SubscriberLimits {
  /** Subscriptions open at once; one more is refused. */
  maxSubscribers: number;
  /** Unread events one subscriber may fall behind by before it loses its oldest. */
  subscriberQueue: number;
}

/** Reads an article's statements, in text order, as subscribers see them. */
export type StatementLoader = (articleId: number) => Promise<StatementAdded[]>;

/** The loader on `db`, which must see committed writes at once: the primary, not a replica. */
export function statementsOn(db: Db): StatementLoader {
  return async (articleId) => {
    const statements = await db.statement.findMany({
      where: { articleId },
      select: { id: true, speakerId: true, speaker: { select: { countryCode: true } } },
      orderBy: [{ start: "asc" }, { id: "asc" }],
    });
    return statements.map(({ id, speakerId, speaker }) => ({ statementId: id, speakerId, speakerCountry: speaker.countryCode }));
  };
}

/**
 * New statements, fanned out to this server's subscribers. Whoever stored the article (this
 * server, another one, `newsgraph ingest`), its commit reaches `articleStored` through PostgreSQL
 * (src/db/notifications.ts), and its statements are read then, once for every subscriber.
 *
 * Not yoga's createPubSub: once one subscriber is 1,024 events behind, its repeater throws
 * RepeaterOverflowError inside dispatchEvent, an uncaught exception that stops the server; and its
 * `repeaterBuffer` option hands one buffer object to every subscriber. Here each has its own.
 */
export class StatementEvents {
  readonly #target = new EventTarget();
  #subscribers = 0;
  readonly #stops = new Set<() => void>();

  constructor(
    private readonly load: StatementLoader,
    private readonly limits: SubscriberLimits = { maxSubscribers: 1_000, subscriberQueue: 1_000 },
  ) {}

  /** Announces the statements of a stored article; no query when nobody listens. */
  async articleStored(articleId: number): Promise<void> {
    if (this.#subscribers === 0) return;
    for (const statement of await this.load(articleId)) this.publish(statement);
  }

  publish(event: StatementAdded): void {
    this.#target.dispatchEvent(new CustomEvent(topic, { detail: event }));
  }

  /**
   * The events that `matches` accepts, from now until the consumer returns. Refused while
   * `maxSubscribers` are open: each holds a queue and is sent every matching event.
   */
  subscribe(matches: (event: StatementAdded) => boolean): Repeater<StatementAdded> {
    const { maxSubscribers, subscriberQueue } = this.limits;
    if (this.#subscribers >= maxSubscribers) {
      throw new GraphQLError(`The server has ${maxSubscribers} subscriptions open, as many as it takes; try again later.`, {
        extensions: { code: "OPERATION_LIMIT", limit: "subscribers", max: maxSubscribers },
      });
    }
    const target = this.#target;
    return new Repeater<StatementAdded>((push, stop) => {
      const listener = (event: Event) => {
        const added = (event as CustomEvent<StatementAdded>).detail;
        if (matches(added)) void push(added);
      };
      target.addEventListener(topic, listener);
      this.#subscribers += 1;
      this.#stops.add(stop);
      void stop.then(() => {
        target.removeEventListener(topic, listener);
        this.#subscribers -= 1;
        this.#stops.delete(stop);
      });
    }, new SlidingBuffer(subscriberQueue));
  }

  /** Ends every subscription (its stream completes), for a server shutting down. */
  close(): void {
    for (const stop of this.#stops) stop();
  }
}
