// The workbench: builds a case from the form (or takes a pasted/uploaded one), assesses it through the API,
// shows the HTML report in a sandboxed frame, puts errors next to their fields, and keeps the work in
// localStorage. No external assets, no build step.
"use strict";
(function () {
  const API = "/api/v1";
  const STORE = "roi-assay.workbench.v1";
  const CATEGORIES = ["license", "subscription", "implementation", "customization", "data-migration", "integration",
    "training", "maintenance", "infrastructure", "internal-staff", "change-management", "consulting", "other"];
  const RECURRENCES = ["once", "annual", "monthly"];
  const BASES = ["gross-profit", "revenue", "cost-saving", "cost-avoidance", "time-saved"];
  const SOURCES = ["estimated", "measured", "vendor-benchmark"];
  const $ = id => document.getElementById(id);
  const form = $("case-form");
  let ui = localStorage.getItem(STORE + ".lang") || (navigator.language.startsWith("zh") ? "zh-CN" : "en");
  let plugins = [];
  let mode = "form";
  let lastVerdict = null;

  const t = key => (I18N[ui][key] !== undefined ? I18N[ui][key] : I18N.en[key] || key);

  function translate() {
    document.documentElement.lang = ui;
    document.querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll("[data-i18n-title]").forEach(el => { el.title = t(el.dataset.i18nTitle); });
    document.querySelectorAll("option[data-cat]").forEach(o => { o.textContent = I18N[ui].cat[o.value] + " (" + o.value + ")"; });
    document.querySelectorAll("option[data-word]").forEach(o => { o.textContent = t(o.value); });
    document.querySelectorAll("[data-remove]").forEach(b => { b.setAttribute("aria-label", t("removeRow")); });
    $("lang-toggle").textContent = ui === "en" ? "中文" : "English";
    $("lang-toggle").lang = ui === "en" ? "zh-CN" : "en";
    renderPlugins();
    if (lastVerdict) showVerdict(lastVerdict);
  }

  function option(value, attr) {
    const o = document.createElement("option");
    o.value = value;
    o.setAttribute(attr, "");
    return o;
  }

  function select(name, values, attr, path) {
    const s = document.createElement("select");
    s.name = name;
    s.dataset.path = path;
    values.forEach(v => s.appendChild(option(v, attr)));
    return s;
  }

  function input(name, type, path) {
    const i = document.createElement("input");
    i.name = name;
    i.type = type;
    i.dataset.path = path;
    if (type === "number") i.step = "any";
    return i;
  }

  function addRow(tbody, cells) {
    const tr = document.createElement("tr");
    cells.forEach(c => { const td = document.createElement("td"); td.appendChild(c); tr.appendChild(td); });
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "×";
    remove.dataset.remove = "";
    remove.setAttribute("aria-label", t("removeRow"));
    remove.addEventListener("click", () => { tr.remove(); renumber(); save(); });
    const td = document.createElement("td");
    td.appendChild(remove);
    tr.appendChild(td);
    tbody.appendChild(tr);
    renumber();
    translate();
    return tr;
  }

  function addCost(c) {
    c = c || {};
    const cells = [select("category", CATEGORIES, "data-cat", "category"), input("amount", "number", "amount"),
      select("recurrence", RECURRENCES, "data-word", "recurrence"), input("startYear", "number", "startYear")];
    const tr = addRow($("costs"), cells);
    fill(tr, c);
    return tr;
  }

  function addBenefit(b) {
    b = b || {};
    const cells = [select("basis", BASES, "data-word", "basis"), input("amount", "number", "amount"),
      select("recurrence", RECURRENCES, "data-word", "recurrence"), input("startYear", "number", "startYear"),
      select("source", SOURCES, "data-word", "source")];
    const tr = addRow($("benefits"), cells);
    fill(tr, b);
    return tr;
  }

  function fill(tr, values) {
    tr.querySelectorAll("input, select").forEach(el => { if (values[el.name] !== undefined) el.value = values[el.name]; });
  }

  // Row inputs carry full paths (costs[0].amount) so server errors find them.
  function renumber() {
    ["costs", "benefits"].forEach(list => {
      [...$(list).rows].forEach((tr, i) => tr.querySelectorAll("input, select").forEach(el => {
        el.dataset.path = list + "[" + i + "]." + el.name;
        el.setAttribute("aria-label", t(el.name === "source" ? "evidence" : el.name) + " " + (i + 1));
      }));
    });
  }

  function renderPlugins() {
    const box = $("kpi-plugins");
    if (!plugins.length) return;
    const kept = kpiValues();
    box.textContent = "";
    plugins.forEach(p => {
      const div = document.createElement("div");
      div.className = "plugin";
      const h = document.createElement("h3");
      h.textContent = p.title[ui] + " (" + p.id + ")";
      div.appendChild(h);
      const grid = document.createElement("div");
      grid.className = "kpi-grid";
      p.inputs.forEach(i => {
        const name = document.createElement("div");
        name.textContent = i.description[ui] + " ";
        const unit = document.createElement("span");
        unit.className = "unit";
        unit.textContent = "[" + i.unit + (i.maximum !== undefined ? ", " + i.minimum + "–" + i.maximum : i.minimum !== undefined ? ", ≥ " + i.minimum : "") + "]";
        name.appendChild(unit);
        grid.appendChild(name);
        ["before", "after"].forEach(side => {
          const label = document.createElement("label");
          const span = document.createElement("span");
          span.textContent = t(side);
          const el = input("kpi", "number", "kpis." + p.id + "." + side + "." + i.name);
          el.id = "kpi-" + p.id + "-" + side + "-" + i.name;
          el.dataset.plugin = p.id;
          el.dataset.side = side;
          el.dataset.kpi = i.name;
          if (i.minimum !== undefined) el.min = i.minimum;
          if (i.maximum !== undefined) el.max = i.maximum;
          el.setAttribute("aria-label", i.description[ui] + " (" + i.unit + ") " + t(side));
          const v = kept[el.id];
          if (v !== undefined) el.value = v;
          label.appendChild(span);
          label.appendChild(el);
          grid.appendChild(label);
        });
      });
      div.appendChild(grid);
      box.appendChild(div);
    });
  }

  function kpiValues() {
    const out = {};
    document.querySelectorAll("input[data-kpi]").forEach(el => { if (el.value !== "") out[el.id] = el.value; });
    return out;
  }

  const num = v => (v === "" || v === undefined ? undefined : Number(v));
  const set = (obj, key, v) => { if (v !== undefined && v !== "" && !(typeof v === "number" && isNaN(v))) obj[key] = v; };

  // The case-1 document the form describes; empty fields are left out so the engine's defaults apply.
  function buildCase() {
    const f = form.elements;
    const c = { format: "roi-assay/case-1" };
    set(c, "id", f.id.value.trim());
    set(c, "title", f.title.value.trim());
    set(c, "currency", f.currency.value);
    set(c, "language", f.language.value);
    const company = {};
    set(company, "name", f.companyName.value.trim());
    set(company, "industry", f.industry.value.trim());
    set(company, "employees", num(f.employees.value));
    set(company, "annualRevenue", num(f.annualRevenue.value));
    set(company, "grossMarginRate", num(f.grossMarginRate.value));
    c.company = company;
    const deployment = {};
    set(deployment, "model", f.model.value);
    set(deployment, "licensedUsers", num(f.licensedUsers.value));
    set(deployment, "activeUsers", num(f.activeUsers.value));
    if (Object.keys(deployment).length) c.deployment = deployment;
    const horizon = {};
    set(horizon, "years", num(f.horizonYears.value));
    set(horizon, "discountRate", num(f.discountRate.value));
    if (Object.keys(horizon).length) c.horizon = horizon;
    c.costs = rows("costs");
    const benefits = rows("benefits");
    if (benefits.length) c.benefits = benefits;
    const kpis = {};
    document.querySelectorAll("input[data-kpi]").forEach(el => {
      if (el.value === "") return;
      const p = (kpis[el.dataset.plugin] = kpis[el.dataset.plugin] || {});
      (p[el.dataset.side] = p[el.dataset.side] || {})[el.dataset.kpi] = Number(el.value);
    });
    if (Object.keys(kpis).length) c.kpis = kpis;
    const attribution = {};
    set(attribution, "crmShare", num(f.crmShare.value));
    const concurrent = f.concurrent.value.split("\n").map(s => s.trim()).filter(Boolean);
    if (concurrent.length) attribution.concurrentInitiatives = concurrent;
    if (Object.keys(attribution).length) c.attribution = attribution;
    return c;
  }

  function rows(list) {
    return [...$(list).rows].map(tr => {
      const o = {};
      tr.querySelectorAll("input, select").forEach(el => set(o, el.name, el.type === "number" ? num(el.value) : el.value));
      return o;
    });
  }

  function loadCase(c) {
    const f = form.elements;
    const put = (name, v) => { if (v !== undefined && f[name]) f[name].value = v; };
    put("id", c.id); put("title", c.title); put("currency", c.currency); put("language", c.language);
    const co = c.company || {}, d = c.deployment || {}, h = c.horizon || {}, a = c.attribution || {};
    put("companyName", co.name); put("industry", co.industry); put("employees", co.employees);
    put("annualRevenue", co.annualRevenue); put("grossMarginRate", co.grossMarginRate);
    put("model", d.model); put("licensedUsers", d.licensedUsers); put("activeUsers", d.activeUsers);
    put("horizonYears", h.years); put("discountRate", h.discountRate); put("crmShare", a.crmShare);
    put("concurrent", (a.concurrentInitiatives || []).join("\n"));
    $("costs").textContent = ""; $("benefits").textContent = "";
    (c.costs || []).forEach(addCost);
    (c.benefits || []).forEach(addBenefit);
    Object.entries(c.kpis || {}).forEach(([p, set2]) => ["before", "after"].forEach(side =>
      Object.entries(set2[side] || {}).forEach(([k, v]) => {
        const el = $("kpi-" + p + "-" + side + "-" + k);
        if (el) el.value = v;
      })));
  }

  function save() {
    localStorage.setItem(STORE, JSON.stringify({ case: buildCase(), kpis: kpiValues(), pasted: $("pasted").value, mode }));
  }

  function restore() {
    const saved = JSON.parse(localStorage.getItem(STORE) || "null");
    if (!saved) {
      addCost({ category: "subscription", amount: 120000, recurrence: "annual" });
      addCost({ category: "implementation", amount: 80000, recurrence: "once" });
      return;
    }
    loadCase(saved.case || {});
    Object.entries(saved.kpis || {}).forEach(([id, v]) => { const el = $(id); if (el) el.value = v; });
    $("pasted").value = saved.pasted || "";
    switchTab(saved.mode || "form");
  }

  function switchTab(to) {
    mode = to;
    $("tab-form").setAttribute("aria-selected", String(to === "form"));
    $("tab-paste").setAttribute("aria-selected", String(to === "paste"));
    $("panel-form").hidden = to !== "form";
    $("panel-paste").hidden = to !== "paste";
  }

  // The request body and its content type for what is on screen.
  function body() {
    if (mode === "paste") {
      const text = $("pasted").value;
      return { text, type: text.trim().startsWith("{") ? "application/json" : "application/yaml" };
    }
    return { text: JSON.stringify(buildCase()), type: "application/json" };
  }

  function clearErrors() {
    document.querySelectorAll(".field-error").forEach(e => e.remove());
    document.querySelectorAll("[aria-invalid]").forEach(e => { e.removeAttribute("aria-invalid"); e.removeAttribute("aria-describedby"); });
    $("summary").hidden = true;
    $("summary").textContent = "";
    $("paste-errors").textContent = "";
  }

  // Puts each error next to the input whose path it names (or the nearest enclosing one); the rest on top.
  function showErrors(problem) {
    const unplaced = [];
    (problem.errors || []).forEach((e, n) => {
      const where = (e.line ? "line " + e.line + (e.column ? ":" + e.column : "") + " " : "") + e.path + ": " + e.message;
      if (mode === "paste") { unplaced.push(where); return; }
      let path = e.path || "", el = null;
      while (path && !el) {
        el = document.querySelector('[data-path="' + CSS.escape(path) + '"]');
        const parent = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
        if (parent === path) break;
        path = parent;
      }
      if (!el || el.tagName === "TBODY" || el.tagName === "FIELDSET") { unplaced.push(where); return; }
      const p = document.createElement("p");
      p.className = "field-error";
      p.id = "error-" + n;
      p.textContent = e.message;
      el.setAttribute("aria-invalid", "true");
      el.setAttribute("aria-describedby", p.id);
      el.insertAdjacentElement("afterend", p);
    });
    const box = mode === "paste" ? $("paste-errors") : $("summary");
    if (unplaced.length || !(problem.errors || []).length) {
      if (mode !== "paste") { box.hidden = false; box.textContent = (problem.errors || []).length ? t("otherErrors") : problem.detail; }
      const ul = mode === "paste" ? box : box.appendChild(document.createElement("ul"));
      unplaced.forEach(u => { const li = document.createElement("li"); li.textContent = u; ul.appendChild(li); });
    }
    const first = document.querySelector("[aria-invalid=true]");
    if (first) first.focus();
  }

  async function request(format) {
    const b = body();
    const r = await fetch(API + "/assessments?format=" + format, { method: "POST", headers: { "Content-Type": b.type }, body: b.text });
    if (!r.ok) {
      let problem;
      try { problem = await r.json(); } catch (x) { problem = { detail: r.status + " " + r.statusText }; }
      throw problem;
    }
    return r;
  }

  function showVerdict(v) {
    $("verdict").textContent = t("verdict") + ": " + v.grade + " (" + t("confidence") + " " + v.confidence + ") — " + v.headline;
  }

  async function assess(ev) {
    ev.preventDefault();
    clearErrors();
    $("status").textContent = t("working");
    try {
      const [json, html] = await Promise.all([request("json").then(r => r.json()), request("html").then(r => r.text())]);
      lastVerdict = json.verdict;
      showVerdict(json.verdict);
      const frame = $("report");
      if (frame.dataset.url) URL.revokeObjectURL(frame.dataset.url);
      frame.dataset.url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
      frame.src = frame.dataset.url;
      $("result").hidden = false;
      $("status").textContent = t("done");
    } catch (problem) {
      $("status").textContent = problem.status === 422 ? t("invalid") : t("failed") + " " + (problem.detail || problem);
      showErrors(problem);
    }
  }

  function download(name, blob) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  async function downloadReport(format, ext) {
    clearErrors();
    try {
      const r = await request(format);
      download((buildCase().id || "report") + "-report." + ext, await r.blob());
    } catch (problem) {
      $("status").textContent = t("failed") + " " + (problem.detail || problem);
      showErrors(problem);
    }
  }

  function downloadCase() {
    if (mode === "paste") {
      download("case." + (body().type === "application/json" ? "json" : "yaml"), new Blob([$("pasted").value], { type: "text/plain" }));
    } else {
      download((buildCase().id || "case") + ".yaml", new Blob([toYaml(buildCase())], { type: "application/yaml" }));
    }
  }

  $("lang-toggle").addEventListener("click", () => { ui = ui === "en" ? "zh-CN" : "en"; localStorage.setItem(STORE + ".lang", ui); translate(); });
  $("tab-form").addEventListener("click", () => { switchTab("form"); save(); });
  $("tab-paste").addEventListener("click", () => { switchTab("paste"); save(); });
  $("add-cost").addEventListener("click", () => { addCost().querySelector("select").focus(); save(); });
  $("add-benefit").addEventListener("click", () => { addBenefit().querySelector("select").focus(); save(); });
  $("upload").addEventListener("change", async e => { const f = e.target.files[0]; if (f) { $("pasted").value = await f.text(); save(); } });
  $("dl-case").addEventListener("click", downloadCase);
  $("dl-json").addEventListener("click", () => downloadReport("json", "json"));
  $("dl-html").addEventListener("click", () => downloadReport("html", "html"));
  $("dl-pdf").addEventListener("click", () => downloadReport("pdf", "pdf"));
  $("reset").addEventListener("click", () => { localStorage.removeItem(STORE); location.reload(); });
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  form.addEventListener("submit", assess);

  restore();
  translate();
  fetch(API + "/plugins").then(r => r.json()).then(list => {
    plugins = list;
    const saved = JSON.parse(localStorage.getItem(STORE) || "null");
    renderPlugins();
    if (saved) Object.entries(saved.kpis || {}).forEach(([id, v]) => { const el = $(id); if (el) el.value = v; });
  });
})();
