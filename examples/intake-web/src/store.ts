import { type Complaint, redact, type StatisticsView } from "@xunshi/complaints";

/** Where a submitted complaint went. */
export interface SubmitOutcome {
  /** The reference of the stored complaint. */
  readonly id: string;
  /** `local`: this browser's storage; `service`: examples/intake-service. */
  readonly where: "local" | "service";
}

/** A problem reported by the service (RFC 9457), without any submitted value. */
export class ServiceProblemError extends Error {
  override name = "ServiceProblemError";
  /** HTTP status (0 when the service could not be reached). */
  readonly status: number;
  /** Field issues, when the service rejected the body. */
  readonly issues: readonly { path: readonly PropertyKey[]; message: string }[];

  constructor(status: number, title: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    super(`Intake service: expected a stored complaint, received status ${status}: ${title}`);
    this.status = status;
    this.issues = issues;
  }
}

/** Storage of the desk: standalone (localStorage) or the intake service. */
export interface DeskStore {
  readonly mode: "local" | "service";
  /** Stores a validated complaint; the statistics view is kept locally in both modes. */
  submit(complaint: Complaint, lang: "zh" | "en"): Promise<SubmitOutcome>;
  /** The statistics views of what this desk registered (no identity, no content). */
  statistics(): StatisticsView[];
}

const COMPLAINTS_KEY = "xunshi-intake/complaints";
const STATISTICS_KEY = "xunshi-intake/statistics";

function readArray<T>(storage: Storage, key: string): T[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? "[]");
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

function keepStatistics(storage: Storage, complaint: Complaint): void {
  const views = readArray<StatisticsView>(storage, STATISTICS_KEY).filter((v) => v.id !== complaint.id);
  views.push(redact(complaint, "statistics"));
  storage.setItem(STATISTICS_KEY, JSON.stringify(views));
}

/**
 * Standalone storage: complaints stay in this browser's localStorage (for training and offline desks).
 *
 * @param storage - `window.localStorage` (or any Storage)
 * @returns the store
 * @example
 * createLocalStore(localStorage).mode
 * //=> "local"
 */
export function createLocalStore(storage: Storage): DeskStore {
  return {
    mode: "local",
    async submit(complaint) {
      const all = readArray<Complaint>(storage, COMPLAINTS_KEY).filter((c) => c.id !== complaint.id);
      all.push(complaint);
      storage.setItem(COMPLAINTS_KEY, JSON.stringify(all));
      keepStatistics(storage, complaint);
      return { id: complaint.id, where: "local" };
    },
    statistics: () => readArray<StatisticsView>(storage, STATISTICS_KEY),
  };
}

/**
 * The body examples/intake-service accepts: the library's `Complaint` itself (validated there with the same
 * `complaintSchema`), tied to the round, without a disposition (the service decides that). The complaint's `id` is
 * the clerk's reference; the service assigns its own id and keeps this one as `sourceReference`.
 *
 * @param complaint - a validated complaint
 * @param roundId - the round's id
 * @returns the request body
 * @example
 * toServiceSubmission(complaint, "shanxi-2024-round-6").roundId
 * //=> "shanxi-2024-round-6"
 */
export function toServiceSubmission(complaint: Complaint, roundId: string): Record<string, unknown> {
  const { disposition: _, ...rest } = complaint;
  return { ...rest, roundId };
}

async function problemOf(response: Response): Promise<ServiceProblemError> {
  let title = response.statusText;
  let issues: { path: PropertyKey[]; message: string }[] = [];
  try {
    const body = (await response.json()) as { title?: string; issues?: { path?: PropertyKey[]; message?: string }[] };
    title = body.title ?? title;
    issues = (body.issues ?? []).map((i) => ({ path: i.path ?? [], message: i.message ?? "" }));
  } catch {
    // Not a problem document: keep the status text.
  }
  return new ServiceProblemError(response.status, title, issues);
}

/**
 * Storage in examples/intake-service: `POST /complaints` (the complaint id is the idempotency key, so a retried
 * submission is stored once), then `PUT /complaints/{id}/categorization` with the clerk's category.
 *
 * @param baseUrl - the service's base URL (`/api` behind the preview proxy, or `http://127.0.0.1:8787`)
 * @param token - a clerk token (sent as a bearer token; never stored by the page beyond the session)
 * @param roundId - the round's id
 * @param storage - where the statistics views are kept
 * @returns the store
 * @example
 * createServiceStore("/api", token, "shanxi-2024-round-6", localStorage).mode
 * //=> "service"
 */
export function createServiceStore(baseUrl: string, token: string, roundId: string, storage: Storage): DeskStore {
  const base = baseUrl.replace(/\/+$/, "");
  const headers = (lang: string): Record<string, string> => ({
    "content-type": "application/json",
    "accept-language": lang,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
  return {
    mode: "service",
    async submit(complaint, lang) {
      let response: Response;
      try {
        response = await fetch(`${base}/complaints`, {
          method: "POST",
          headers: { ...headers(lang), "idempotency-key": complaint.id },
          body: JSON.stringify(toServiceSubmission(complaint, roundId)),
        });
      } catch {
        throw new ServiceProblemError(0, "network error", []);
      }
      if (!response.ok) throw await problemOf(response);
      const stored = (await response.json()) as { id?: string };
      const id = stored.id ?? complaint.id;
      if (complaint.categorization) {
        const etag = response.headers.get("etag");
        const put = await fetch(`${base}/complaints/${encodeURIComponent(id)}/categorization`, {
          method: "PUT",
          headers: { ...headers(lang), ...(etag ? { "if-match": etag } : {}) },
          // The service validates this with the library's categorizationSchema (primary, secondary, version, setBy).
          body: JSON.stringify(complaint.categorization),
        });
        if (!put.ok) throw await problemOf(put);
      }
      keepStatistics(storage, complaint);
      return { id, where: "service" };
    },
    statistics: () => readArray<StatisticsView>(storage, STATISTICS_KEY),
  };
}

/**
 * Whether the service answers its health check.
 *
 * @param baseUrl - the service's base URL
 * @returns `true` when `GET /healthz` answers 200
 * @example
 * await isServiceUp("/api")
 * //=> false (nothing behind the proxy)
 */
export async function isServiceUp(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl.replace(/\/+$/, "")}/healthz`, { signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}
