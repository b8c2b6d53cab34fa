// Writes a case object as YAML (block style, strings double-quoted as JSON, which YAML reads the same).
"use strict";
window.toYaml = function toYaml(value, indent) {
  indent = indent || "";
  // Numbers may be JSON.rawJSON values (the digits as typed): written as those digits.
  const raw = v => typeof JSON.isRawJSON === "function" && JSON.isRawJSON(v);
  const scalar = v => (v === null ? "null" : raw(v) ? v.rawJSON : typeof v === "string" ? JSON.stringify(v) : String(v));
  const isObj = v => v !== null && typeof v === "object" && !raw(v);
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
      if (isObj(v) && (Array.isArray(v) ? v.length : Object.keys(v).length)) return indent + k + ":\n" + toYaml(v, indent + "  ");
      if (isObj(v)) return indent + k + ": " + (Array.isArray(v) ? "[]" : "{}") + "\n";
      return indent + k + ": " + scalar(v) + "\n";
    }).join("");
  }
  return indent + scalar(value) + "\n";
};
