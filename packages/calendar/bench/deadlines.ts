/**
 * Benchmark of the deadline and office-hours functions beside the working-day operations they build on, on identical
 * inputs in one process. Prints ops/s.
 *
 *   cd packages/calendar && npx tsx bench/deadlines.ts   (also run by `pnpm bench`)
 */
import { cpus } from "node:os";
import { Bench } from "tinybench";
import {
  addWorkingDays,
  addWorkingTime,
  computeDeadline,
  deadlineStatus,
  getDeadlineRule,
  isWithinOfficeHours,
  OFFICE_HOURS_PRESETS,
} from "../src/index";

const DAY = 86_400_000;
const starts = Array.from({ length: 1000 }, (_, i) =>
  new Date(Date.UTC(2016, 0, 1) + Math.round((i * (3650 - 400)) / 999) * DAY).toISOString().slice(0, 10),
);
const instants = starts.map(
  (d, i) => `${d}T${String(8 + (i % 11)).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}:00+08:00`,
);
const hours = OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak;
const handling = getDeadlineRule("petition.handling");
let i = 0;
const next = () => {
  i = (i + 1) % 1000;
  return i;
};

const bench = new Bench({ time: 400, warmupTime: 100 });
bench
  .add("addWorkingDays(d, 15) [baseline]", () => addWorkingDays(starts[next()] as string, 15))
  .add("computeDeadline(d, { days: 15 })", () => computeDeadline(starts[next()] as string, { days: 15 }))
  .add("computeDeadline(d, { workingDays: 15 })", () => computeDeadline(starts[next()] as string, { workingDays: 15 }))
  .add("computeDeadline(d, { months: 2 })", () => computeDeadline(starts[next()] as string, { months: 2 }))
  .add("computeDeadline(d, rule petition.handling + 30 d)", () =>
    computeDeadline(starts[next()] as string, handling, { extensions: [{ days: 30 }] }),
  )
  .add("computeDeadline(instant, 5 wd, office hours, after-hours)", () =>
    computeDeadline(
      instants[next()] as string,
      { workingDays: 5 },
      { officeHours: hours, receivedAfterHours: "next-opening" },
    ),
  )
  .add("deadlineStatus(deadline, now)", () => {
    const k = next();
    return deadlineStatus(
      { dueDate: starts[k] as string, dueInstant: `${starts[k]}T23:59:59.999+08:00` },
      instants[(k + 3) % 1000] as string,
    );
  })
  .add("isWithinOfficeHours(instant)", () => isWithinOfficeHours(instants[next()] as string, hours))
  .add("addWorkingTime(instant, { hours: 4 })", () => addWorkingTime(instants[next()] as string, { hours: 4 }, hours))
  .add("addWorkingTime(instant, { hours: 40 })", () =>
    addWorkingTime(instants[next()] as string, { hours: 40 }, hours),
  );

await bench.run();
console.log(
  `\n@xunshi/calendar deadlines and office hours — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}\n`,
);
console.log("| operation | ops/s |\n|---|---:|");
for (const task of bench.tasks) {
  const hz = task.result && "throughput" in task.result ? task.result.throughput.mean : Number.NaN;
  console.log(`| ${task.name} | ${Math.round(hz).toLocaleString("en-US")} |`);
}
