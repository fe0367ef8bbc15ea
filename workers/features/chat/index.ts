/**
 * @module features/chat
 * What other features use of chat: the posts they write (new pairs, an event starting, the monthly
 * report's headline), the routes, and the mail consumer's chat-aware transport.
 */
export { channelRoutes, myChatRoutes } from "./routes";
export { chatTransport } from "./deliver";
export { postEventStarting, postNewPairs, reportPosts } from "./posts";
