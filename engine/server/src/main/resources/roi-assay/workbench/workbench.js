// The workbench: builds a case from the form (case-form.js) or takes a pasted/uploaded one and can load it into
// the form, assesses it through the API, shows the HTML report in a sandboxed frame, verifies a saved report,
// puts errors next to their fields, and keeps the work in localStorage. No external assets, no build step.
"use strict";
(function () {
  const API = "/api/v1";
  const STORE = "roi-assay.workbench.v1";
  const $ = id => document.getElementById(id);
  const form = $("case-form");
  let ui = localStorage.getItem(STORE + ".lang") || (navigator.language.startsWith("zh") ? "zh-CN" : "en");
  let plugins = [];
  let mode = "form";
  let lastVerdict = null;
  let lastProfile = null;

  const t = key => (I18N[ui][key] !== undefined ? I18N[ui][key] : I18N.en[key] !== undefined ? I18N.en[key] : key);
  const cases = CaseForm(t, () => ui, () => save());

  function translate() {
    document.documentElement.lang = ui;
    document.title = t("title");
    document.querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll("[data-i18n-title]").forEach(el => { el.title = t(el.dataset.i18nTitle); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    if ($("status").dataset.i18nStatus) $("status").textContent = t($("status").dataset.i18nStatus);
    // the case's id beside the word only where they differ ("subscription", not "subscription (subscription)")
    document.querySelectorAll("option[data-cat]").forEach(o => {
      const word = I18N[ui].cat[o.value];
      o.textContent = word === o.value ? word : word + " (" + o.value + ")";
    });
    document.querySelectorAll("option[data-word]").forEach(o => { o.textContent = t(o.value) + (t(o.value) === o.value ? "" : " (" + o.value + ")"); });
    $("lang-toggle").textContent = ui === "en" ? "中文" : "English";
    $("lang-toggle").lang = ui === "en" ? "zh-CN" : "en";
    cases.renderPlugins(plugins);
    cases.renumber();
    document.querySelectorAll("#kpi-plugins [data-i18n], #kpi-plugins option[data-word]").forEach(el => {
      el.textContent = el.dataset.i18n ? t(el.dataset.i18n) : t(el.value) + " (" + el.value + ")";
    });
    if (lastProfile) cases.setProfile(lastProfile);
    if (lastVerdict) showVerdict(lastVerdict);
  }

  function save() {
    localStorage.setItem(STORE, JSON.stringify({ case: cases.build(), pasted: $("pasted").value, mode,
      report: $("report-text").value }));
  }

  function restore() {
    const text = localStorage.getItem(STORE);
    if (!text) {
      cases.addCost({ category: "subscription", amount: 120000, recurrence: "annual" });
      cases.addCost({ category: "implementation", amount: 80000, recurrence: "once" });
      return;
    }
    // Saved work another version wrote, or a store edited by hand, must not keep the page from starting.
    try {
      const saved = cases.parseExact(text);
      cases.load(saved.case || {});
      $("pasted").value = saved.pasted || "";
      $("report-text").value = saved.report || "";
      switchTab(saved.mode || "form");
    } catch (e) {
      localStorage.removeItem(STORE);
      cases.load({});
      cases.addCost({ category: "subscription", amount: 120000, recurrence: "annual" });
      cases.addCost({ category: "implementation", amount: 80000, recurrence: "once" });
    }
  }

  function switchTab(to) {
    mode = to;
    // One tab stop for the tab list (WAI-ARIA): the selected tab is in the tab order, the other is reached
    // with the arrow keys.
    [["tab-form", "form"], ["tab-paste", "paste"]].forEach(([id, which]) => {
      $(id).setAttribute("aria-selected", String(to === which));
      $(id).tabIndex = to === which ? 0 : -1;
    });
    $("panel-form").hidden = to !== "form";
    $("panel-paste").hidden = to !== "paste";
  }

  const typeOf = text => (text.trim().startsWith("{") ? "application/json" : "application/yaml");

  // The request body and its content type for what is on screen.
  function body() {
    if (mode === "paste") return { text: $("pasted").value, type: typeOf($("pasted").value) };
    return { text: JSON.stringify(cases.build()), type: "application/json" };
  }

  function clearErrors() {
    document.querySelectorAll(".field-error").forEach(e => e.remove());
    document.querySelectorAll("[aria-invalid]").forEach(e => { e.removeAttribute("aria-invalid"); e.removeAttribute("aria-describedby"); });
    $("summary").hidden = true;
    $("summary").textContent = "";
    $("paste-errors").textContent = "";
  }

  // The control a path names, or the nearest enclosing one (costs[0].schedule[2] -> costs[0].schedule -> costs[0]).
  function target(path) {
    while (path) {
      const el = document.querySelector('#panel-form [data-path="' + CSS.escape(path) + '"]');
      if (el) return el;
      const parent = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
      if (parent === path) return null;
      path = parent;
    }
    return null;
  }

  // An error message in the page's language where the page knows it (I18N.zhMessage), else as the engine wrote it.
  const said = message => (ui === "zh-CN" ? I18N.zhMessage(String(message)) : message);

  // Puts each error next to the input whose path it names (or into its row); the rest on top.
  function showErrors(problem, pasted) {
    const unplaced = [];
    (problem.errors || []).forEach((e, n) => {
      const at = !e.line ? "" : t(e.column ? "at" : "atLine").replace("{line}", e.line).replace("{column}", e.column) + " ";
      const where = at + e.path + ": " + said(e.message);
      const el = pasted ? null : target(e.path || "");
      if (!el || el.tagName === "FIELDSET" || el.classList.contains("items")) { unplaced.push(where); return; }
      const p = document.createElement("p");
      p.className = "field-error";
      p.id = "error-" + n;
      p.textContent = el.classList.contains("item") ? e.path + ": " + said(e.message) : said(e.message);
      const input = el.classList.contains("item") ? el.querySelector("input, select") : el;
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", p.id);
      if (el.classList.contains("item")) el.appendChild(p); else el.insertAdjacentElement("afterend", p);
    });
    const box = pasted ? $("paste-errors") : $("summary");
    if (unplaced.length || !(problem.errors || []).length) {
      if (!pasted) { box.hidden = false; box.textContent = (problem.errors || []).length ? t("otherErrors") : problem.detail; }
      if (pasted && !(problem.errors || []).length) unplaced.push(problem.detail);
      const ul = pasted ? box : box.appendChild(document.createElement("ul"));
      unplaced.forEach(u => { const li = document.createElement("li"); li.textContent = u; ul.appendChild(li); });
    }
    const first = pasted ? null : document.querySelector("[aria-invalid=true]");
    if (first) first.focus();
  }

  async function call(path, init) {
    const r = await fetch(API + path, init);
    if (!r.ok) {
      let problem;
      try { problem = await r.json(); } catch (x) { problem = { detail: r.status + " " + r.statusText }; }
      throw problem;
    }
    return r;
  }

  // Whether a pasted case names its report language: a top-level language key (JSON, or YAML at the start of a line;
  // not "language:" inside a title or a comment).
  function namesLanguage(text) {
    if (text.trim().startsWith("{")) {
      try { return typeof JSON.parse(text).language === "string"; } catch (e) { return false; }
    }
    return /^["']?language["']?[ \t]*:/m.test(text);
  }

  // A case that names no report language gets the page's (the form offers "default: this page's language").
  function query(format, b) {
    const named = mode === "paste" ? namesLanguage(b.text) : !!cases.build().language;
    return "?format=" + format + (named ? "" : "&lang=" + encodeURIComponent(ui));
  }

  // What an answer is for: the options, the content type and the case's text (the cached HTML answers only the same).
  const keyOf = b => query("", b) + b.type + "\n" + b.text;

  function request(format, b = body()) {
    return call("/assessments" + query(format, b), { method: "POST", headers: { "Content-Type": b.type }, body: b.text });
  }

  // The last assessment's HTML report and the request it answers: a download of the same case as HTML is served
  // from it instead of assessing the case again (10,000 draws each time).
  let last = null;

  // The verdict of an HTML report (its #verdict section's data-grade, data-confidence and headline); null if none.
  function verdictOf(html) {
    const v = new DOMParser().parseFromString(html, "text/html").getElementById("verdict");
    if (!v || !v.dataset.grade) return null;
    const headline = v.querySelector(".headline");
    return { grade: v.dataset.grade, confidence: v.dataset.confidence, headline: headline ? headline.textContent : "" };
  }

  /** The status line: a message key (shown again in the other language when the language is switched) or a text. */
  function setStatus(key, text) {
    const el = $("status");
    if (key) el.dataset.i18nStatus = key; else delete el.dataset.i18nStatus;
    el.textContent = key ? t(key) : text;
  }

  function showVerdict(v) {
    // grade and confidence are ids in the report (negative, high): shown in the interface's language
    const word = (kind, id) => (I18N[ui][kind] || I18N.en[kind])[id] || id;
    $("verdict").textContent = t("verdict") + ": " + word("grade", v.grade) + " (" + t("confidence") + " "
      + word("level", v.confidence) + ") — " + v.headline;
  }

  // The number of the latest Assess: an answer to an earlier one, arriving later, is dropped (a review: an older
  // case's report or errors could replace the newer case's).
  let assessment = 0;

  async function assess(ev) {
    ev.preventDefault();
    clearErrors();
    setStatus("working");
    const b = body();
    const mine = ++assessment;
    try {
      // one assessment: the HTML report carries the verdict's ids for the line above it (a review saw two, JSON and HTML)
      const html = await request("html", b).then(r => r.text());
      if (mine !== assessment) return;
      last = { key: keyOf(b), html };
      lastVerdict = verdictOf(html);
      if (lastVerdict) showVerdict(lastVerdict); else $("verdict").textContent = "";
      const frame = $("report");
      if (frame.dataset.url) URL.revokeObjectURL(frame.dataset.url);
      frame.dataset.url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
      frame.src = frame.dataset.url;
      $("result").hidden = false;
      setStatus("done");
      // the verdict is what the user came for: take the focus (a screen reader reads it) and bring it into view
      $("verdict").focus();
      $("verdict").scrollIntoView({ block: "start" });
    } catch (problem) {
      if (mine !== assessment) return;
      // a report of the case as it was before the edit must not stay on screen as if it were this one's
      $("result").hidden = true;
      lastVerdict = null;
      last = null;
      if (problem.status === 422) setStatus(mode === "paste" ? "invalidPasted" : "invalid");
      else setStatus(null, t("failed") + " " + (problem.detail || problem));
      showErrors(problem, mode === "paste");
    }
  }

  // The pasted case, read by the server's case reader (POST /cases/normalize), put into the form.
  async function loadIntoForm() {
    clearErrors();
    const text = $("pasted").value;
    try {
      const r = await call("/cases/normalize", { method: "POST", headers: { "Content-Type": typeOf(text) }, body: text });
      const c = cases.parseExact(await r.text());
      cases.load(c);
      translate();
      switchTab("form");
      save();
      const other = cases.kept().filter(p => !p.startsWith("kpis."));
      setStatus(null, t("loaded") + (other.length ? " " + t("keptOther") + " " + other.join(", ") : ""));
      $("tab-form").focus();
      refreshProfile();
    } catch (problem) {
      if (problem.status === 422) setStatus("invalidPasted");
      else setStatus(null, t("failed") + " " + (problem.detail || problem));
      showErrors(problem, true);
    }
  }

  // POST /verifications with the saved report and the case on screen: reproduced, or the JSON paths that differ.
  async function verify() {
    clearErrors();
    const out = $("verify-result");
    out.textContent = t("verifying");
    const b = body();
    try {
      const r = await call("/verifications", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ report: $("report-text").value, case: b.text }) });
      const v = await r.json();
      out.textContent = "";
      const p = document.createElement("p");
      p.className = v.reproduced ? "verified" : "not-verified";
      p.textContent = v.reproduced ? t(v.byteIdentical ? "reproduced" : "reproducedNotBytes") : t("notReproduced");
      out.appendChild(p);
      if (!v.reproduced) {
        const ul = out.appendChild(document.createElement("ul"));
        ul.id = "verify-differences";
        v.differences.forEach(d => { const li = document.createElement("li"); li.textContent = d; ul.appendChild(li); });
      }
    } catch (problem) {
      // a report the server cannot read is the report's fault, not the case's: say which one failed
      out.textContent = (problem.status === 422 && problem.errors && !String(problem.type || "").endsWith("invalid-report")
        ? t("failed") : t("verifyFailed")) + " " + (problem.detail || problem);
      if (problem.status === 422 && problem.errors) showErrors(problem, mode === "paste");
    }
  }

  // The profile the engine builds for the company on the form: its overridable assumptions and their values.
  async function refreshProfile() {
    const c = cases.build(), co = c.company || {};
    const q = new URLSearchParams();
    [["industry", co.industry], ["currency", c.currency], ["employees", co.employees], ["annualRevenue", co.annualRevenue],
      ["model", (c.deployment || {}).model]].forEach(([k, v]) => { if (v !== undefined) q.set(k, JSON.stringify(v).replace(/^"|"$/g, "")); });
    try {
      lastProfile = await (await call("/profile?" + q, {})).json();
      cases.setProfile(lastProfile);
    } catch (problem) {
      $("profile-note").textContent = t("noProfile");
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

  // The id of the case being worked on, for file names: the pasted case's own in paste mode, else the form's.
  function caseId() {
    let id = null;
    if (mode === "paste") {
      const text = $("pasted").value;
      try { id = JSON.parse(text).id; } catch (e) {
        const m = /^id:[ \t]*["']?([^"'\s#]+)/m.exec(text);
        id = m ? m[1] : null;
      }
    } else {
      id = cases.build().id;
    }
    return typeof id === "string" && id ? id.replace(/[^A-Za-z0-9._-]/g, "_") : null;
  }

  async function downloadReport(format, ext, button) {
    clearErrors();
    const b = body();
    const name = (caseId() || "report") + "-report." + ext;
    if (last && last.key === keyOf(b) && format === "html") {
      download(name, new Blob([last.html], { type: "text/html" }));
      setStatus("downloaded");
      return;
    }
    setStatus("downloading");
    button.disabled = true;
    try {
      const r = await request(format, b);
      download(name, await r.blob());
      setStatus("downloaded");
    } catch (problem) {
      setStatus(null, t("failed") + " " + (problem.detail || problem));
      showErrors(problem, mode === "paste");
    } finally {
      button.disabled = false;
    }
  }

  function downloadCase() {
    if (mode === "paste") {
      download((caseId() || "case") + "." + (typeOf($("pasted").value) === "application/json" ? "json" : "yaml"),
        new Blob([$("pasted").value], { type: "text/plain" }));
    } else {
      const c = cases.build();
      download((c.id || "case") + ".yaml", new Blob([toYaml(c)], { type: "application/yaml" }));
    }
  }

  const readFile = (input, into) => input.addEventListener("change", async e => {
    const f = e.target.files[0];
    if (f) { $(into).value = await f.text(); save(); }
  });

  $("lang-toggle").addEventListener("click", () => { ui = ui === "en" ? "zh-CN" : "en"; localStorage.setItem(STORE + ".lang", ui); translate(); });
  $("tab-form").addEventListener("click", () => { switchTab("form"); save(); });
  $("tab-paste").addEventListener("click", () => { switchTab("paste"); save(); });
  // WAI-ARIA tabs: the arrow keys (and Home/End) move between the two tabs and select them.
  [$("tab-form"), $("tab-paste")].forEach(tab => tab.addEventListener("keydown", e => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
    e.preventDefault();
    const to = e.key === "Home" ? "form" : e.key === "End" ? "paste" : mode === "form" ? "paste" : "form";
    switchTab(to);
    save();
    $(to === "form" ? "tab-form" : "tab-paste").focus();
  }));
  $("add-cost").addEventListener("click", () => { cases.addCost().querySelector("select").focus(); translate(); save(); });
  $("add-benefit").addEventListener("click", () => { cases.addBenefit().querySelector("select").focus(); translate(); save(); });
  $("add-assumption").addEventListener("click", () => { cases.addAssumption().querySelector("input").focus(); translate(); save(); });
  readFile($("upload"), "pasted");
  readFile($("report-upload"), "report-text");
  $("load-form").addEventListener("click", loadIntoForm);
  $("verify").addEventListener("click", verify);
  $("dl-case").addEventListener("click", downloadCase);
  $("dl-json").addEventListener("click", e => downloadReport("json", "json", e.currentTarget));
  $("dl-html").addEventListener("click", e => downloadReport("html", "html", e.currentTarget));
  $("dl-pdf").addEventListener("click", e => downloadReport("pdf", "pdf", e.currentTarget));
  $("reset").addEventListener("click", () => { localStorage.removeItem(STORE); location.reload(); });
  form.addEventListener("input", save);
  form.addEventListener("change", e => {
    save();
    if (e.target.closest("[data-path^='company.'], [data-path='currency'], [data-path='deployment.model']")) refreshProfile();
  });
  form.addEventListener("submit", assess);

  restore();
  translate();
  refreshProfile();
  fetch(API + "/plugins").then(r => r.json()).then(list => {
    plugins = list;
    translate();
  });
})();
