"use client";
/**
 * A room's action plan in the browser: starts from what the server rendered, sends each change
 * to the API and keeps the plan in display order (overdue first, against the server's `today`).
 */
import { useCallback, useState } from "react";
import { sortActionPlan, type ActionView } from "@/lib/shared/actions";
import {
  requestCreateAction,
  requestDeleteAction,
  requestUpdateAction,
  type ActionFields,
} from "./action-api";

export interface ActionPlanState {
  actions: ActionView[];
  /** The last refusal's message, cleared by the next change that works. */
  error: string | null;
  create(fields: ActionFields): Promise<boolean>;
  update(actionId: string, change: Partial<ActionFields>): Promise<boolean>;
  remove(actionId: string): Promise<boolean>;
}

export function useActionPlan(roomId: string, initialActions: ActionView[], today: string): ActionPlanState {
  const [actions, setActions] = useState(initialActions);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async (change: () => Promise<(current: ActionView[]) => ActionView[]>) => {
    try {
      const apply = await change();
      setActions((current) => sortActionPlan(apply(current), today));
      setError(null);
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      return false;
    }
  }, [today]);

  return {
    actions,
    error,
    create: (fields) =>
      run(async () => {
        const action = await requestCreateAction(roomId, fields);
        return (current) => [...current, action];
      }),
    update: (actionId, change) =>
      run(async () => {
        const action = await requestUpdateAction(roomId, actionId, change);
        return (current) => current.map((each) => (each.id === actionId ? action : each));
      }),
    remove: (actionId) =>
      run(async () => {
        await requestDeleteAction(roomId, actionId);
        return (current) => current.filter((each) => each.id !== actionId);
      }),
  };
}
