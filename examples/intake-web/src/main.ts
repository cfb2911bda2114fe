// The intake page: a complaint form built on @xunshi/complaints, a status strip from the round's office hours, the
// deadlines after submission, and statistics charts. The page reads the clock here (the libraries never do).
import { CalendarError, countWorkingDays } from "@xunshi/calendar";
import {
  assessScope,
  CHANNEL_LABELS,
  CHANNELS,
  type Complaint,
  type ComplaintIssue,
  deadlinesFor,
  findCategory,
  getTaxonomy,
  RANK_LEVEL_LABELS,
  RANK_LEVELS,
  type ScopeAssessment,
  SUBJECT_ROLE_LABELS,
  SUBJECT_ROLES,
  type SuggestCategoriesResult,
  safeParseComplaint,
  suggestCategories,
  TAXONOMY_VERSION,
  TOP_LEVEL_CODES,
} from "@xunshi/complaints";
import { isAcceptingAt } from "@xunshi/domain";
import { barChartSvg } from "./bar-chart";
import { beijingDate, formatBeijing, fromBeijingInputValue, pinnedNow, toBeijingInputValue } from "./beijing-time";
import { applyLang, h, tx } from "./dom";
import { friendlyMessage } from "./friendly-message";
import { splitByEvidence } from "./highlight";
import { type Lang, type TextKey, t } from "./i18n";
import { SHANXI_2024_ROUND_6 as ROUND } from "./round";
import { deskStatistics } from "./statistics";
import { createLocalStore, createServiceStore, type DeskStore, isServiceUp, ServiceProblemError } from "./store";
import "./style.css";

// ── State ──
let lang: Lang = "zh";
const clock = pinnedNow(location.search, Date.now());
const nowMs = (): number => (clock.pinned ? clock.epochMs : Date.now());
const nowIso = (): string => `${toBeijingInputValue(nowMs())}:00+08:00`;
let store: DeskStore = createLocalStore(localStorage);
/** A fresh complaint id (also the idempotency key of the submission); works outside secure contexts too. */
function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
let draftId = newId();
let submitted = false;
const touched = new Set<string>();
const fieldLang = new Map<string, Lang>();
let issues: { zh: Map<string, string>; en: Map<string, string> } = { zh: new Map(), en: new Map() };
let suggestion: SuggestCategoriesResult | undefined;
let chosen: { code: string; setBy: "suggestion" | "staff" } | undefined;
interface SubjectDraft {
  name: string;
  unit: string;
  position: string;
  rankLevel: string;
  role: string;
}
let subjects: SubjectDraft[] = [];
const label = (l: { zh: string; en: string }): string => l[lang];
const colon = (): string => (lang === "zh" ? "：" : ": ");

// ── Controls ──
const app = document.getElementById("app") as HTMLElement;
const fields = new Map<string, { control: HTMLElement; box: HTMLElement; name: () => string }>();

function errorBox(path: string): HTMLElement {
  return h("div", { class: "field-error", id: `err-${path.replaceAll(".", "-")}`, hidden: true });
}

/** A labelled control with its error box; registers the control under its schema path. */
function field(
  path: string,
  labelKey: TextKey,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  opts: { confidential?: boolean; hint?: TextKey; prefix?: () => string } = {},
): HTMLElement {
  const id = `f-${path.replaceAll(".", "-")}`;
  control.id = id;
  control.dataset.path = path;
  const box = errorBox(path);
  const hintId = opts.hint ? `${id}-hint` : undefined;
  control.setAttribute("aria-describedby", [hintId, box.id].filter(Boolean).join(" "));
  const prefix = opts.prefix;
  fields.set(path, { control, box, name: () => `${prefix ? `${prefix()} · ` : ""}${t(labelKey, lang)}` });
  const markTouched = () => {
    touched.add(path);
    refresh();
  };
  control.addEventListener("blur", markTouched);
  control.addEventListener("change", markTouched);
  const wrap = h(
    "div",
    { class: opts.confidential ? "field confidential" : "field" },
    h(
      "label",
      { for: id },
      tx(labelKey, lang),
      opts.confidential ? h("span", { class: "badge" }, tx("confidential", lang)) : null,
    ),
    control,
    hintId && opts.hint ? h("p", { class: "hint", id: hintId }, tx(opts.hint, lang)) : null,
    box,
  );
  return wrap;
}

function select(options: { value: string; text: string }[], value = ""): HTMLSelectElement {
  const s = h("select");
  for (const o of options) s.append(h("option", { value: o.value, selected: o.value === value }, o.text));
  return s;
}

const channel = select([]);
const receivedAt = h("input", { type: "datetime-local", step: 60 });
receivedAt.value = toBeijingInputValue(nowMs());
const postmarkDate = h("input", { type: "date" });
const team = select([]);
const isRepeat = h("input", { type: "checkbox", id: "f-isRepeat" });
const kindNamed = h("input", { type: "radio", name: "kind", value: "named", id: "kind-named" });
const kindAnonymous = h("input", {
  type: "radio",
  name: "kind",
  value: "anonymous",
  id: "kind-anonymous",
  checked: true,
});
const named = {
  name: h("input", { type: "text", autocomplete: "off" }),
  contact: h("input", { type: "text", autocomplete: "off" }),
  idNumber: h("input", { type: "text", autocomplete: "off", inputmode: "numeric" }),
  address: h("input", { type: "text", autocomplete: "off" }),
  unit: h("input", { type: "text", autocomplete: "off" }),
};
const content = h("textarea", { rows: 6 });
const otherCategory = select([]);

function fillSelects(): void {
  const keepChannel = channel.value || "phone";
  channel.replaceChildren(
    ...CHANNELS.map((c) => h("option", { value: c, selected: c === keepChannel }, label(CHANNEL_LABELS[c]))),
  );
  const keepTeam = team.value;
  team.replaceChildren(
    h("option", { value: "" }, t("noTeam", lang)),
    ...ROUND.teams.map((x) =>
      h("option", { value: String(x.number), selected: String(x.number) === keepTeam }, x[lang]),
    ),
  );
  const keepOther = otherCategory.value;
  const nodes = getTaxonomy().nodes.filter((n) => n.active);
  otherCategory.replaceChildren(
    h("option", { value: "" }, t("keepSuggestion", lang)),
    ...TOP_LEVEL_CODES.map((top) => {
      const group = h("optgroup", { label: findCategory(top)?.label[lang] ?? top });
      for (const n of nodes.filter((x) => x.code === top || x.parent === top))
        group.append(h("option", { value: n.code, selected: n.code === keepOther }, n.label[lang]));
      return group;
    }),
  );
}

const namedFields = h(
  "div",
  { class: "named-fields", id: "named-fields" },
  h("p", { class: "confidential-note" }, tx("confidentialNote", lang)),
  field("complainant.name", "name", named.name, { confidential: true }),
  field("complainant.contact", "contact", named.contact, { confidential: true }),
  field("complainant.idNumber", "idNumber", named.idNumber, { confidential: true }),
  field("complainant.address", "address", named.address, { confidential: true }),
  field("complainant.unit", "unit", named.unit, { confidential: true }),
);
const postmarkField = field("postmarkDate", "postmarkDate", postmarkDate);
const subjectsBox = h("div", { id: "subjects" });
const evidenceBox = h("div", { class: "evidence", id: "evidence", "aria-labelledby": "evidence-heading" });
const suggestionsBox = h("div", { id: "suggestions" });
const scopeBox = h("div", { id: "scope", "aria-live": "polite" });
const summaryBox = h("div", { class: "error-summary", id: "error-summary", tabindex: -1, role: "alert", hidden: true });
const resultBox = h("section", { id: "result", "aria-labelledby": "result-heading", hidden: true });
const statusBox = h("div", { id: "status-strip", class: "status-strip", role: "status" });
const statsBox = h("div", { id: "stats-charts" });
const modeText = h("span", { id: "mode-text" });
const serviceUrl = h("input", { type: "text", id: "service-url", autocomplete: "off" });
const serviceToken = h("input", { type: "password", id: "service-token", autocomplete: "off" });
const connectMessage = h("p", { id: "connect-message", role: "status" });
const langButton = h("button", { type: "button", id: "lang-switch", lang: "en" });

// ── Draft and validation ──
function complainantDraft(): Record<string, unknown> {
  if (kindAnonymous.checked) return { kind: "anonymous" };
  const out: Record<string, unknown> = { kind: "named", name: named.name.value };
  for (const key of ["contact", "idNumber", "address", "unit"] as const) {
    const v = named[key].value.trim();
    if (v !== "") out[key] = v;
  }
  return out;
}

function subjectsDraft(): Record<string, unknown>[] {
  return subjects.map((s) => {
    const out: Record<string, unknown> = {};
    for (const key of ["name", "unit", "position"] as const) if (s[key].trim() !== "") out[key] = s[key].trim();
    if (s.rankLevel) out.rankLevel = s.rankLevel;
    if (s.role) out.role = s.role;
    return out;
  });
}

function draft(): Record<string, unknown> {
  const d: Record<string, unknown> = {
    id: draftId,
    receivedAt: fromBeijingInputValue(receivedAt.value),
    channel: channel.value,
    roundId: ROUND.id,
    complainant: complainantDraft(),
    isRepeat: isRepeat.checked,
    subjects: subjectsDraft(),
    content: content.value,
  };
  if (team.value) d.teamNumber = Number(team.value);
  if (channel.value === "letter" && postmarkDate.value) d.postmarkDate = postmarkDate.value;
  if (chosen) d.categorization = { primary: chosen.code, taxonomyVersion: TAXONOMY_VERSION, setBy: chosen.setBy };
  return d;
}

function byPath(list: readonly ComplaintIssue[], messageLang: Lang): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of list) {
    const key = issue.path.map(String).join(".");
    if (!map.has(key)) map.set(key, friendlyMessage(issue, messageLang));
  }
  return map;
}

function validate(): Complaint | undefined {
  const d = draft();
  const zh = safeParseComplaint(d, { locale: "zh" });
  if (zh.success) {
    issues = { zh: new Map(), en: new Map() };
    return zh.data;
  }
  const en = safeParseComplaint(d, { locale: "en" });
  issues = { zh: byPath(zh.error.issues, "zh"), en: en.success ? new Map() : byPath(en.error.issues, "en") };
  return undefined;
}

function renderErrors(): void {
  for (const [path, { control, box }] of fields) {
    const show = submitted || touched.has(path);
    const own = fieldLang.get(path) ?? lang;
    const message = issues[own].get(path);
    if (!show || message === undefined) {
      box.hidden = true;
      box.replaceChildren();
      control.removeAttribute("aria-invalid");
      continue;
    }
    control.setAttribute("aria-invalid", "true");
    const other: Lang = own === "zh" ? "en" : "zh";
    const toggle = h(
      "button",
      {
        type: "button",
        class: "msg-lang",
        "aria-label": `${t(other === "en" ? "showEn" : "showZh", lang)}${colon()}${t(other === "en" ? "showEnLabel" : "showZhLabel", lang)}`,
        lang: other === "en" ? "en" : "zh-CN",
      },
      t(other === "en" ? "showEn" : "showZh", lang),
    );
    toggle.addEventListener("click", () => {
      fieldLang.set(path, other);
      renderErrors();
      (fields.get(path)?.box.querySelector("button") as HTMLButtonElement | null)?.focus();
    });
    box.hidden = false;
    box.replaceChildren(h("span", { class: "msg", lang: own === "en" ? "en" : "zh-CN" }, "⚠ ", message), toggle);
  }
}

// ── Suggestions, evidence and scope ──
function categoryName(code: string): string {
  const node = findCategory(code);
  if (!node) return code;
  const parent = node.parent ? findCategory(node.parent) : undefined;
  return parent ? `${parent.label[lang]} › ${node.label[lang]}` : node.label[lang];
}

let renderedSuggestions = "";

function renderSuggestions(): void {
  const text = content.value;
  const key = `${lang}\u0000${text}`;
  if (key === renderedSuggestions) {
    // Same text: only keep the radios in step with the clerk's choice (re-rendering would steal the focus).
    for (const radio of suggestionsBox.querySelectorAll<HTMLInputElement>("input[type=radio]"))
      radio.checked = radio.value === chosen?.code;
    return;
  }
  renderedSuggestions = key;
  if (text.trim() === "") {
    suggestion = undefined;
    if (chosen?.setBy === "suggestion") chosen = undefined;
  } else {
    suggestion = suggestCategories(text, { limit: 4 });
    const top = suggestion.suggestions[0];
    if (top && chosen?.setBy !== "staff") chosen = { code: top.code, setBy: "suggestion" };
  }
  // Evidence, highlighted in the text.
  const spans = suggestion?.suggestions.flatMap((s) => s.evidence) ?? [];
  evidenceBox.replaceChildren(
    ...splitByEvidence(text, spans).map((piece) =>
      piece.codes.length === 0
        ? document.createTextNode(piece.text)
        : h(
            "mark",
            { "data-codes": piece.codes.join(" "), title: piece.codes.map(categoryName).join("; ") },
            piece.text,
          ),
    ),
  );
  // The suggestions, as a radio group the clerk confirms or changes.
  if (!suggestion) {
    suggestionsBox.replaceChildren(h("p", { class: "muted" }, t("suggestionsEmpty", lang)));
    return;
  }
  const group = h("fieldset", { class: "suggestions" }, h("legend", {}, t("category", lang)));
  suggestion.suggestions.forEach((s, i) => {
    const id = `sugg-${i}`;
    const radio = h("input", {
      type: "radio",
      name: "category",
      id,
      value: s.code,
      checked: chosen?.code === s.code,
      "data-path": i === 0 ? "categorization.primary" : undefined,
    });
    radio.addEventListener("change", () => {
      chosen = { code: s.code, setBy: "staff" };
      otherCategory.value = "";
      refresh();
    });
    const terms = [...new Set(s.evidence.map((e) => e.text))];
    group.append(
      h(
        "div",
        { class: s.inScope ? "suggestion" : "suggestion out" },
        radio,
        h(
          "label",
          { for: id },
          h("strong", {}, categoryName(s.code)),
          ` · ${t("score", lang)} ${Math.round(s.score * 100)}%`,
          terms.length > 0
            ? h("span", { class: "terms" }, ` · ${t("evidence", lang)}${colon()}${terms.join("、")}`)
            : null,
        ),
      ),
    );
  });
  suggestionsBox.replaceChildren(group);
}

function renderScope(): void {
  const d = draft();
  // Scope does not depend on the complainant; subjects without a role yet are left out of the probe.
  const probe = safeParseComplaint({
    ...d,
    complainant: { kind: "anonymous" },
    subjects: subjectsDraft().filter((s) => s.role !== undefined),
  });
  if (!probe.success || content.value.trim() === "") {
    scopeBox.replaceChildren();
    return;
  }
  let scope: ScopeAssessment;
  try {
    scope = assessScope(probe.data, ROUND.acceptance, chosen ? { category: chosen.code } : {});
  } catch (error) {
    scopeBox.replaceChildren(
      h("p", {}, CalendarError.isInstance(error) ? t("calendarNotCovered", lang) : String(error)),
    );
    return;
  }
  scopeBox.replaceChildren(
    h(
      "div",
      { class: scope.inScope ? "scope in" : "scope out" },
      h("p", { class: "scope-verdict" }, h("strong", {}, t(scope.inScope ? "inScope" : "outOfScope", lang))),
      h("p", {}, `${t("destination", lang)}${colon()}${scope.destination[lang]}`),
      h("ul", {}, ...scope.reasons.map((r) => h("li", { "data-code": r.code }, r[lang]))),
    ),
  );
}

// ── Subjects ──
function renderSubjects(): void {
  for (const key of [...fields.keys()]) if (key.startsWith("subjects.")) fields.delete(key);
  subjectsBox.replaceChildren(
    ...subjects.map((s, i) => {
      const input = (key: "name" | "unit" | "position") => {
        const el = h("input", { type: "text", autocomplete: "off" });
        el.value = s[key];
        el.addEventListener("input", () => {
          s[key] = el.value;
          refresh();
        });
        return el;
      };
      const rank = select(
        [
          { value: "", text: t("choose", lang) },
          ...RANK_LEVELS.map((r) => ({ value: r, text: label(RANK_LEVEL_LABELS[r]) })),
        ],
        s.rankLevel,
      );
      rank.addEventListener("change", () => {
        s.rankLevel = rank.value;
      });
      const role = select(
        [
          { value: "", text: t("choose", lang) },
          ...SUBJECT_ROLES.map((r) => ({ value: r, text: label(SUBJECT_ROLE_LABELS[r]) })),
        ],
        s.role,
      );
      role.addEventListener("change", () => {
        s.role = role.value;
      });
      const remove = h(
        "button",
        { type: "button", class: "secondary" },
        `${t("removeSubject", lang)} ${t("subject", lang)} ${i + 1}`,
      );
      remove.addEventListener("click", () => {
        subjects.splice(i, 1);
        renderSubjects();
        refresh();
        addSubject.focus();
      });
      const prefix = () => `${t("subject", lang)} ${i + 1}`;
      return h(
        "fieldset",
        { class: "subject" },
        h("legend", {}, `${t("subject", lang)} ${i + 1}`),
        h(
          "div",
          { class: "grid" },
          field(`subjects.${i}.name`, "subjectName", input("name"), { prefix }),
          field(`subjects.${i}.unit`, "subjectUnit", input("unit"), { prefix }),
          field(`subjects.${i}.position`, "subjectPosition", input("position"), { prefix }),
          field(`subjects.${i}.rankLevel`, "subjectRank", rank, { prefix }),
          field(`subjects.${i}.role`, "subjectRole", role, { prefix }),
        ),
        remove,
      );
    }),
  );
}
const addSubject = h("button", { type: "button", class: "secondary", id: "add-subject" }, tx("addSubject", lang));
addSubject.addEventListener("click", () => {
  subjects.push({ name: "", unit: "", position: "", rankLevel: "", role: "" });
  renderSubjects();
  const inputs = subjectsBox.querySelectorAll<HTMLInputElement>("fieldset:last-child input");
  inputs[0]?.focus();
});

// ── Status strip ──
function describeHours(): string {
  const { officeHours } = ROUND.acceptance;
  const days = t(officeHours.days === "working-days" ? "workingDays" : "everyDay", lang);
  const spans = officeHours.segments.map((x) => `${x.start}–${x.end}`).join(lang === "zh" ? "，" : ", ");
  return `${days} ${spans}${ROUND.hoursAssumed ? ` ${t("assumed", lang)}` : ""}`;
}

function renderStatus(): void {
  const now = nowMs();
  const iso = nowIso();
  const today = beijingDate(now);
  const { start, cutoff } = ROUND.acceptance;
  const parts: HTMLElement[] = [];
  const clockText = `${formatBeijing(iso)} ${t("beijingTime", lang)}${clock.pinned ? ` ${t("clockPinned", lang)}` : ""}`;
  try {
    // The round's own answer (window, office hours, working-day calendar), with the next opening inside the window.
    const status = isAcceptingAt(ROUND.round, iso);
    parts.push(
      h(
        "p",
        { class: status.accepting ? "pill open" : "pill closed", id: "open-now", "data-code": status.code },
        `${status.accepting ? "●" : "○"} ${t(status.accepting ? "openNow" : "closedNow", lang)}`,
      ),
    );
    if (status.nextOpening)
      parts.push(
        h("p", { id: "next-opening" }, `${t("nextOpening", lang)}${colon()}${formatBeijing(status.nextOpening)}`),
      );
    if (today > cutoff) parts.push(h("p", { id: "days-left" }, `${t("acceptanceClosed", lang)}（${cutoff}）`));
    else if (today < start) parts.push(h("p", { id: "days-left" }, `${t("acceptanceNotStarted", lang)}（${start}）`));
    else {
      const days = Math.round((Date.parse(`${cutoff}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000) + 1;
      const working = countWorkingDays(today, cutoff);
      parts.push(
        h(
          "p",
          { id: "days-left" },
          lang === "zh"
            ? `${t("daysLeft", lang)}（${cutoff}）：还有 ${days} 天，其中 ${working} 个工作日（含今天）`
            : `${t("daysLeft", lang)} (${cutoff}): ${days} days left, ${working} of them working days (today included)`,
        ),
      );
    }
  } catch (error) {
    if (!CalendarError.isInstance(error)) throw error;
    parts.push(h("p", {}, t("calendarNotCovered", lang)));
  }
  statusBox.replaceChildren(
    h("h2", { class: "visually-hidden" }, t("statusHeading", lang)),
    h("p", { class: "round" }, h("strong", {}, ROUND.name[lang]), ` · ${clockText}`),
    ...parts,
    h("p", { class: "muted" }, `${t("officeHours", lang)}${colon()}${describeHours()}`),
  );
}

// ── Statistics ──
function renderStats(): void {
  const stats = deskStatistics(store.statistics(), lang, {
    uncategorized: t("uncategorized", lang),
    unassigned: t("unassigned", lang),
    team: (n) => (lang === "zh" ? `第${n}组` : `Team ${n}`),
  });
  if (stats.total === 0) {
    statsBox.replaceChildren(h("p", { class: "muted" }, t("noData", lang)));
    return;
  }
  const chart = (key: "byCategory" | "byTeam", id: string) => {
    const bars = stats[key];
    const figure = h("figure", { class: "chart" });
    figure.innerHTML = barChartSvg(bars, { title: t(key, lang), id });
    figure.append(
      h(
        "details",
        {},
        h("summary", {}, t("tableCaption", lang)),
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h("tr", {}, h("th", { scope: "col" }, t(key, lang)), h("th", { scope: "col" }, t("count", lang))),
          ),
          h(
            "tbody",
            {},
            ...bars.map((b) => h("tr", {}, h("th", { scope: "row" }, b.label), h("td", {}, String(b.value)))),
          ),
        ),
      ),
    );
    return h("div", { class: "chart-box" }, h("h3", {}, t(key, lang)), figure);
  };
  statsBox.replaceChildren(
    h("p", {}, `${t("total", lang)}${colon()}${stats.total}`),
    h("div", { class: "charts" }, chart("byCategory", "chart-category"), chart("byTeam", "chart-team")),
  );
}

// ── Submission ──
let lastResult: { complaint: Complaint; scope: ScopeAssessment; id: string; where: "local" | "service" } | undefined;

function renderResult(): void {
  if (!lastResult) {
    resultBox.hidden = true;
    return;
  }
  const { complaint, scope, id, where } = lastResult;
  const decidedAt = nowIso();
  const disposition = scope.inScope
    ? { status: "accepted" as const, decidedAt }
    : { status: "referred" as const, decidedAt, destination: scope.destination.code };
  let deadlines: HTMLElement;
  try {
    const clocks = deadlinesFor(complaint, disposition);
    deadlines =
      clocks.length === 0
        ? h("p", { class: "muted" }, t("noDeadlines", lang))
        : h(
            "ol",
            { class: "deadlines" },
            ...clocks.map((c) =>
              h(
                "li",
                { "data-rule": c.ruleId },
                h(
                  "p",
                  {},
                  h("strong", {}, c.rule.title[lang]),
                  " · ",
                  `${t("due", lang)} `,
                  h("time", { datetime: c.deadline.dueDate }, c.deadline.dueDate),
                ),
                h("p", {}, c.because[lang]),
                h("p", { class: "explanation" }, c.deadline.explanation[lang]),
                h(
                  "p",
                  { class: "muted" },
                  `${c.rule.source.document}${c.rule.source.article ? ` ${c.rule.source.article}` : ""}`,
                ),
              ),
            ),
          );
  } catch (error) {
    if (!CalendarError.isInstance(error)) throw error;
    deadlines = h("p", {}, t("calendarNotCovered", lang));
  }
  const next = h("button", { type: "button", id: "new-complaint" }, t("newComplaint", lang));
  next.addEventListener("click", resetForm);
  resultBox.hidden = false;
  resultBox.replaceChildren(
    h("h2", { id: "result-heading", tabindex: -1 }, t("resultHeading", lang)),
    h(
      "p",
      {},
      `${t("resultId", lang)}${colon()}`,
      h("code", {}, id),
      ` · ${t(where === "local" ? "storedLocal" : "storedService", lang)}`,
    ),
    h(
      "p",
      {},
      `${t(scope.inScope ? "inScope" : "outOfScope", lang)} · ${t("destination", lang)}${colon()}${scope.destination[lang]}`,
    ),
    h("h3", {}, t("deadlinesHeading", lang)),
    deadlines,
    next,
  );
}

function renderSummary(extra: readonly string[] = []): void {
  const own = issues[lang];
  if (!submitted || (own.size === 0 && extra.length === 0)) {
    summaryBox.hidden = true;
    summaryBox.replaceChildren();
    return;
  }
  const items = [...own.entries()].map(([path, message]) => {
    const target = fields.get(path);
    const text = `${target ? target.name() : path}${colon()}${message}`;
    return h("li", {}, target ? h("a", { href: `#${target.control.id}` }, text) : text);
  });
  summaryBox.hidden = false;
  summaryBox.replaceChildren(
    h("p", {}, t("errorSummary", lang)),
    h("ul", {}, ...items, ...extra.map((e) => h("li", {}, e))),
  );
}

async function onSubmit(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  submitted = true;
  const complaint = validate();
  renderErrors();
  renderSummary();
  if (!complaint) {
    summaryBox.focus();
    return;
  }
  const scope = assessScope(complaint, ROUND.acceptance);
  try {
    const outcome = await store.submit(complaint, lang);
    lastResult = { complaint, scope, id: outcome.id, where: outcome.where };
  } catch (error) {
    if (!(error instanceof ServiceProblemError)) throw error;
    renderSummary([
      `${t("submitFailed", lang)} (${error.status})`,
      ...error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`),
    ]);
    summaryBox.focus();
    return;
  }
  renderResult();
  renderStats();
  (document.getElementById("result-heading") as HTMLElement).focus();
}

function resetForm(): void {
  form.reset();
  draftId = newId();
  submitted = false;
  touched.clear();
  fieldLang.clear();
  chosen = undefined;
  subjects = [];
  lastResult = undefined;
  receivedAt.value = toBeijingInputValue(nowMs());
  renderSubjects();
  refresh();
  renderResult();
  channel.focus();
}

// ── Layout ──
const form = h(
  "form",
  { id: "intake-form", novalidate: true, "aria-labelledby": "form-heading" },
  h("h2", { id: "form-heading" }, tx("formHeading", lang)),
  summaryBox,
  h(
    "fieldset",
    {},
    h("legend", {}, tx("sourceLegend", lang)),
    h(
      "div",
      { class: "grid" },
      field("channel", "channel", channel),
      field("receivedAt", "receivedAt", receivedAt),
      postmarkField,
      field("teamNumber", "team", team),
    ),
    h("div", { class: "check" }, isRepeat, h("label", { for: "f-isRepeat" }, tx("isRepeat", lang))),
  ),
  h(
    "fieldset",
    { class: "complainant" },
    h("legend", {}, tx("complainantLegend", lang)),
    h(
      "div",
      { class: "radios" },
      h("span", { class: "check" }, kindAnonymous, h("label", { for: "kind-anonymous" }, tx("anonymous", lang))),
      h("span", { class: "check" }, kindNamed, h("label", { for: "kind-named" }, tx("named", lang))),
    ),
    namedFields,
  ),
  h("fieldset", {}, h("legend", {}, tx("subjectsLegend", lang)), subjectsBox, addSubject),
  h(
    "fieldset",
    {},
    h("legend", {}, tx("contentLegend", lang)),
    field("content", "content", content),
    h("h3", { id: "evidence-heading" }, tx("evidenceHeading", lang)),
    evidenceBox,
    h("h3", {}, tx("suggestionsHeading", lang)),
    suggestionsBox,
    field("categorization.primary", "otherCategory", otherCategory),
    h("h3", {}, tx("scopeHeading", lang)),
    scopeBox,
  ),
  h("button", { type: "submit", id: "submit" }, tx("submit", lang)),
);

const connectionForm = h(
  "form",
  { id: "connection-form" },
  h(
    "div",
    { class: "field" },
    h("label", { for: "service-url" }, tx("serviceUrl", lang)),
    serviceUrl,
    h("p", { class: "hint" }, tx("serviceUrlHint", lang)),
  ),
  h("div", { class: "field" }, h("label", { for: "service-token" }, tx("serviceToken", lang)), serviceToken),
  h("button", { type: "submit", id: "connect", class: "secondary" }, tx("connect", lang)),
  connectMessage,
);
const connection = h("details", { class: "connection" }, h("summary", {}, tx("connection", lang)), connectionForm);

app.replaceChildren(
  h("a", { class: "skip", href: "#intake-form" }, tx("formHeading", lang)),
  h(
    "header",
    {},
    h("h1", {}, tx("title", lang)),
    h(
      "nav",
      { "aria-label": t("navLabel", lang), "data-t-aria": "navLabel" },
      h("a", { href: "#intake-form" }, tx("navIntake", lang)),
      h("a", { href: "#stats" }, tx("navStats", lang)),
    ),
    langButton,
  ),
  h(
    "main",
    {},
    statusBox,
    h("p", { class: "mode" }, modeText),
    connection,
    form,
    resultBox,
    h(
      "section",
      { id: "stats", "aria-labelledby": "stats-heading" },
      h("h2", { id: "stats-heading" }, tx("statsHeading", lang)),
      statsBox,
    ),
  ),
);

// ── Behaviour ──
function refresh(): void {
  namedFields.hidden = !kindNamed.checked;
  postmarkField.hidden = channel.value !== "letter";
  renderSuggestions();
  validate();
  renderErrors();
  renderSummary();
  renderScope();
}

function renderMode(): void {
  modeText.textContent = t(store.mode === "local" ? "modeLocal" : "modeService", lang);
  modeText.dataset.mode = store.mode;
}

function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = t("title", lang);
  langButton.textContent = t("switchLang", lang);
  // The accessible name starts with the visible text (WCAG 2.5.3), then says what the button does.
  langButton.setAttribute("aria-label", `${t("switchLang", lang)}${colon()}${t("switchLangLabel", lang)}`);
  langButton.lang = lang === "zh" ? "en" : "zh-CN";
  applyLang(document.body, lang);
  fillSelects();
  renderSubjects();
  renderStatus();
  renderMode();
  refresh();
  renderResult();
  renderStats();
}

let suggestTimer: ReturnType<typeof setTimeout> | undefined;
content.addEventListener("input", () => {
  touched.add("content");
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(refresh, 120);
});
for (const el of [channel, receivedAt, postmarkDate, team, isRepeat, kindNamed, kindAnonymous])
  el.addEventListener("change", refresh);
for (const el of Object.values(named)) el.addEventListener("input", refresh);
otherCategory.addEventListener("change", () => {
  if (otherCategory.value) chosen = { code: otherCategory.value, setBy: "staff" };
  else if (!suggestion?.suggestions.some((s) => s.code === chosen?.code)) {
    // Back to "use the choice above": the top suggestion again, until the clerk picks one.
    const top = suggestion?.suggestions[0];
    chosen = top ? { code: top.code, setBy: "suggestion" } : undefined;
  }
  refresh();
});
form.addEventListener("submit", (event) => void onSubmit(event));
langButton.addEventListener("click", () => setLang(lang === "zh" ? "en" : "zh"));

async function connect(base: string, token: string): Promise<void> {
  if (base === "") {
    store = createLocalStore(localStorage);
  } else if (await isServiceUp(base)) {
    store = createServiceStore(base, token, ROUND.id, localStorage);
    sessionStorage.setItem("xunshi-intake/service", base);
    sessionStorage.setItem("xunshi-intake/token", token);
    connectMessage.textContent = "";
  } else {
    store = createLocalStore(localStorage);
    connectMessage.textContent = t("connectFailed", lang);
  }
  renderMode();
}
connectionForm.addEventListener("submit", (event) => {
  event.preventDefault();
  void connect(serviceUrl.value.trim(), serviceToken.value);
});

serviceUrl.value =
  new URLSearchParams(location.search).get("service") ??
  sessionStorage.getItem("xunshi-intake/service") ??
  __INTAKE_SERVICE_URL__;
serviceToken.value = sessionStorage.getItem("xunshi-intake/token") ?? "";
setLang("zh");
if (serviceUrl.value !== "") void connect(serviceUrl.value, serviceToken.value);
if (!clock.pinned) setInterval(renderStatus, 30_000);
