/** A test's end of a live event's WebSocket: what arrives is queued, and the test awaits it. */
import type { StateMessage } from "../../workers/domain/events/live-clock";

/** What the live event sends: its state, the answer to a ping, or why a message was refused. */
export type LiveMessage =
  | StateMessage
  | { type: "pong"; clientTime: number; serverNow: number }
  | { type: "error"; error: { code: string; message: string } };

/** Whether a message is the event's state. */
export const isState = (m: LiveMessage): m is StateMessage => m.type === "state";

/** Accepts `socket` and queues its messages; `next` awaits the first one (matching `wanted`), at most `timeoutMs`. */
export function inboxOf(socket: WebSocket, timeoutMs = 5_000) {
  const inbox: LiveMessage[] = [];
  let arrived = () => {};
  socket.addEventListener("message", (e) => {
    inbox.push(JSON.parse(e.data as string) as LiveMessage);
    arrived();
  });
  socket.accept();

  /** The next message, skipping those that are not `wanted`. */
  function next<T extends LiveMessage>(wanted: (m: LiveMessage) => m is T): Promise<T>;
  function next(wanted?: (m: LiveMessage) => boolean): Promise<LiveMessage>;
  function next(wanted: (m: LiveMessage) => boolean = () => true) {
    return new Promise<LiveMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        arrived = () => {};
        reject(new Error(`no wanted message within ${timeoutMs} ms`));
      }, timeoutMs);
      const look = () => {
        for (let m = inbox.shift(); m; m = inbox.shift()) {
          if (!wanted(m)) continue;
          clearTimeout(timer);
          arrived = () => {};
          return resolve(m);
        }
        arrived = look;
      };
      look();
    });
  }
  return { socket, next };
}
