/**
 * @module features/events/roles
 * Who someone is at an event: a mentor or a mentee at a mentoring event, a peer at a peer event, where
 * nobody has a role to choose.
 */
import type { EventRole } from "../../domain/roles";
import type { Event } from "./repo/events";
import { badRequest } from "../../platform/errors";

/** The role to register someone in; a 400 when it does not fit the event. */
export function roleAt(event: Pick<Event, "mode">, role: EventRole | undefined): EventRole {
  if (event.mode === "peer") {
    if (role && role !== "peer") {
      throw badRequest("invalid_input", "Some fields are not valid.", {
        role: "This is a peer event: everyone meets everyone, without roles.",
      });
    }
    return "peer";
  }
  if (!role || role === "peer") {
    throw badRequest("invalid_input", "Some fields are not valid.", { role: "Choose mentor or mentee." });
  }
  return role;
}
