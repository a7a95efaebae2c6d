// The review page: plain DOM, no framework, nothing loaded from elsewhere.
// Values from documents are only ever set as textContent, never parsed as HTML.
"use strict";

const token = new URLSearchParams(location.search).get("token") || "";
const state = { files: [], current: null, view: null, marks: [], selected: -1, spanType: "PERSON", boxType: "FACE" };
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

async function api(path, body) {
  const options = { headers: { "X-Redact-Token": token } };
  if (body !== undefined) {
    options.method = "POST";
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function showError(err) {
  let box = $("error");
  if (!box) { box = el("p", { id: "error", role: "alert" }); $("file").prepend(box); }
  box.textContent = String(err.message || err);
}

// -- the files ------------------------------------------------------------------------------
async function loadFiles() {
  const data = await api("/api/files");
  state.files = data.files;
  $("reviewer").textContent = "reviewer: " + data.reviewer;
  renderFiles();
}

function renderFiles() {
  const list = $("file-list");
  list.replaceChildren();
  for (const f of state.files) {
    const item = el("li", { "data-file": f.file, onclick: () => openFile(f.file) },
      el("span", { class: "name" }, f.file), el("span", { class: "status " + f.status }, f.status));
    if (f.file === state.current) item.setAttribute("aria-current", "true");
    list.append(item);
  }
  const approved = state.files.filter((f) => f.status === "approved").length;
  $("progress").textContent = `${approved} of ${state.files.length} approved`;
}

async function openFile(name) {
  state.current = name;
  state.selected = -1;
  renderFiles();
  try {
    render(await api("/api/file?f=" + encodeURIComponent(name)));
  } catch (err) {
    showError(err);
  }
}

function stepFile(delta) {
  const names = state.files.map((f) => f.file);
  const i = names.indexOf(state.current);
  const next = names[Math.min(names.length - 1, Math.max(0, i + delta))];
  if (next) openFile(next);
}

// -- one file -------------------------------------------------------------------------------
function render(view) {
  state.view = view;
  state.marks = [];
  const main = $("file");
  main.replaceChildren();
  const types = el("select", { id: "span-type", "aria-label": "Type of an added span or box" });
  const choices = view.kind === "image" ? view.types : view.types.filter((t) => t !== "FACE");  // a text span is no face
  for (const t of choices) types.append(el("option", { value: t }, t));
  types.value = view.kind === "image" ? state.boxType : state.spanType;
  types.addEventListener("change", () => { if (view.kind === "image") state.boxType = types.value; else state.spanType = types.value; });
  main.append(el("div", { class: "toolbar" },
    el("h2", {}, view.file), el("span", { class: "status " + view.status, id: "file-status" }, view.status),
    el("button", { type: "button", id: "approve", class: "primary", onclick: () => decide("approve") }, "Approve (p)"),
    el("button", { type: "button", id: "hold", onclick: () => decide("hold") }, "Hold (h)"),
    el("label", {}, "added as ", types),
    view.units ? el("button", { type: "button", id: "add-span", onclick: addSelection }, "Add selected text (s)") : "",
    el("button", { type: "button", onclick: () => stepFile(-1) }, "← ["),
    el("button", { type: "button", onclick: () => stepFile(1) }, "] →")));
  if (view.note) main.append(el("p", { class: "note" }, view.note));
  if (view.kind === "image") renderPhoto(main, view);
  if (view.units) renderUnits(main, view);
  if (view.truncated) main.append(el("p", { class: "note" }, "Only the parts with findings are shown (a large table)."));
  for (const f of state.files) if (f.file === view.file) f.status = view.status;
  renderFiles();
  select(Math.min(state.selected, state.marks.length - 1));
}

function renderUnits(main, view) {
  for (const unit of view.units) {
    const body = el("div", { class: "body", "data-location": unit.location });
    for (const piece of unit.pieces) {
      if (!piece.mark) {
        body.append(el("span", { "data-start": String(piece.start) }, piece.text));
        continue;
      }
      const m = piece.mark;
      const classes = [m.operator === "keep" ? "keep" : "", m.decision || ""].join(" ").trim();
      const index = state.marks.length;
      const node = el("mark", { class: classes, tabindex: "0", "data-type": m.entity_type, onclick: () => select(index) }, piece.text);
      state.marks.push({ node, mark: m });
      body.append(node);
    }
    main.append(el("div", { class: "unit" }, el("div", { class: "where" }, unit.location), body));
  }
}

function renderPhoto(main, view) {
  const img = el("img", { alt: "the photo as it will be published", id: "photo-img", draggable: "false",
    src: `/api/image?which=output&f=${encodeURIComponent(view.file)}&token=${encodeURIComponent(token)}` });
  const frame = el("div", { class: "photo", id: "photo" }, img);
  main.append(frame);
  const place = () => {
    const scale = img.clientWidth / img.naturalWidth || 1;
    for (const r of state.marks) {
      const [x1, y1, x2, y2] = r.mark.box;
      Object.assign(r.node.style, { left: x1 * scale + "px", top: y1 * scale + "px", width: (x2 - x1) * scale + "px", height: (y2 - y1) * scale + "px" });
    }
  };
  view.regions.forEach((region, index) => {
    const node = el("div", { class: "region" + (region.added ? " added" : "") + (region.rejected ? " rejected" : ""),
      title: region.entity_type || "left as taken", "data-type": region.entity_type, onclick: (e) => { e.stopPropagation(); select(index); } });
    state.marks.push({ node, mark: region });
    frame.append(node);
  });
  img.addEventListener("load", place);
  window.addEventListener("resize", place);
  let start = null, drawing = null;
  frame.addEventListener("mousedown", (e) => {
    if (e.target !== img) return;
    const rect = img.getBoundingClientRect();
    start = [e.clientX - rect.left, e.clientY - rect.top];
    drawing = el("div", { class: "drawing" });
    frame.append(drawing);
    e.preventDefault();
  });
  window.addEventListener("mousemove", (e) => {
    if (!start) return;
    const rect = img.getBoundingClientRect();
    const x = e.clientX - rect.left, y = e.clientY - rect.top;
    Object.assign(drawing.style, { left: Math.min(x, start[0]) + "px", top: Math.min(y, start[1]) + "px",
      width: Math.abs(x - start[0]) + "px", height: Math.abs(y - start[1]) + "px" });
  });
  window.addEventListener("mouseup", (e) => {
    if (!start) return;
    const rect = img.getBoundingClientRect();
    const scale = img.naturalWidth / img.clientWidth;
    const x = e.clientX - rect.left, y = e.clientY - rect.top;
    const box = [Math.min(x, start[0]), Math.min(y, start[1]), Math.max(x, start[0]), Math.max(y, start[1])]
      .map((v) => Math.max(0, Math.round(v * scale)));
    start = null;
    drawing.remove();
    if (box[2] - box[0] >= 4 && box[3] - box[1] >= 4) decide("add_box", { box, entity_type: state.boxType });
  }, { once: false });
}

// -- one finding ----------------------------------------------------------------------------
function select(index) {
  state.marks.forEach((m) => m.node.classList.remove("selected"));
  state.selected = index;
  const details = $("details");
  details.replaceChildren();
  if (index < 0 || !state.marks[index]) return;
  const { node, mark } = state.marks[index];
  node.classList.add("selected");
  if (node.scrollIntoView) node.scrollIntoView({ block: "nearest" });
  const rows = state.view.kind === "image"
    ? [["type", mark.entity_type || "—"], ["source", mark.source], ["score", mark.score], ["box", mark.box.join(", ")]]
    : [["type", mark.entity_type], ["rule", mark.recognizer || "reviewer"], ["class", mark.subtype || "—"],
       ["role", mark.role || "—"], ["score", mark.score ?? "—"], ["done", mark.operator], ["decision", mark.decision || "—"]];
  const list = el("dl", {});
  for (const [k, v] of rows) list.append(el("dt", {}, k), el("dd", {}, String(v)));
  details.append(el("h2", {}, "Finding"), list);
  if (state.view.kind === "image") {
    if (!mark.rejected && !mark.added) details.append(el("button", { type: "button", id: "reject", onclick: () => act("r") }, "Leave as taken (r)"));
    if (mark.rejected || mark.added) details.append(el("button", { type: "button", id: "undo", onclick: () => act("u") }, "Undo (u)"));
    details.append(el("button", { type: "button", id: "original", onclick: () => act("o") }, "Original photo (o)"));
    return;
  }
  details.append(
    el("button", { type: "button", id: "accept", class: "primary", onclick: () => act("a") }, "Accept (a)"), " ",
    el("button", { type: "button", id: "reject", onclick: () => act("r") }, "Reject (r)"), " ",
    el("button", { type: "button", id: "undo", onclick: () => act("u") }, "Undo (u)"), " ",
    el("button", { type: "button", id: "original", onclick: () => act("o") }, "Original (o)"),
    el("p", { class: "original", id: "original-value", hidden: "" }));
}

async function act(key) {
  const current = state.marks[state.selected];
  if (!current) return;
  const mark = current.mark;
  if (state.view.kind === "image") {
    if (key === "r" && !mark.rejected && !mark.added) await decide("reject_box", { box: mark.box });
    if (key === "u" && (mark.rejected || mark.added)) await decide("undo_box", { box: mark.box });
    if (key === "o") {
      const img = $("photo-img");
      const original = img.src.includes("which=source");
      img.src = img.src.replace(original ? "which=source" : "which=output", original ? "which=output" : "which=source");
    }
    return;
  }
  if (key === "a") await decide("accept", { spot: mark.spot });
  if (key === "r") await decide("reject", { spot: mark.spot });
  if (key === "u") await decide("undo", { spot: mark.spot });
  if (key === "o") {
    const [loc, , start, end] = mark.spot;
    const data = await api(`/api/original?f=${encodeURIComponent(state.view.file)}&loc=${encodeURIComponent(loc)}&start=${start}&end=${end}`);
    const box = $("original-value");
    box.textContent = data.value;
    box.hidden = false;
  }
}

async function decide(action, extra = {}) {
  try {
    render(await api("/api/decide", { file: state.view.file, action, ...extra }));
  } catch (err) {
    showError(err);
  }
}

function addSelection() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed) return showError(new Error("select some text first"));
  const offset = (node, within) => {
    const span = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node).closest("span[data-start]");
    return span ? Number(span.dataset.start) + within : null;
  };
  const a = offset(sel.anchorNode, sel.anchorOffset), b = offset(sel.focusNode, sel.focusOffset);
  const bodyOf = (node) => (node.nodeType === Node.TEXT_NODE ? node.parentElement : node).closest(".body");
  const body = bodyOf(sel.anchorNode);
  if (a === null || b === null || body !== bodyOf(sel.focusNode)) {
    return showError(new Error("select text inside one passage, outside the highlighted findings"));
  }
  const spot = [body.dataset.location, state.spanType, Math.min(a, b), Math.max(a, b)];
  sel.removeAllRanges();
  if (spot[2] < spot[3]) decide("add_span", { spot, entity_type: state.spanType });
}

// -- keys -------------------------------------------------------------------------------------
document.addEventListener("keydown", (e) => {
  if (e.target.tagName === "SELECT" || e.target.tagName === "INPUT" || e.ctrlKey || e.metaKey || e.altKey) return;
  const key = e.key;
  if (key === "j" || key === "ArrowDown") select(Math.min(state.marks.length - 1, state.selected + 1));
  else if (key === "k" || key === "ArrowUp") select(Math.max(0, state.selected - 1));
  else if ("arou".includes(key) && key.length === 1) act(key);
  else if (key === "s") addSelection();
  else if (key === "p") decide("approve");
  else if (key === "h") decide("hold");
  else if (key === "]") stepFile(1);
  else if (key === "[") stepFile(-1);
  else if (key === "?") $("help").hidden = !$("help").hidden;
  else return;
  e.preventDefault();
});
$("help-button").addEventListener("click", () => { $("help").hidden = false; });
$("help-close").addEventListener("click", () => { $("help").hidden = true; });

loadFiles().then(() => { if (state.files.length) openFile(state.files[0].file); }).catch(showError);
