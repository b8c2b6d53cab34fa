// Writes a case object as YAML (block style, strings double-quoted as JSON, which YAML reads the same).
"use strict";
window.toYaml = function toYaml(value, indent) {
  indent = indent || "";
  // Numbers may be JSON.rawJSON values (the digits as typed): written as those digits.
  const raw = v => typeof JSON.isRawJSON === "function" && JSON.isRawJSON(v);
  const scalar = v => (v === null ? "null" : raw(v) ? v.rawJSON : typeof v === "string" ? JSON.stringify(v) : String(v));
  const isObj = v => v !== null && typeof v === "object" && !raw(v);
  // A key a user typed (a KPI or assumption name) may hold ": ", "#" or nothing: quoted then, as JSON, which YAML reads.
  const key = k => (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(k) ? k : JSON.stringify(k));
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]\n";
    return value.map(v => {
      if (!isObj(v)) return indent + "- " + scalar(v) + "\n";
      const inner = toYaml(v, indent + "  ");
      return indent + "- " + inner.slice(indent.length + 2);
    }).join("");
  }
  if (isObj(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return "{}\n";
    return keys.map(k => {
      const v = value[k];
      if (isObj(v) && (Array.isArray(v) ? v.length : Object.keys(v).length)) return indent + key(k) + ":\n" + toYaml(v, indent + "  ");
      if (isObj(v)) return indent + key(k) + ": " + (Array.isArray(v) ? "[]" : "{}") + "\n";
      return indent + key(k) + ": " + scalar(v) + "\n";
    }).join("");
  }
  return indent + scalar(value) + "\n";
};
