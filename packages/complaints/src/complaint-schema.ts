import * as z from "zod";
import { findCategory } from "./taxonomy";

/**
 * Marks a field as confidential (检举控告工作规则 art. 47; 信访工作条例 arts. 30, 46(5)): `"identity"` for the
 * complainant's identity, `"content"` for the content of the complaint. The mark travels into the JSON Schema as the
 * extension keyword `x-confidential`, and {@link redact} removes every marked field from the views that may not see it.
 */
export type ConfidentialityLevel = "identity" | "content";

const identity = { "x-confidential": "identity" } as const;
const content = { "x-confidential": "content" } as const;

/** The channels a complaint arrives by (信访工作条例 art. 17, plus the boxes and SMS of inspection announcements). */
export const CHANNELS = ["letter", "phone", "visit", "email", "online", "sms", "suggestion-box"] as const;
/** A channel. */
export type Channel = (typeof CHANNELS)[number];
/** Chinese and English labels of the channels. */
export const CHANNEL_LABELS: Readonly<Record<Channel, { zh: string; en: string }>> = {
  letter: { zh: "来信", en: "Letter" },
  phone: { zh: "来电", en: "Phone call" },
  visit: { zh: "来访", en: "Visit" },
  email: { zh: "电子邮件", en: "E-mail" },
  online: { zh: "网络平台", en: "Online platform" },
  sms: { zh: "短信", en: "SMS" },
  "suggestion-box": { zh: "意见箱", en: "Suggestion box" },
};

/** Rank levels of a subject (级别), as on the 12388 form. */
export const RANK_LEVELS = [
  "provincial-ministerial",
  "department-bureau",
  "county-division",
  "township-section",
  "general-cadre",
  "other",
] as const;
/** A rank level. */
export type RankLevel = (typeof RANK_LEVELS)[number];
/** Chinese and English labels of the rank levels. */
export const RANK_LEVEL_LABELS: Readonly<Record<RankLevel, { zh: string; en: string }>> = {
  "provincial-ministerial": { zh: "省部级", en: "Provincial/ministerial" },
  "department-bureau": { zh: "厅局级", en: "Department/bureau" },
  "county-division": { zh: "县处级", en: "County/division" },
  "township-section": { zh: "乡科级", en: "Township/section" },
  "general-cadre": { zh: "一般干部", en: "General cadre" },
  other: { zh: "其他", en: "Other" },
};

/** The role of a subject relative to the inspected organization (the acceptance scope's vocabulary). */
export const SUBJECT_ROLES = ["leadership-team", "next-level-principal", "key-post", "other"] as const;
/** A subject's role. */
export type SubjectRoleCode = (typeof SUBJECT_ROLES)[number];
/** Chinese and English labels of the subject roles. */
export const SUBJECT_ROLE_LABELS: Readonly<Record<SubjectRoleCode, { zh: string; en: string }>> = {
  "leadership-team": { zh: "领导班子及其成员", en: "Leadership team member" },
  "next-level-principal": { zh: "下一级党组织主要负责人", en: "Next-level principal leader" },
  "key-post": { zh: "重点岗位人员", en: "Key-post staff" },
  other: { zh: "其他人员", en: "Other" },
};

const text = (max: number) => z.string().trim().min(1).max(max);

/** Channel of a complaint. */
export const channelSchema = z
  .enum(CHANNELS)
  .meta({ id: "Channel", description: "来信/来电/来访/邮件/网络/短信/意见箱" });

/** An anonymous complainant (匿名): no identity is recorded. */
export const anonymousComplainantSchema = z.object({ kind: z.literal("anonymous") }).strict();

/** A named complainant (实名): every identity field is confidential. */
export const namedComplainantSchema = z
  .object({
    kind: z.literal("named"),
    name: text(100).meta(identity),
    contact: text(100).optional().meta(identity),
    idNumber: z
      .string()
      .regex(/^\d{17}[\dXx]$/)
      .optional()
      .meta(identity),
    address: text(300).optional().meta(identity),
    unit: text(200).optional().meta(identity),
    verified: z
      .boolean()
      .optional()
      .meta({ description: "Identity checked by phone or in person (检举控告规则 art. 24)" }),
  })
  .strict();

/** The complainant: named or anonymous. */
export const complainantSchema = z
  .discriminatedUnion("kind", [anonymousComplainantSchema, namedComplainantSchema])
  .meta({ id: "Complainant" });

/** A person complained about (被反映人). */
export const subjectSchema = z
  .object({
    name: text(100).optional().meta(content),
    unit: text(200).optional().meta(content),
    position: text(200).optional().meta(content),
    rankLevel: z.enum(RANK_LEVELS).optional(),
    politicalStatus: z.enum(["party-member", "non-member", "unknown"]).optional(),
    role: z.enum(SUBJECT_ROLES),
    isHeadOfReceivingBody: z.boolean().optional().meta({
      description: "The subject heads the body receiving the complaint: it goes to the level above (art. 15)",
    }),
  })
  .strict()
  .meta({ id: "Subject" });

/** Metadata of an attachment (the file itself is stored elsewhere). */
export const attachmentSchema = z
  .object({
    name: text(255).meta(content),
    mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
    size: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict()
  .meta({ id: "Attachment" });

const categoryCode = z.string().refine((code) => findCategory(code) !== undefined, {
  message: "category: expected a code of the taxonomy",
  params: { key: "unknown-category" },
});

/** How a complaint is categorized: one primary leaf, optional secondary codes, the taxonomy version, who set it. */
export const categorizationSchema = z
  .object({
    primary: categoryCode,
    secondary: z.array(categoryCode).max(10).optional(),
    taxonomyVersion: z.string().min(1),
    setBy: z.enum(["staff", "suggestion"]),
  })
  .strict()
  .meta({ id: "Categorization" });

/** Where a complaint is sent (routing destinations). */
export const DESTINATIONS = [
  "inspection-team",
  "discipline-commission",
  "higher-discipline-commission",
  "organization-department",
  "petition-bureau",
  "court",
  "procuratorate",
  "public-security",
  "arbitration-body",
  "administrative-review-body",
  "inspected-unit",
  "competent-department",
] as const;
/** A routing destination. */
export type Destination = (typeof DESTINATIONS)[number];

/** What was decided about a complaint. */
export const dispositionSchema = z
  .object({
    status: z.enum(["registered", "accepted", "referred", "handed-over", "closed"]),
    decidedAt: z.iso.datetime({ offset: true }),
    destination: z.enum(DESTINATIONS).optional(),
    closedAt: z.iso.datetime({ offset: true }).optional(),
    reason: z.string().max(2000).optional().meta(content),
  })
  .strict()
  .meta({ id: "Disposition" });

/** A complaint (信访举报件) as received by an inspection team. Instants are ISO strings with an offset. */
export const complaintSchema = z
  .object({
    id: z.string().regex(/^[\w.:-]{1,64}$/),
    receivedAt: z.iso.datetime({ offset: true }),
    postmarkDate: z.iso.date().optional().meta({ description: "Postmark of a letter: letters are judged by it" }),
    channel: channelSchema,
    roundId: z.string().min(1).optional(),
    teamNumber: z.number().int().positive().optional(),
    targetId: z.string().min(1).optional(),
    complainant: complainantSchema,
    isRepeat: z.boolean(),
    repeatOf: z.string().optional(),
    subjects: z.array(subjectSchema).max(50),
    content: text(200_000).meta(content),
    attachments: z.array(attachmentSchema).max(100).optional(),
    categorization: categorizationSchema.optional(),
    disposition: dispositionSchema.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.repeatOf !== undefined && !c.isRepeat)
      ctx.addIssue({
        code: "custom",
        path: ["repeatOf"],
        message: "repeatOf: only for a repeat (isRepeat: true)",
        params: { key: "repeat-of-without-repeat" },
      });
    if (c.postmarkDate !== undefined && c.channel !== "letter")
      ctx.addIssue({
        code: "custom",
        path: ["postmarkDate"],
        message: "postmarkDate: only letters have a postmark",
        params: { key: "postmark-not-letter" },
      });
  })
  .meta({ id: "Complaint", title: "信访举报件 / Complaint" });

/** A complaint (the output of {@link complaintSchema}). */
export type Complaint = z.infer<typeof complaintSchema>;
/** A complaint before validation (the input of {@link complaintSchema}). */
export type ComplaintInput = z.input<typeof complaintSchema>;
/** A complainant. */
export type Complainant = z.infer<typeof complainantSchema>;
/** A subject complained about. */
export type Subject = z.infer<typeof subjectSchema>;
/** Attachment metadata. */
export type Attachment = z.infer<typeof attachmentSchema>;
/** A categorization. */
export type Categorization = z.infer<typeof categorizationSchema>;
/** A disposition. */
export type Disposition = z.infer<typeof dispositionSchema>;
