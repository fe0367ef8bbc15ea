/**
 * @module features/chat/posts
 * What a program tells its channel, written to the outbox like mail (invariant 1): each post is keyed by
 * what it announces (`post-pairs:<run>`, `post-event:<event>`, `post-report:<program>:<month>`), so a
 * redelivered message or a doubled tick posts once. Posts carry counts, names of programs and events,
 * and links: never who was matched or who registered.
 */
import type { DB } from "../../platform/db";
import { sendMail, type MailQueuesOrBulk, type Outgoing } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { CHANNEL_ADDRESS, postText, type Post } from "../../domain/chat";
import { channelOf, programsWithChannels, runForPost } from "./repo";

const asMail = (post: Post) => ({ subject: post.headline, text: postText(post), html: "" });
const addressOf = (programId: string) => `${CHANNEL_ADDRESS}${programId}`;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** "12 new pairs in Onboarding buddies", once a published run's pairs have been told. */
export async function postNewPairs(db: DB, queue: MailQueuesOrBulk, runId: string) {
  const run = await runForPost(db, runId);
  if (!run || run.pairs === 0) return;
  const post = { headline: `${plural(run.pairs, "new pair", "new pairs")} in ${run.name}`, lines: [] };
  await sendMail(db, queue, `post-pairs:${runId}`, addressOf(run.program_id), asMail(post));
}

/** An event of a program starting now, with the link to its page. */
export async function postEventStarting(
  db: DB,
  queue: MailQueuesOrBulk,
  event: { id: string; title: string; programId: string | null; joinKey: string },
  origin: string,
) {
  if (!event.programId || !(await channelOf(db, event.programId))) return;
  const post = {
    headline: `${event.title} is starting now`,
    lines: [pageUrl(origin, pagePaths.event(event.id, event.joinKey))],
  };
  await sendMail(db, queue, `post-event:${event.id}`, addressOf(event.programId), asMail(post));
}

export type ReportHeadline = { programId: string; programName: string; joined: number; matchRate: number | null };

/** The monthly report's headline for each program that posts to a channel, to write with the reports' mails. */
export async function reportPosts(db: DB, month: string, monthName: string, reports: ReportHeadline[], origin: string) {
  const posting = await programsWithChannels(
    db,
    reports.map((r) => r.programId),
  );
  return reports
    .filter((r) => posting.has(r.programId))
    .map((r): Outgoing => {
      const matched = r.matchRate === null ? "no mentees yet" : `${r.matchRate}% of mentees matched`;
      const post = {
        headline: `${r.programName} in ${monthName}: ${plural(r.joined, "person", "people")} joined, ${matched}`,
        lines: [pageUrl(origin, pagePaths.insights(r.programId))],
      };
      return { key: `post-report:${r.programId}:${month}`, to: addressOf(r.programId), mail: asMail(post) };
    });
}
