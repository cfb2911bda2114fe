#!/usr/bin/env node
// Enforces the house rule "every public export has TSDoc": for each published package it loads `src/index.ts` with the
// TypeScript compiler API, follows every export (re-exports and aliases included) to its declaration, and reports
//   - any export (value or type) whose declaration has no TSDoc comment with a one-line summary, and
//   - any exported value (function, class, const, enum) whose TSDoc has no `@example` tag.
// Interfaces and type aliases need a summary only; a class needs its `@example` on the class itself.
// With --require-result, an `@example` must also show its result as `//=> …`.
//
// Usage: node scripts/check-tsdoc.mjs [--require-result] [--json] [package ...]
//   package: calendar, domain, complaints (default: all three; a package without src/index.ts is skipped)
// Exit code: 0 when nothing is missing, 1 when something is, 2 on a usage error.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGES = ["calendar", "domain", "complaints"];

const args = process.argv.slice(2);
const requireResult = args.includes("--require-result");
const asJson = args.includes("--json");
const unknownFlags = args.filter((a) => a.startsWith("-") && a !== "--require-result" && a !== "--json");
const wanted = args.filter((a) => !a.startsWith("-"));
const unknownPackages = wanted.filter((p) => !PACKAGES.includes(p));
if (unknownFlags.length > 0 || unknownPackages.length > 0) {
  console.error(
    `check-tsdoc: expected flags --require-result/--json and packages among ${PACKAGES.join(", ")}; ` +
      `received ${[...unknownFlags, ...unknownPackages].join(", ")}`,
  );
  process.exit(2);
}

const selected = (wanted.length > 0 ? wanted : PACKAGES)
  .map((name) => ({ name, entry: path.join(ROOT, "packages", name, "src", "index.ts") }))
  .filter((pkg) => {
    if (existsSync(pkg.entry)) return true;
    if (!asJson) console.log(`${pkg.name}: skipped (no src/index.ts)`);
    return false;
  });

if (selected.length === 0) {
  if (!asJson) console.log("check-tsdoc: no package to check");
  else console.log(JSON.stringify({ gaps: [], total: 0 }));
  process.exit(0);
}

// Compiler options from the shared base (paths map @xunshi/* to their src), trimmed for speed: no emit, no @types, no DOM.
const baseFile = path.join(ROOT, "tsconfig.base.json");
const baseJson = ts.readConfigFile(baseFile, (f) => readFileSync(f, "utf8"));
if (baseJson.error) {
  console.error(ts.flattenDiagnosticMessageText(baseJson.error.messageText, "\n"));
  process.exit(2);
}
const { options } = ts.parseJsonConfigFileContent(baseJson.config, ts.sys, ROOT, undefined, baseFile);
const program = ts.createProgram({
  rootNames: selected.map((p) => p.entry),
  options: {
    ...options,
    noEmit: true,
    composite: false,
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    types: [],
    lib: ["lib.es2023.d.ts"], // no DOM: symbol resolution needs no host types, and lib.dom is the biggest file
    skipLibCheck: true,
  },
});
const checker = program.getTypeChecker();

/** The JSDoc blocks attached to a declaration (for a variable, those on its `const` statement). */
function jsDocsOf(decl) {
  return ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc);
}

/** The plain text of a JSDoc comment or tag comment, which TypeScript may split into parts around `{@link}`s. */
function textOf(comment) {
  if (comment === undefined) return "";
  if (typeof comment === "string") return comment;
  return comment.map((part) => part.text ?? "").join("");
}

/** Where a declaration starts, as `packages/x/src/file.ts:line`. */
function locationOf(decl) {
  const sf = decl.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(decl.getStart(sf));
  return `${path.relative(ROOT, sf.fileName).split(path.sep).join("/")}:${line + 1}`;
}

/** Follows re-exports and import aliases to the symbol that is really declared. */
function resolve(symbol) {
  let current = symbol;
  const seen = new Set();
  while (current.flags & ts.SymbolFlags.Alias && !seen.has(current)) {
    seen.add(current);
    const next = checker.getAliasedSymbol(current);
    if (next === undefined || next === current || next.flags & ts.SymbolFlags.Unknown) break;
    current = next;
  }
  return current;
}

/** Declarations worth judging: skip the merged `export =`/namespace fragments that carry no own docs. */
function declarationsOf(symbol) {
  return (symbol.declarations ?? []).filter((d) => !ts.isSourceFile(d));
}

const gaps = [];
let exportCount = 0;
for (const pkg of selected) {
  const sourceFile = program.getSourceFile(pkg.entry);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) {
    gaps.push({ package: pkg.name, symbol: "(module)", location: path.relative(ROOT, pkg.entry), missing: "module" });
    continue;
  }
  const exports = checker.getExportsOfModule(moduleSymbol).sort((a, b) => a.name.localeCompare(b.name));
  for (const exported of exports) {
    exportCount++;
    const target = resolve(exported);
    const decls = declarationsOf(target);
    if (decls.length === 0) {
      gaps.push({
        package: pkg.name,
        symbol: exported.name,
        location: path.relative(ROOT, pkg.entry),
        missing: "declaration",
      });
      continue;
    }
    const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
    // For a class, the example belongs on the class; for overloads and merged declarations, any one may carry the docs,
    // but the value declaration (function, class, const) is where the @example must be.
    const valueDecl = target.valueDeclaration ?? decls.find((d) => !ts.isInterfaceDeclaration(d));
    const docs = decls.flatMap((d) => jsDocsOf(d).map((doc) => ({ decl: d, doc })));
    const location = locationOf(valueDecl ?? decls[0]);

    const hasSummary = docs.some(({ doc }) => textOf(doc.comment).trim().split("\n")[0].trim().length > 0);
    if (!hasSummary) gaps.push({ package: pkg.name, symbol: exported.name, location, missing: "summary" });

    if (isValue) {
      // Overloaded functions: each signature is a declaration of the same symbol; accept the example on any of them.
      const valueDocs = docs.filter(
        ({ decl }) =>
          decl === valueDecl ||
          (ts.isFunctionDeclaration(decl) && valueDecl !== undefined && ts.isFunctionDeclaration(valueDecl)),
      );
      const examples = valueDocs.flatMap(({ doc }) => (doc.tags ?? []).filter((t) => t.tagName.text === "example"));
      if (examples.length === 0) {
        gaps.push({ package: pkg.name, symbol: exported.name, location, missing: "@example" });
      } else if (requireResult && !examples.some((t) => textOf(t.comment).includes("//=>"))) {
        gaps.push({ package: pkg.name, symbol: exported.name, location, missing: "//=> result in @example" });
      }
    }
  }
}

if (asJson) {
  console.log(JSON.stringify({ exports: exportCount, total: gaps.length, gaps }, null, 2));
} else {
  for (const g of gaps) console.log(`${g.package}: ${g.symbol} (${g.location}) — missing ${g.missing}`);
  const perPackage = selected.map((p) => `${p.name} ${gaps.filter((g) => g.package === p.name).length}`).join(", ");
  console.log(`${gaps.length} gap(s) in ${exportCount} export(s) (${perPackage})`);
}
process.exit(gaps.length > 0 ? 1 : 0);
