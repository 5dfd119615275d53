/**
 * Counts the live instances of classes in this process through an in-process inspector session
 * (Runtime.queryObjects: every heap object whose prototype chain holds the class's prototype).
 * No port is opened. Exact where a heap size is noisy: after a forced GC, a leaked document or
 * connection shows up as 1, not as a few KB among V8's own growth.
 */
import { Session } from "node:inspector/promises";

type AnyClass = abstract new (...args: any[]) => unknown;

/** Where the prototypes wait for the inspector to find them by expression. */
const REGISTRY = "__liveInstancePrototypes";
const OBJECT_GROUP = "live-instances";

let session: Session | null = null;

interface RemoteObject {
  objectId?: string;
  value?: unknown;
}

/** session.post with the replies this file reads (@types/node lacks some of them). */
async function post<Reply>(method: string, params: object): Promise<Reply> {
  return (await (session!.post as (m: string, p: object) => Promise<unknown>)(
    method,
    params,
  )) as Reply;
}

/** Counts live instances of each class in `classes`, by the names given. */
export async function countLiveInstances(
  classes: Record<string, AnyClass>,
): Promise<Record<string, number>> {
  if (!session) {
    session = new Session();
    session.connect();
  }
  const registry: Record<string, object> = {};
  for (const [name, type] of Object.entries(classes)) registry[name] = type.prototype as object;
  (globalThis as Record<string, unknown>)[REGISTRY] = registry;
  const counts: Record<string, number> = {};
  try {
    for (const name of Object.keys(classes)) {
      const { result: prototype } = await post<{ result: RemoteObject }>("Runtime.evaluate", {
        expression: `globalThis.${REGISTRY}[${JSON.stringify(name)}]`,
        objectGroup: OBJECT_GROUP,
      });
      const { objects } = await post<{ objects: RemoteObject }>("Runtime.queryObjects", {
        prototypeObjectId: prototype.objectId!,
        objectGroup: OBJECT_GROUP,
      });
      const { result } = await post<{ result: RemoteObject }>("Runtime.callFunctionOn", {
        objectId: objects.objectId!,
        functionDeclaration: "function () { return this.length; }",
        returnByValue: true,
        objectGroup: OBJECT_GROUP,
      });
      counts[name] = result.value as number;
    }
  } finally {
    await post("Runtime.releaseObjectGroup", { objectGroup: OBJECT_GROUP });
    delete (globalThis as Record<string, unknown>)[REGISTRY];
  }
  return counts;
}
