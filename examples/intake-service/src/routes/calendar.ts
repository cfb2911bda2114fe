import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  addWorkingDays,
  CalendarError,
  computeDeadline,
  countWorkingDays,
  type DeadlinePeriod,
  getDayInfo,
  getDeadlineRule,
} from "@xunshi/calendar";
import { deadlineRuleSchema, type Round } from "@xunshi/domain";
import { requirePermission } from "../auth/access.js";
import type { AppEnv } from "../http/env.js";
import { HttpProblem, problemResponses } from "../http/problem.js";
import { validationHook } from "../http/validation-hook.js";

const isoDate = z.iso.date().meta({ description: "Civil date in China, YYYY-MM-DD", example: "2024-10-12" });

const dayInfoSchema = z
  .object({
    date: isoDate,
    weekday: z.number().int().min(1).max(7).describe("ISO weekday, 1 = Monday"),
    kind: z.string().describe("workday, weekend, holiday or makeup-workday"),
    isWorkingDay: z.boolean(),
    holiday: z.object({ key: z.string(), name: z.unknown() }).optional(),
    provisional: z.boolean().describe("true when no official notice covers the date yet"),
  })
  .meta({ id: "DayInfo" });

const security = [{ bearer: [] }];

/** Run a calendar call, turning its typed errors into a 400 problem (calendar messages carry no confidential data). */
function calendarCall<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (CalendarError.isInstance(error)) {
      throw new HttpProblem("validation_failed", 400, {
        detail: error.message,
        issues: [{ path: [], code: error.code, message: error.message }],
      });
    }
    throw error;
  }
}

/**
 * Register the calendar query routes (working day, add working days, count working days, computeDeadline).
 *
 * @param app - The app.
 * @returns Nothing.
 * @example
 * registerCalendarRoutes(app, { round })
 * //=> GET /calendar/days/{date}, /calendar/add-working-days, /calendar/count-working-days; POST /calendar/deadline
 */
export function registerCalendarRoutes(app: OpenAPIHono<AppEnv>, options: { round: Round }): void {
  const day = createRoute({
    method: "get",
    path: "/calendar/days/{date}",
    tags: ["calendar"],
    summary: "Is a date a working day? (调休-aware)",
    security,
    middleware: [requirePermission("reference:read")],
    request: { params: z.object({ date: isoDate }) },
    responses: {
      200: { description: "The day", content: { "application/json": { schema: dayInfoSchema } } },
      ...problemResponses(400, 401, 403),
    },
  });
  app.openapi(
    day,
    (c) => {
      const info = calendarCall(() => getDayInfo(c.req.valid("param").date));
      return c.json(
        {
          date: info.date,
          weekday: info.weekday,
          kind: info.kind,
          isWorkingDay: info.isWorkingDay,
          provisional: info.provisional,
          ...(info.holiday === undefined ? {} : { holiday: { key: info.holiday.key, name: info.holiday.name } }),
        },
        200,
      );
    },
    validationHook(day),
  );

  const add = createRoute({
    method: "get",
    path: "/calendar/add-working-days",
    tags: ["calendar"],
    summary: "Add (or subtract) working days to a date",
    security,
    middleware: [requirePermission("reference:read")],
    request: {
      query: z.object({
        date: isoDate,
        amount: z.coerce.number().int().min(-3660).max(3660).meta({ example: 15 }),
      }),
    },
    responses: {
      200: {
        description: "The resulting date",
        content: {
          "application/json": {
            schema: z
              .object({ date: isoDate, amount: z.number().int(), result: isoDate })
              .meta({ id: "AddedWorkingDays" }),
          },
        },
      },
      ...problemResponses(400, 401, 403),
    },
  });
  app.openapi(
    add,
    (c) => {
      const { date, amount } = c.req.valid("query");
      return c.json({ date, amount, result: calendarCall(() => addWorkingDays(date, amount)) }, 200);
    },
    validationHook(add),
  );

  const count = createRoute({
    method: "get",
    path: "/calendar/count-working-days",
    tags: ["calendar"],
    summary: "Count working days in a closed date range",
    security,
    middleware: [requirePermission("reference:read")],
    request: { query: z.object({ from: isoDate, to: isoDate.meta({ example: "2025-01-07" }) }) },
    responses: {
      200: {
        description: "The count, both ends included",
        content: {
          "application/json": {
            schema: z
              .object({ from: isoDate, to: isoDate, workingDays: z.number().int() })
              .meta({ id: "WorkingDayCount" }),
          },
        },
      },
      ...problemResponses(400, 401, 403),
    },
  });
  app.openapi(
    count,
    (c) => {
      const { from, to } = c.req.valid("query");
      return c.json({ from, to, workingDays: calendarCall(() => countWorkingDays(from, to)) }, 200);
    },
    validationHook(count),
  );

  const amount = z.number().int().min(0).max(3660);
  const periodSchema = z
    .union([
      z.object({ days: amount }).strict(),
      z.object({ months: z.number().int().min(0).max(120) }).strict(),
      z.object({ years: z.number().int().min(0).max(10) }).strict(),
      z.object({ workingDays: amount }).strict(),
      z.object({ hours: z.number().int().min(0).max(87_840) }).strict(),
    ])
    .meta({ id: "DeadlinePeriod", description: "Exactly one unit", example: { workingDays: 15 } });
  const deadlineRequest = z
    .object({
      start: z.string().min(10).max(40).meta({
        description: "The starting event: an ISO date, or an ISO date-time with offset",
        example: "2024-12-30",
      }),
      period: periodSchema.optional(),
      ruleId: z.string().max(100).optional().meta({
        description: "A built-in rule of @xunshi/calendar instead of a period",
        example: "petition.handling",
      }),
      includeStartDay: z.boolean().optional(),
      rollForward: z.boolean().optional(),
      weekendIsRestDay: z.boolean().optional(),
      endAtClosingTime: z
        .boolean()
        .optional()
        .meta({ description: "End the last day at the round's closing time instead of 24:00" }),
    })
    .strict()
    .refine((r) => (r.period === undefined) !== (r.ruleId === undefined), {
      message: "Expected exactly one of period and ruleId",
      path: ["period"],
    })
    .meta({ id: "DeadlineRequest" });
  const deadlineResponse = z
    .object({
      startDate: isoDate,
      dueDate: isoDate,
      dueInstant: z.string().describe("ISO with +08:00"),
      period: periodSchema,
      rule: deadlineRuleSchema.optional(),
      counting: z.object({ includeStartDay: z.boolean(), rollForward: z.boolean(), weekendIsRestDay: z.boolean() }),
      provisional: z.boolean(),
      steps: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })),
      explanation: z.object({ zh: z.string(), en: z.string() }),
    })
    .meta({ id: "Deadline" });
  const deadline = createRoute({
    method: "post",
    path: "/calendar/deadline",
    tags: ["calendar"],
    summary: "computeDeadline: a due date under Chinese counting rules, with the explanation (zh/en)",
    security,
    middleware: [requirePermission("reference:read")],
    request: { body: { required: true, content: { "application/json": { schema: deadlineRequest } } } },
    responses: {
      200: { description: "The deadline", content: { "application/json": { schema: deadlineResponse } } },
      ...problemResponses(400, 401, 403, 413, 415),
    },
  });
  app.openapi(
    deadline,
    (c) => {
      const { start, period, ruleId, endAtClosingTime, ...flags } = c.req.valid("json");
      const result = calendarCall(() =>
        computeDeadline(start, ruleId === undefined ? (period as DeadlinePeriod) : getDeadlineRule(ruleId), {
          ...Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)),
          ...(endAtClosingTime === true ? { officeHours: options.round.acceptance.officeHours } : {}),
        }),
      );
      return c.json(JSON.parse(JSON.stringify(result)) as z.infer<typeof deadlineResponse>, 200);
    },
    validationHook(deadline),
  );
}
