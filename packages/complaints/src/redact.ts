import { parseDate } from "@xunshi/calendar";
import type { Channel, Complaint, Disposition, RankLevel, SubjectRoleCode } from "./complaint-schema";
import { ComplaintArgumentError } from "./complaints-error";
import { topLevelOf } from "./taxonomy";

/**
 * The views of a complaint that exist in practice (检举控告工作规则 art. 47; 信访工作条例 arts. 30, 46(5)):
 * - `statistics`: no identity, no content — counts and categories only;
 * - `handler`: the content and subjects for the person handling it, without the complainant's identity (verification
 *   is done without exposing the accuser);
 * - `transfer`: what may be sent to another body: content and subjects, no identity, a reference id for liaison;
 * - `accused-unit`: what the accused's unit may learn: that a matter exists and its status, nothing of its content or
 *   source, not even the day it was received.
 */
export type RedactionView = "statistics" | "handler" | "transfer" | "accused-unit";

/**
 * The views, from the one that reveals most to the one that reveals least.
 *
 * @example
 * REDACTION_VIEWS
 * //=> ["handler", "transfer", "statistics", "accused-unit"]
 */
export const REDACTION_VIEWS: readonly RedactionView[] = ["handler", "transfer", "statistics", "accused-unit"];

interface Base {
  readonly view: RedactionView;
  readonly id: string;
  readonly receivedDate: string;
}

/** The statistics view. */
export interface StatisticsView extends Base {
  readonly view: "statistics";
  readonly channel: Channel;
  readonly roundId?: string;
  readonly teamNumber?: number;
  readonly targetId?: string;
  readonly complainantKind: "named" | "anonymous";
  readonly isRepeat: boolean;
  readonly subjects: readonly { readonly role: SubjectRoleCode; readonly rankLevel?: RankLevel }[];
  readonly category?: { readonly primary: string; readonly topLevel: string; readonly taxonomyVersion: string };
  readonly attachmentCount: number;
  readonly status?: Disposition["status"];
  readonly destination?: Disposition["destination"];
}

/** The handler view. */
export interface HandlerView extends Base {
  readonly view: "handler";
  readonly channel: Channel;
  readonly roundId?: string;
  readonly teamNumber?: number;
  readonly targetId?: string;
  readonly complainantKind: "named" | "anonymous";
  /** Whether the intake desk can reach the complainant (the contact itself stays at the desk). */
  readonly complainantReachable: boolean;
  readonly isRepeat: boolean;
  readonly repeatOf?: string;
  readonly subjects: Complaint["subjects"];
  readonly content: string;
  readonly attachments: readonly { readonly mediaType: string; readonly size: number; readonly sha256: string }[];
  readonly categorization?: Complaint["categorization"];
  readonly disposition?: { readonly status: Disposition["status"]; readonly destination?: Disposition["destination"] };
}

/** The view sent to another body. */
export interface TransferView extends Base {
  readonly view: "transfer";
  readonly referenceId: string;
  readonly channel: Channel;
  readonly complainantKind: "named" | "anonymous";
  readonly isRepeat: boolean;
  readonly subjects: Complaint["subjects"];
  readonly content: string;
  readonly category?: { readonly primary: string; readonly taxonomyVersion: string };
}

/**
 * The view for the accused's unit: nothing of the content or the source — not even the day it came in or the channel,
 * which can point at a complainant who called or visited (检举控告工作规则 art. 47(3): verification without exposing
 * the accuser).
 */
export interface AccusedUnitView {
  readonly view: "accused-unit";
  /** The reference the unit quotes back. */
  readonly id: string;
  readonly roundId?: string;
  readonly targetId?: string;
  readonly status?: Disposition["status"];
}

/** The view of {@link redact} for each view name. */
export interface RedactedViews {
  statistics: StatisticsView;
  handler: HandlerView;
  transfer: TransferView;
  "accused-unit": AccusedUnitView;
}

const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * A redacted view of a complaint. Complainant identity never reaches any view; content never reaches the statistics or
 * accused-unit views. The complaint is not changed; the view is a new, plain object safe to serialise.
 *
 * @param complaint - a validated complaint
 * @param view - `statistics`, `handler`, `transfer` or `accused-unit`
 * @returns the view
 * @throws {ComplaintArgumentError} for an unknown view
 * @example
 * redact(complaint, "statistics").complainantKind
 * //=> "named" (but no name, contact, ID number, address, unit or content)
 */
export function redact<V extends RedactionView>(complaint: Complaint, view: V): RedactedViews[V] {
  // The received date is the civil date in Beijing, whatever the offset the instant was written with.
  const base = { id: complaint.id, receivedDate: parseDate(new Date(complaint.receivedAt)) };
  const kind = complaint.complainant.kind;
  switch (view) {
    case "statistics": {
      const c = complaint.categorization;
      const result: StatisticsView = {
        view: "statistics",
        ...base,
        channel: complaint.channel,
        ...opt("roundId", complaint.roundId),
        ...opt("teamNumber", complaint.teamNumber),
        ...opt("targetId", complaint.targetId),
        complainantKind: kind,
        isRepeat: complaint.isRepeat,
        subjects: complaint.subjects.map((s) => ({ role: s.role, ...opt("rankLevel", s.rankLevel) })),
        ...opt(
          "category",
          c && { primary: c.primary, topLevel: topLevelOf(c.primary) ?? c.primary, taxonomyVersion: c.taxonomyVersion },
        ),
        attachmentCount: complaint.attachments?.length ?? 0,
        ...opt("status", complaint.disposition?.status),
        ...opt("destination", complaint.disposition?.destination),
      };
      return result as RedactedViews[V];
    }
    case "handler": {
      const result: HandlerView = {
        view: "handler",
        ...base,
        channel: complaint.channel,
        ...opt("roundId", complaint.roundId),
        ...opt("teamNumber", complaint.teamNumber),
        ...opt("targetId", complaint.targetId),
        complainantKind: kind,
        complainantReachable: complaint.complainant.kind === "named" && complaint.complainant.contact !== undefined,
        isRepeat: complaint.isRepeat,
        ...opt("repeatOf", complaint.repeatOf),
        subjects: complaint.subjects.map((s) => ({ ...s })),
        content: complaint.content,
        attachments: (complaint.attachments ?? []).map((a) => ({
          mediaType: a.mediaType,
          size: a.size,
          sha256: a.sha256,
        })),
        ...opt("categorization", complaint.categorization && { ...complaint.categorization }),
        ...opt(
          "disposition",
          complaint.disposition && {
            status: complaint.disposition.status,
            ...opt("destination", complaint.disposition.destination),
          },
        ),
      };
      return result as RedactedViews[V];
    }
    case "transfer": {
      const c = complaint.categorization;
      const result: TransferView = {
        view: "transfer",
        ...base,
        referenceId: complaint.id,
        channel: complaint.channel,
        complainantKind: kind,
        isRepeat: complaint.isRepeat,
        subjects: complaint.subjects.map((s) => ({ ...s })),
        content: complaint.content,
        ...opt("category", c && { primary: c.primary, taxonomyVersion: c.taxonomyVersion }),
      };
      return result as RedactedViews[V];
    }
    case "accused-unit": {
      const result: AccusedUnitView = {
        view: "accused-unit",
        id: complaint.id,
        ...opt("roundId", complaint.roundId),
        ...opt("targetId", complaint.targetId),
        ...opt("status", complaint.disposition?.status),
      };
      return result as RedactedViews[V];
    }
    default:
      throw new ComplaintArgumentError("view", '"statistics", "handler", "transfer" or "accused-unit"', view);
  }
}
