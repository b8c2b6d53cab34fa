// The form <-> case-1 mapping. Every control names its case path (data-path) and how its text becomes a value
// (data-type: text | number | bool | lines | list | multi); cost, benefit and assumption rows, the KPI fields
// of the installed plugins and the uncertainty drivers are built here. Numbers keep the digits typed or loaded
// (JSON.rawJSON), so a case loaded into the form and written back is the same case, byte for byte.
"use strict";
window.CaseForm = function CaseForm(t, lang, changed) {
  const $ = id => document.getElementById(id);
  const CATEGORIES = ["license", "subscription", "implementation", "customization", "data-migration", "integration",
    "training", "maintenance", "infrastructure", "internal-staff", "change-management", "consulting", "other"];
  const RECURRENCES = ["once", "annual", "monthly"];
  const BASES = ["gross-profit", "revenue", "cost-saving", "cost-avoidance", "time-saved"];
  const SOURCES = ["estimated", "measured", "vendor-benchmark", "controlled"];
  const KPI_SOURCES = ["target", "measured", "vendor-benchmark", "controlled"];
  const DRIVERS = ["crmShare", "grossMarginRate", "adoptionRate", "benefitScale", "costScale", "hiddenCostScale", "discountRate"];
  const ORDER = ["format", "id", "title", "currency", "language", "company", "deployment", "horizon", "costCoverage",
    "riskAdjusted", "costs", "benefits", "kpis", "attribution", "claim", "assumptions", "uncertainty"];
  // Cost and benefit fields in the order the case format lists them; blank: the select may be left unset.
  const FLOW = [{ f: "amount", type: "number" }, { f: "recurrence", options: RECURRENCES, blank: true },
    { f: "startYear", type: "number" }, { f: "endYear", type: "number" }, { f: "schedule", type: "list" }];
  const KINDS = {
    costs: { name: "cost", fields: [{ f: "category", options: CATEGORIES, attr: "data-cat" }, { f: "id", type: "text", label: "itemId" },
      ...FLOW, { f: "timing", options: ["arrears", "advance"], blank: true },
      { f: "includes", type: "multi", options: CATEGORIES, attr: "data-cat" }] },
    benefits: { name: "benefit", fields: [{ f: "basis", options: BASES }, { f: "id", type: "text", label: "itemId" }, ...FLOW,
      { f: "hours", type: "number" }, { f: "source", options: SOURCES, blank: true, label: "evidence" },
      { f: "measuredAt", type: "text", placeholder: "YYYY-MM" }] }
  };
  const RAW = typeof JSON.rawJSON === "function";
  const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
  // Parts of a case the form holds as a whole (rows), or writes itself: never kept from the loaded case.
  const WHOLE = ["format", "costs", "benefits", "assumptions"];
  let pendingKpis = null;
  let loaded = {};
  let profile = {};

  const numberOf = text => {
    text = String(text).trim();
    if (text === "") return undefined;
    if (NUMBER.test(text)) return RAW ? JSON.rawJSON(text) : Number(text);
    return isFinite(Number(text)) ? Number(text) : text; // a non-number goes to the server, which names the field
  };
  const textOf = v => (v === undefined || v === null ? "" : RAW && JSON.isRawJSON(v) ? v.rawJSON : String(v));
  const isObject = v => v !== null && typeof v === "object" && !Array.isArray(v) && !(RAW && JSON.isRawJSON(v));
  const parseExact = text => JSON.parse(text, RAW
    ? (k, v, ctx) => (typeof v === "number" && ctx && ctx.source !== undefined ? JSON.rawJSON(ctx.source) : v) : undefined);

  function read(el) {
    const v = el.value;
    switch (el.dataset.type) {
      case "number": return numberOf(v);
      case "bool": return v === "" ? undefined : v === "true";
      case "lines": { const l = v.split("\n").map(s => s.trim()).filter(s => s); return l.length ? l : undefined; }
      case "list": { const l = v.split(/[\s,;]+/).filter(s => s).map(numberOf); return l.length ? l : undefined; }
      case "multi": {
        const order = JSON.parse(el.dataset.order || "[]");
        const l = [...el.selectedOptions].map(o => o.value);
        const at = x => (order.indexOf(x) < 0 ? order.length + CATEGORIES.indexOf(x) : order.indexOf(x));
        return l.length ? l.sort((a, b) => at(a) - at(b)) : undefined;
      }
      default: return v.trim() === "" ? undefined : v.trim();
    }
  }

  function write(el, v) {
    switch (el.dataset.type) {
      case "bool": el.value = v === undefined ? "" : String(v); break;
      case "lines": el.value = (v || []).join("\n"); break;
      case "list": el.value = Array.isArray(v) ? v.map(textOf).join(", ") : textOf(v); break;
      case "multi":
        [...el.options].forEach(o => { o.selected = (v || []).includes(o.value); });
        el.dataset.order = JSON.stringify(v || []);
        break;
      default:
        el.value = textOf(v);
        if (el.tagName === "SELECT" && el.selectedIndex < 0) el.selectedIndex = 0; // a required choice: its first option
    }
  }

  const setPath = (obj, path, v) => {
    const keys = path.split(".");
    keys.slice(0, -1).forEach(k => { if (!isObject(obj[k])) obj[k] = {}; obj = obj[k]; });
    obj[keys[keys.length - 1]] = v;
  };
  const getPath = (obj, path) => path.split(".").reduce((o, k) => (isObject(o) ? o[k] : undefined), obj);
  const controls = root => root.querySelectorAll("[data-path][data-type]:not([data-field])");

  /** The values of the plain controls under root, as a case fragment. */
  function collect(root) {
    const c = {};
    controls(root).forEach(el => { const v = read(el); if (v !== undefined) setPath(c, el.dataset.path, v); });
    return c;
  }

  function fill(root, c) {
    controls(root).forEach(el => write(el, getPath(c, el.dataset.path)));
  }

  function element(tag, props) {
    const e = document.createElement(tag);
    Object.entries(props || {}).forEach(([k, v]) => { if (k.startsWith("data-") || k === "list") e.setAttribute(k, v); else e[k] = v; });
    return e;
  }

  function field(kind, spec) {
    const label = element("label");
    label.appendChild(element("span", { textContent: t(spec.label || spec.f) })).dataset.i18n = spec.label || spec.f;
    let el;
    if (spec.options) {
      el = element("select", { "data-type": spec.type || "text" });
      if (spec.type === "multi") { el.multiple = true; el.size = 4; }
      if (spec.blank) el.appendChild(element("option", { value: "", textContent: t("default"), "data-i18n": "default" }));
      spec.options.forEach(v => el.appendChild(element("option", { value: v, [spec.attr || "data-word"]: "" })));
    } else {
      el = element("input", { "data-type": spec.type, type: spec.type === "number" ? "number" : "text" });
      if (spec.type === "number") el.step = "any";
      if (spec.placeholder) el.placeholder = spec.placeholder;
      if (spec.type === "list") el.placeholder = "0, 0, 0";
    }
    el.name = kind + "-" + spec.f;
    el.dataset.field = spec.f;
    label.appendChild(el);
    return label;
  }

  function removeButton(row) {
    const b = element("button", { type: "button", textContent: "×", "data-remove": "" });
    b.addEventListener("click", () => { row.remove(); renumber(); changed(); });
    return b;
  }

  function addItem(list, values) {
    const kind = KINDS[list];
    const row = element("div", { className: "item", "data-kind": list });
    row.setAttribute("role", "group");
    kind.fields.forEach(spec => row.appendChild(field(kind.name, spec)));
    row.appendChild(removeButton(row));
    $(list).appendChild(row);
    row.querySelectorAll("[data-field]").forEach(el => write(el, (values || {})[el.dataset.field]));
    renumber();
    return row;
  }

  function addAssumption(key, value) {
    const row = element("div", { className: "item assumption", "data-kind": "assumptions" });
    row.setAttribute("role", "group");
    const k = element("input", { name: "assumption-key", list: "assumption-keys", "data-assumption-key": "", value: key || "" });
    const v = element("input", { name: "assumption-value", "data-assumption-value": "", value: value === undefined ? "" : value });
    [["assumptionKey", k], ["assumptionValue", v]].forEach(([word, el]) => {
      const label = element("label");
      label.appendChild(element("span", { textContent: t(word), "data-i18n": word }));
      label.appendChild(el);
      row.appendChild(label);
    });
    k.addEventListener("input", () => { renumber(); });
    row.appendChild(removeButton(row));
    $("assumption-rows").appendChild(row);
    renumber();
    return row;
  }

  // Row fields carry full paths (costs[0].amount, assumptions.rampUp) so server errors find them.
  function renumber() {
    Object.keys(KINDS).forEach(list => [...$(list).children].forEach((row, i) => {
      row.dataset.path = list + "[" + i + "]";
      labelRow(row, t(KINDS[list].name) + " " + (i + 1));
      row.querySelectorAll("[data-field]").forEach(el => { el.dataset.path = list + "[" + i + "]." + el.dataset.field; });
    }));
    [...$("assumption-rows").children].forEach((row, i) => {
      const key = row.querySelector("[data-assumption-key]").value.trim();
      const v = row.querySelector("[data-assumption-value]");
      labelRow(row, t("assumption") + " " + (i + 1));
      v.dataset.path = "assumptions." + key;
      v.placeholder = profile[key] !== undefined ? t("profileValue") + " " + profile[key] : "";
    });
  }

  // A row is named for a screen reader ("Cost 2"), and so is its remove button ("Remove cost 2"): a list of
  // buttons all called "Remove this row" did not say which row each removes.
  function labelRow(row, name) {
    row.setAttribute("aria-label", name);
    row.querySelector("[data-remove]").setAttribute("aria-label", t("removeRow").replace("{row}", name));
  }

  function items(list) {
    return [...$(list).children].map(row => {
      const o = {};
      row.querySelectorAll("[data-field]").forEach(el => { const v = read(el); if (v !== undefined) o[el.dataset.field] = v; });
      return o;
    });
  }

  // The control paths of the form (inputs and selects, not the fieldsets and lists that hold them).
  const controlPaths = () => new Set([...$("panel-form").querySelectorAll("[data-path]")]
    .filter(el => /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)).map(el => el.dataset.path));

  /**
   * What the loaded case holds that the form has no control for (KPI sets of plugins that are not installed,
   * KPI names a plugin does not read, fields the form does not show), as [keys, value] pairs: kept unchanged
   * and sent back with the case, so loading a case into the form never loses part of it.
   */
  function keptParts() {
    const paths = controlPaths(), all = [...paths], out = [];
    const walk = (v, keys) => {
      const path = keys.join(".");
      if ((keys.length === 1 && WHOLE.includes(path)) || paths.has(path)) return;
      if (isObject(v) && (!keys.length || all.some(p => p.startsWith(path + ".")))) Object.keys(v).forEach(k => walk(v[k], keys.concat(k)));
      else out.push([keys, v]);
    };
    walk(loaded, []);
    return out;
  }

  /** The paths kept from the loaded case that the form cannot edit (see keptParts). */
  const kept = () => keptParts().map(([keys]) => keys.join("."));

  /** The case-1 document the form describes; empty fields are left out so the engine's defaults apply. */
  function build() {
    const c = collect($("panel-form"));
    c.format = "roi-assay/case-1";
    c.company = c.company || {};
    c.costs = items("costs");
    const benefits = items("benefits");
    if (benefits.length) c.benefits = benefits;
    [...$("assumption-rows").children].forEach(row => {
      const key = row.querySelector("[data-assumption-key]").value.trim();
      const text = row.querySelector("[data-assumption-value]").value;
      const v = key === "rampUp" ? read({ value: text, dataset: { type: "list" } }) : numberOf(text);
      if (key && v !== undefined) setPath(c, "assumptions." + key, v);
    });
    if (pendingKpis) c.kpis = pendingKpis;
    keptParts().forEach(([keys, v]) => {
      let o = c;
      keys.slice(0, -1).forEach(k => { if (!isObject(o[k])) o[k] = {}; o = o[k]; });
      o[keys[keys.length - 1]] = v;
    });
    const out = {};
    ORDER.forEach(k => { if (c[k] !== undefined) out[k] = c[k]; });
    Object.keys(c).forEach(k => { if (out[k] === undefined) out[k] = c[k]; });
    return out;
  }

  /** Puts a case (as the server normalizes it, or as saved) into the form, replacing what was there. */
  function load(c) {
    c = c || {};
    loaded = c;
    controls($("panel-form")).forEach(el => write(el, getPath(c, el.dataset.path)));
    ["costs", "benefits", "assumption-rows"].forEach(list => { $(list).textContent = ""; });
    (c.costs || []).forEach(x => addItem("costs", x));
    (c.benefits || []).forEach(x => addItem("benefits", x));
    const a = c.assumptions || {};
    Object.keys(a).forEach(k => {
      if (isObject(a[k])) Object.keys(a[k]).forEach(n => addAssumption(k + "." + n, textOf(a[k][n])));
      else addAssumption(k, Array.isArray(a[k]) ? a[k].map(textOf).join(", ") : textOf(a[k]));
    });
    pendingKpis = document.querySelector("#kpi-plugins [data-type]") ? null : c.kpis || null;
    showKept();
  }

  /** The note under the KPI fields naming the KPI sets (and names) kept from the loaded case but not editable. */
  function showKept() {
    const note = $("kpi-kept");
    const list = document.querySelector("#kpi-plugins [data-type]")
      ? kept().filter(p => p.startsWith("kpis.")).map(p => p.slice(5)) : [];
    note.hidden = !list.length;
    note.textContent = list.length ? t("keptKpis") + " " + list.join(", ") : "";
  }

  function select(values, path, blank) {
    const s = element("select", { "data-path": path, "data-type": "text" });
    s.appendChild(element("option", { value: "", textContent: t(blank), "data-i18n": blank }));
    values.forEach(v => s.appendChild(element("option", { value: v, "data-word": "" })));
    return s;
  }

  function labelled(text, el) {
    const label = element("label");
    label.appendChild(element("span", { textContent: text }));
    label.appendChild(el);
    return label;
  }

  /** The KPI fields of the installed plugins (with units and ranges), keeping the values already entered. */
  function renderPlugins(plugins) {
    const box = $("kpi-plugins");
    if (!plugins.length) return;
    const values = pendingKpis ? { kpis: pendingKpis } : collect(box);
    pendingKpis = null;
    box.textContent = "";
    plugins.forEach(p => {
      const div = element("div", { className: "plugin" });
      div.appendChild(element("h3", { textContent: p.title[lang()] + " (" + p.id + ")" }));
      const head = element("div", { className: "grid" });
      head.appendChild(labelled(t("kpiSource"), select(KPI_SOURCES, "kpis." + p.id + ".source", "defaultTarget")));
      const at = element("input", { "data-path": "kpis." + p.id + ".measuredAt", "data-type": "text", placeholder: "YYYY-MM" });
      head.appendChild(labelled(t("measuredAt"), at));
      div.appendChild(head);
      const grid = element("div", { className: "kpi-grid" });
      p.inputs.forEach(i => {
        const name = element("div", { textContent: i.description[lang()] + " " });
        name.appendChild(element("span", { className: "unit", textContent: "[" + t("unit-" + i.unit) + (i.maximum !== undefined
          ? ", " + i.minimum + "–" + i.maximum : i.minimum !== undefined ? ", ≥ " + i.minimum : "")
          + (i.better ? ", " + t(i.better === "higher" ? "higherBetter" : "lowerBetter") : "") + "]" }));
        grid.appendChild(name);
        ["before", "after"].forEach(side => {
          const el = element("input", { type: "number", step: "any", name: "kpi", id: "kpi-" + p.id + "-" + side + "-" + i.name,
            "data-path": "kpis." + p.id + "." + side + "." + i.name, "data-type": "number", "data-kpi": i.name });
          if (i.minimum !== undefined) el.min = i.minimum;
          if (i.maximum !== undefined) el.max = i.maximum;
          el.setAttribute("aria-label", i.description[lang()] + " (" + t("unit-" + i.unit) + ") " + t(side));
          grid.appendChild(labelled(t(side), el));
        });
      });
      div.appendChild(grid);
      box.appendChild(div);
    });
    fill(box, values);
    showKept();
  }

  function renderDrivers() {
    DRIVERS.forEach(d => {
      const el = element("input", { name: "uncertainty-" + d, "data-path": "uncertainty." + d, "data-type": "list", placeholder: t("rangePlaceholder"), "data-i18n-placeholder": "rangePlaceholder" });
      const label = element("label");
      label.appendChild(element("span", { textContent: t("driver-" + d), "data-i18n": "driver-" + d }));
      label.appendChild(el);
      $("uncertainty-drivers").appendChild(label);
    });
  }

  /** The profile the engine builds for this company: the assumption keys a case may override, with their values. */
  function setProfile(p) {
    profile = {};
    const list = $("assumption-keys");
    list.textContent = "";
    p.overrides.forEach(o => {
      profile[o.key] = Array.isArray(o.value) ? o.value.join(", ") : o.value === null ? "—" : String(o.value);
      list.appendChild(element("option", { value: o.key, label: o.key + " = " + profile[o.key] }));
    });
    // in the page's words (零售, 中型, SaaS 订阅), the ids only when the server gave none
    const w = (p.words || {})[lang()] || p;
    $("profile-note").textContent = t("profileNote").replace("{profile}", [w.industry, w.segment, w.deployment].join(t("listSep")));
    renumber();
  }

  renderDrivers();
  return { build, load, kept, parseExact, renderPlugins, renumber, setProfile,
    addCost: v => addItem("costs", v), addBenefit: v => addItem("benefits", v), addAssumption };
};
