/** The action-plan routes as functions (lib/server/actions/* behind them). */
import type { ActionPlanResponse, ActionStatus, ActionView } from "@/lib/shared/actions";
import { requestJson } from "../api-request";

export { ApiRequestError as ActionApiError } from "../api-request";

/** Fields as the forms send them: "" clears a text or the due day. */
export interface ActionFields {
  title: string;
  ownerName: string;
  partners: string;
  dueOn: string;
  status: ActionStatus;
}

const actionsPath = (roomId: string, actionId?: string) =>
  `/api/rooms/${encodeURIComponent(roomId)}/actions${actionId ? `/${encodeURIComponent(actionId)}` : ""}`;

export function fetchActionPlan(roomId: string): Promise<ActionPlanResponse> {
  return requestJson(actionsPath(roomId), "GET");
}

/** Makes an action of a sticky note; the server reads its text and stage from the board. */
export async function requestActionFromNote(roomId: string, noteId: string): Promise<ActionView> {
  return (await requestJson<{ action: ActionView }>(actionsPath(roomId), "POST", { noteId })).action;
}

export async function requestCreateAction(roomId: string, fields: ActionFields): Promise<ActionView> {
  return (await requestJson<{ action: ActionView }>(actionsPath(roomId), "POST", fields)).action;
}

export async function requestUpdateAction(
  roomId: string,
  actionId: string,
  change: Partial<ActionFields>,
): Promise<ActionView> {
  return (await requestJson<{ action: ActionView }>(actionsPath(roomId, actionId), "PATCH", change)).action;
}

export async function requestDeleteAction(roomId: string, actionId: string): Promise<void> {
  await requestJson(actionsPath(roomId, actionId), "DELETE");
}

/** Told on the window when this browser made an action, so counts elsewhere on the page refresh. */
export const ACTIONS_CHANGED_EVENT = "cocreate:actions-changed";
