import { parseDate } from "@xunshi/calendar";
import * as z from "zod";
import { findCategory, KNOWN_TAXONOMY_VERSIONS } from "./taxonomy";

/**
 * Marks a field as confidential (检举控告工作规则 art. 47; 信访工作条例 arts. 30, 46(5)): `"identity"` for the
 * complainant's identity, `"content"` for the content of the complaint. The mark travels into the JSON Schema as the
 * extension keyword `x-confidential`, and {@link redact} removes every marked field from the views that may not see it.
 */
export type ConfidentialityLevel = "identity" | "content";

const identity = { "x-confidential": "identity" } as const;
const content = { "x-confidential": "content" } as const;

/**
 * The channels a complaint arrives by (信访工作条例 art. 17, plus the boxes and SMS of inspection announcements).
 *
 * @example
 * CHANNELS.includes("visit")
 * //=> true
 */
export const CHANNELS = ["letter", "phone", "visit", "email", "online", "sms", "suggestion-box"] as const;
/** A channel. */
export type Channel = (typeof CHANNELS)[number];
/**
 * Chinese and English labels of the channels.
 *
 * @example
 * CHANNEL_LABELS.visit
 * //=> { zh: "来访", en: "Visit" }
 */
export const CHANNEL_LABELS: Readonly<Record<Channel, { zh: string; en: string }>> = {
  letter: { zh: "来信", en: "Letter" },
  phone: { zh: "来电", en: "Phone call" },
  visit: { zh: "来访", en: "Visit" },
  email: { zh: "电子邮件", en: "E-mail" },
  online: { zh: "网络平台", en: "Online platform" },
  sms: { zh: "短信", en: "SMS" },
  "suggestion-box": { zh: "意见箱", en: "Suggestion box" },
};

/**
 * Rank levels of a subject (级别), as on the 12388 form, from the highest.
 *
 * @example
 * RANK_LEVELS[2]
 * //=> "county-division"
 */
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
/**
 * Chinese and English labels of the rank levels.
 *
 * @example
 * RANK_LEVEL_LABELS["county-division"].zh
 * //=> "县处级"
 */
export const RANK_LEVEL_LABELS: Readonly<Record<RankLevel, { zh: string; en: string }>> = {
  "provincial-ministerial": { zh: "省部级", en: "Provincial/ministerial" },
  "department-bureau": { zh: "厅局级", en: "Department/bureau" },
  "county-division": { zh: "县处级", en: "County/division" },
  "township-section": { zh: "乡科级", en: "Township/section" },
  "general-cadre": { zh: "一般干部", en: "General cadre" },
  other: { zh: "其他", en: "Other" },
};

/**
 * The role of a subject relative to the inspected organization (the acceptance scope's vocabulary).
 *
 * @example
 * SUBJECT_ROLES
 * //=> ["leadership-team", "next-level-principal", "key-post", "other"]
 */
export const SUBJECT_ROLES = ["leadership-team", "next-level-principal", "key-post", "other"] as const;
/** A subject's role. */
export type SubjectRoleCode = (typeof SUBJECT_ROLES)[number];
/**
 * Chinese and English labels of the subject roles.
 *
 * @example
 * SUBJECT_ROLE_LABELS["key-post"]
 * //=> { zh: "重点岗位人员", en: "Key-post staff" }
 */
export const SUBJECT_ROLE_LABELS: Readonly<Record<SubjectRoleCode, { zh: string; en: string }>> = {
  "leadership-team": { zh: "领导班子及其成员", en: "Leadership team member" },
  "next-level-principal": { zh: "下一级党组织主要负责人", en: "Next-level principal leader" },
  "key-post": { zh: "重点岗位人员", en: "Key-post staff" },
  other: { zh: "其他人员", en: "Other" },
};

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Channel of a complaint: one of {@link CHANNELS}.
 *
 * @example
 * channelSchema.safeParse("fax").success
 * //=> false
 */
export const channelSchema = z
  .enum(CHANNELS)
  .meta({ id: "Channel", description: "来信/来电/来访/邮件/网络/短信/意见箱" });

/**
 * An anonymous complainant (匿名): no identity is recorded, and no identity field is accepted.
 *
 * @example
 * anonymousComplainantSchema.safeParse({ kind: "anonymous", name: "张三" }).success
 * //=> false
 */
export const anonymousComplainantSchema = z.object({ kind: z.literal("anonymous") }).strict();

/**
 * A named complainant (实名): a name is required, and every identity field is confidential.
 *
 * @example
 * namedComplainantSchema.safeParse({ kind: "named", name: "张三", contact: "13800000000" }).success
 * //=> true
 */
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

/**
 * The complainant: named or anonymous, told apart by `kind`.
 *
 * @example
 * complainantSchema.safeParse({ kind: "anonymous" }).success
 * //=> true
 */
export const complainantSchema = z
  .discriminatedUnion("kind", [anonymousComplainantSchema, namedComplainantSchema])
  .meta({ id: "Complainant" });

/**
 * A person complained about (被反映人): only the role is required.
 *
 * @example
 * subjectSchema.safeParse({ name: "李某", position: "局长", role: "leadership-team" }).success
 * //=> true
 */
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

/**
 * Metadata of an attachment (the file itself is stored elsewhere).
 *
 * @example
 * attachmentSchema.safeParse({ name: "photo.jpg", mediaType: "image/jpeg", size: 20480, sha256: "a".repeat(64) }).success
 * //=> true
 */
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

/**
 * How a complaint is categorized: one primary leaf, optional secondary codes, the taxonomy version, who set it.
 * Every code must be one of the taxonomy's.
 *
 * @example
 * categorizationSchema.safeParse({ primary: "integrity.gifts-and-money", taxonomyVersion: "2024.1", setBy: "staff" }).success
 * //=> true
 * categorizationSchema.safeParse({ primary: "no-such-code", taxonomyVersion: "2024.1", setBy: "staff" }).success
 * //=> false
 */
export const categorizationSchema = z
  .object({
    primary: categoryCode,
    secondary: z.array(categoryCode).max(10).optional(),
    // A string (not a literal union) so stored complaints keep type-checking when later versions are added.
    taxonomyVersion: z
      .string()
      .refine((version) => (KNOWN_TAXONOMY_VERSIONS as readonly string[]).includes(version), {
        message: `taxonomyVersion: expected a known taxonomy version (${KNOWN_TAXONOMY_VERSIONS.join(", ")})`,
        params: { key: "unknown-taxonomy-version" },
      })
      .meta({ description: "The taxonomy version the codes belong to; codes are checked against it" }),
    setBy: z.enum(["staff", "suggestion"]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>([c.primary]);
    for (const [index, code] of (c.secondary ?? []).entries()) {
      if (seen.has(code))
        ctx.addIssue({
          code: "custom",
          path: ["secondary", index],
          message: "secondary: each code once, and not the primary code",
          params: { key: "duplicate-category" },
        });
      seen.add(code);
    }
  })
  .meta({ id: "Categorization" });

/**
 * Where a complaint is sent (routing destinations).
 *
 * @example
 * DESTINATIONS.includes("court")
 * //=> true
 */
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

/**
 * Chinese and English names of the routing destinations.
 *
 * @example
 * DESTINATION_LABELS["petition-bureau"].zh
 * //=> "信访工作机构"
 */
export const DESTINATION_LABELS: Readonly<Record<Destination, { readonly zh: string; readonly en: string }>> = {
  "inspection-team": { zh: "巡视（巡察）组", en: "the inspection team" },
  "discipline-commission": { zh: "纪委监委信访举报部门", en: "the discipline and supervision commission" },
  "higher-discipline-commission": { zh: "上一级纪委监委", en: "the discipline commission one level up" },
  "organization-department": { zh: "党委组织部门", en: "the organization department" },
  "petition-bureau": { zh: "信访工作机构", en: "the petition (xinfang) bureau" },
  court: { zh: "人民法院", en: "the people's court" },
  procuratorate: { zh: "人民检察院", en: "the people's procuratorate" },
  "public-security": { zh: "公安机关", en: "the public security organs" },
  "arbitration-body": { zh: "仲裁机构", en: "the arbitration body" },
  "administrative-review-body": { zh: "行政复议机关", en: "the administrative review body" },
  "inspected-unit": { zh: "被巡视（巡察）单位", en: "the inspected unit" },
  "competent-department": { zh: "有关主管部门", en: "the competent department" },
};

/**
 * What was decided about a complaint. Instants are ISO strings with an offset.
 *
 * @example
 * dispositionSchema.safeParse({ status: "referred", decidedAt: "2024-10-15T10:00:00+08:00", destination: "discipline-commission" }).success
 * //=> true
 */
export const dispositionSchema = z
  .object({
    status: z.enum(["registered", "accepted", "referred", "handed-over", "closed"]),
    decidedAt: z.iso.datetime({ offset: true }),
    destination: z.enum(DESTINATIONS).optional(),
    closedAt: z.iso.datetime({ offset: true }).optional(),
    reason: z.string().max(2000).optional().meta(content),
  })
  .strict()
  .superRefine((d, ctx) => {
    if ((d.status === "referred" || d.status === "handed-over") && d.destination === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["destination"],
        message: "destination: required when the complaint is referred or handed over (there is always a destination)",
        params: { key: "referral-without-destination" },
      });
    if (d.status === "closed" && d.closedAt === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["closedAt"],
        message: "closedAt: required when the status is closed",
        params: { key: "closed-without-closed-at" },
      });
    if (d.closedAt !== undefined && Date.parse(d.closedAt) < Date.parse(d.decidedAt))
      ctx.addIssue({
        code: "custom",
        path: ["closedAt"],
        message: "closedAt: expected an instant at or after decidedAt",
        params: { key: "closed-before-decided" },
      });
  })
  .meta({ id: "Disposition" });

/**
 * A complaint (信访举报件) as received by an inspection team. Instants are ISO strings with an offset.
 * Prefer {@link parseComplaint} or {@link safeParseComplaint}, which return localized issues in a typed error.
 *
 * @example
 * complaintSchema.safeParse({ id: "c1", receivedAt: "2024-10-14T09:00:00+08:00", channel: "phone", complainant: { kind: "anonymous" }, isRepeat: false, subjects: [], content: "反映某局长收受礼金" }).success
 * //=> true
 */
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
    // The received date is the civil date in Beijing (the schema already checked the instant's format).
    if (c.postmarkDate !== undefined && c.postmarkDate > parseDate(new Date(c.receivedAt)))
      ctx.addIssue({
        code: "custom",
        path: ["postmarkDate"],
        message: "postmarkDate: expected a date on or before the day the letter was received (Beijing time)",
        params: { key: "postmark-after-receipt" },
      });
    if (c.disposition !== undefined && Date.parse(c.disposition.decidedAt) < Date.parse(c.receivedAt))
      ctx.addIssue({
        code: "custom",
        path: ["disposition", "decidedAt"],
        message: "disposition.decidedAt: expected an instant at or after receivedAt",
        params: { key: "decided-before-received" },
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
