/**
 * A self-contained HTML page that renders `/openapi.json` (no CDN, no external assets): operations grouped by tag,
 * with parameters, request body schema, responses and the component schemas.
 *
 * @returns The HTML.
 * @example
 * docsPage().startsWith("<!doctype html>")
 * //=> true
 */
export function docsPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>xunshi intake service — API</title>
<style>
body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}
details{border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.4rem .8rem}
summary{cursor:pointer}code,pre{font:13px ui-monospace,Menlo,Consolas,monospace}
pre{background:#f5f5f5;padding:.6rem;overflow:auto;max-height:28rem}
.m{display:inline-block;min-width:3.5rem;font-weight:700;text-transform:uppercase}
.get{color:#0a6}.post{color:#06c}.put{color:#a60}.delete{color:#c00}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
</style>
</head>
<body>
<h1>xunshi intake service</h1>
<p id="desc">Loading <a href="/openapi.json">/openapi.json</a>…</p>
<main id="ops"></main>
<script>
(async () => {
  const spec = await (await fetch("/openapi.json")).json();
  const el = (tag, attrs = {}, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const k of kids) e.append(k);
    return e;
  };
  const pre = (v) => el("pre", {}, JSON.stringify(v, null, 2));
  document.getElementById("desc").textContent = spec.info.description || "";
  document.title = spec.info.title + " " + spec.info.version;
  const byTag = new Map();
  for (const [path, ops] of Object.entries(spec.paths || {})) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = (op.tags && op.tags[0]) || "other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ path, method, op });
    }
  }
  const main = document.getElementById("ops");
  for (const [tag, ops] of byTag) {
    main.append(el("h2", {}, tag));
    for (const { path, method, op } of ops) {
      const d = el("details", {}, el("summary", {}, el("span", { class: "m " + method }, method), " ", el("code", {}, path), " — ", op.summary || ""));
      if (op.description) d.append(el("p", {}, op.description));
      if (op.parameters && op.parameters.length) {
        const t = el("table", {}, el("tr", {}, el("th", {}, "name"), el("th", {}, "in"), el("th", {}, "required"), el("th", {}, "schema")));
        for (const p of op.parameters) t.append(el("tr", {}, el("td", {}, p.name), el("td", {}, p.in), el("td", {}, String(!!p.required)), el("td", {}, el("code", {}, JSON.stringify(p.schema)))));
        d.append(el("h4", {}, "Parameters"), t);
      }
      const body = op.requestBody && op.requestBody.content;
      if (body) for (const [type, media] of Object.entries(body)) d.append(el("h4", {}, "Body " + type), pre(media.schema));
      d.append(el("h4", {}, "Responses"));
      for (const [status, r] of Object.entries(op.responses || {})) {
        d.append(el("p", {}, el("b", {}, status), " ", r.description || ""));
      }
      main.append(d);
    }
  }
  main.append(el("h2", {}, "Schemas"));
  for (const [name, schema] of Object.entries((spec.components && spec.components.schemas) || {})) {
    main.append(el("details", { id: "schema-" + name }, el("summary", {}, el("code", {}, name)), pre(schema)));
  }
})().catch((e) => { document.getElementById("desc").textContent = "Could not load /openapi.json: " + e; });
</script>
</body>
</html>`;
}
