import { ActionStatus, type ActionView } from "@/lib/shared/actions";

export const ACTION_SELECT = {
  id: true,
  roomId: true,
  title: true,
  ownerName: true,
  partners: true,
  dueOn: true,
  status: true,
  stageId: true,
  sourceNoteId: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} as const;

interface ActionRow {
  id: string;
  roomId: string;
  title: string;
  ownerName: string | null;
  partners: string | null;
  dueOn: Date | null;
  status: string;
  stageId: string | null;
  sourceNoteId: string | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The JSON-safe view of a stored action (an unknown stored status reads as "open"). */
export function toActionView(row: ActionRow): ActionView {
  const status = ActionStatus.safeParse(row.status);
  return {
    ...row,
    dueOn: row.dueOn ? row.dueOn.toISOString().slice(0, 10) : null,
    status: status.success ? status.data : "open",
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
