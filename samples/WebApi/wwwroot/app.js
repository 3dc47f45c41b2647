// 手术分级目录查询 — the page's script: no framework, no external resources.
// Every value from the API is put into the page with textContent, never as HTML.
"use strict";

const GRADE_SHORT = { 1: "一级", 2: "二级", 3: "三级", 4: "四级" };
const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function gradeBadge(grade) {
  return el("span", "badge grade-" + grade, GRADE_SHORT[grade] || String(grade));
}

// ---- 目录查询 / search ----

let searchSequence = 0;
let searchTimer = 0;

async function search() {
  const sequence = ++searchSequence;
  const params = new URLSearchParams();
  const q = $("q").value.trim();
  if (q) params.set("q", q);
  if ($("grade").value) params.set("grade", $("grade").value);
  if ($("specialty").value) params.set("specialty", $("specialty").value);

  const table = $("results");
  table.setAttribute("aria-busy", "true");
  let data;
  try {
    const response = await fetch("/api/procedures?" + params.toString());
    if (!response.ok) throw new Error(await problemText(response));
    data = await response.json();
  } catch (error) {
    if (sequence !== searchSequence) return;
    $("count").textContent = "查询失败：" + error.message;
    $("match").textContent = "";
    table.tBodies[0].replaceChildren();
    table.removeAttribute("aria-busy");
    return;
  }

  // An older request that answers late must not overwrite a newer one.
  if (sequence !== searchSequence) return;
  render(data);
  table.dataset.query = params.toString();
  table.removeAttribute("aria-busy");
}

function render(data) {
  $("count").textContent = "共 " + data.count + " 项";
  $("match").textContent = data.match === "exact" ? "（精确匹配名称或缩写）" : data.match === "partial" ? "（部分名称匹配）" : "";
  const body = $("results").tBodies[0];
  const rows = data.items.map((item) => {
    const row = el("tr");
    row.dataset.id = item.id;
    row.append(el("td", "id", item.id));
    const name = el("td", "name", item.name);
    if (item.isCatchAll) name.append(el("span", "tag", "兜底条目"));
    if (item.isRetired) name.append(el("span", "tag", "已停用"));
    row.append(name);
    const grade = el("td", "grade");
    grade.append(gradeBadge(item.grade));
    grade.title = item.gradeLabel;
    row.append(grade);
    row.append(el("td", "specialties", item.specialties.join("、")));
    row.append(el("td", "abbreviation", item.abbreviation || ""));
    return row;
  });
  if (rows.length === 0) {
    const row = el("tr");
    const cell = el("td", "empty", "没有符合条件的手术");
    cell.colSpan = 5;
    row.append(cell);
    rows.push(row);
  }
  body.replaceChildren(...rows);
}

async function problemText(response) {
  try {
    const problem = await response.json();
    if (problem.errors) return Object.values(problem.errors).flat().join(" ");
    return problem.detail || problem.title || response.statusText;
  } catch {
    return response.status + " " + response.statusText;
  }
}

// ---- 专科 / specialties ----

let specialties = [];

async function loadSpecialties() {
  const response = await fetch("/api/specialties");
  specialties = await response.json();
  const select = $("specialty");
  for (const s of specialties) {
    const option = el("option", null, s.name + "（" + s.count + " 项）");
    option.value = s.name;
    select.append(option);
  }
}

// ---- 手术授权检查 / privilege check ----

function dateInput(value) {
  const input = el("input");
  input.type = "date";
  input.required = true;
  input.value = value;
  return input;
}

function addGrant(specialty, maxGrade, from, until) {
  const row = el("tr");
  const specialtySelect = el("select", "grant-specialty");
  for (const s of specialties) {
    const option = el("option", null, s.name);
    option.value = s.name;
    specialtySelect.append(option);
  }
  if (specialty) specialtySelect.value = specialty;
  const gradeSelect = el("select", "grant-grade");
  for (const g of [1, 2, 3, 4]) {
    const option = el("option", null, GRADE_SHORT[g] + "手术");
    option.value = String(g);
    gradeSelect.append(option);
  }
  gradeSelect.value = String(maxGrade || 3);
  const fromInput = dateInput(from);
  fromInput.className = "grant-from";
  const untilInput = dateInput(until);
  untilInput.className = "grant-until";
  const remove = el("button", "secondary", "删除");
  remove.type = "button";
  remove.addEventListener("click", () => row.remove());
  for (const control of [specialtySelect, gradeSelect, fromInput, untilInput, remove]) {
    const cell = el("td");
    cell.append(control);
    row.append(cell);
  }
  $("grants").tBodies[0].append(row);
}

function localDateTime(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) + "T" + pad(date.getHours()) + ":" + pad(date.getMinutes());
}

async function checkPrivileges(event) {
  event.preventDefault();
  const grants = [...$("grants").tBodies[0].rows].map((row) => ({
    specialty: row.querySelector(".grant-specialty").value,
    maxGrade: Number(row.querySelector(".grant-grade").value),
    validFrom: row.querySelector(".grant-from").value,
    validUntil: row.querySelector(".grant-until").value,
  }));
  const procedure = $("procedure").value.trim();
  const body = { surgeonId: $("surgeon-id").value.trim(), grants, at: $("at").value };
  if (/^\d+$/.test(procedure)) body.procedureId = Number(procedure);
  else body.procedure = procedure;

  const box = $("decision");
  box.hidden = false;
  box.replaceChildren();
  try {
    const response = await fetch("/api/privileges/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      box.className = "error";
      box.dataset.reason = "Invalid";
      box.append(el("span", "verdict", "请求有误"), el("span", "message", await problemText(response)));
      return;
    }
    const decision = await response.json();
    box.className = decision.allowed ? "allowed" : "refused";
    box.dataset.reason = decision.reason;
    box.append(el("span", "verdict", decision.allowed ? "✔ 允许" : "✘ 拒绝"));
    if (decision.procedure) {
      box.append(el("span", "procedure", decision.procedure.name + " "), gradeBadge(decision.procedure.grade));
    }
    box.append(el("p", "message", decision.message), el("span", "reason", "原因代码 Reason: " + decision.reason));
  } catch (error) {
    box.className = "error";
    box.append(el("span", "verdict", "请求失败"), el("span", "message", error.message));
  }
}

// ---- 推荐 / suggestions as the user types ----

let suggestSequence = 0;

async function suggest() {
  const sequence = ++suggestSequence;
  const q = $("q").value.trim();
  const box = $("suggest");
  if (!q) {
    box.hidden = true;
    $("suggestions").replaceChildren();
    return;
  }

  let data;
  try {
    const response = await fetch("/api/suggest?max=8&q=" + encodeURIComponent(q));
    if (!response.ok) throw new Error(await problemText(response));
    data = await response.json();
  } catch (error) {
    if (sequence !== suggestSequence) return;
    box.hidden = true;
    return;
  }

  if (sequence !== suggestSequence) return;
  const note = $("qualifier-note");
  note.hidden = !data.gradeDependsOnQualifier;
  note.textContent = data.note || "";
  const items = data.items.map((s) => {
    const item = el("li", s.isQualifierVariant ? "suggestion variant" : "suggestion");
    item.dataset.id = s.procedure.id;
    const grade = gradeBadge(s.procedure.grade);
    grade.title = s.procedure.gradeLabel;
    item.append(grade, el("span", "name", s.procedure.name));
    if (s.isQualifierVariant) item.append(el("span", "tag", "级别视限定语而定"));
    item.append(el("span", "why", s.reasons.join("、") + " · " + Math.round(s.score * 100) + "%"));
    item.addEventListener("click", () => { $("q").value = s.procedure.name; search(); suggest(); });
    return item;
  });
  if (items.length === 0) items.push(el("li", "empty", "没有推荐的手术"));
  $("suggestions").replaceChildren(...items);
  box.hidden = false;
  box.dataset.query = q;
}

// ---- start ----

async function start() {
  $("q").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { search(); suggest(); }, 150);
  });
  $("search-form").addEventListener("submit", (event) => { event.preventDefault(); search(); suggest(); });
  $("grade").addEventListener("change", search);
  $("specialty").addEventListener("change", search);

  await loadSpecialties();
  const year = new Date().getFullYear();
  addGrant(specialties.length ? specialties[0].name : "", 3, year + "-01-01", (year + 1) + "-01-01");
  $("add-grant").addEventListener("click", () => addGrant("", 3, year + "-01-01", (year + 1) + "-01-01"));
  $("at").value = localDateTime(new Date());
  $("privilege-form").addEventListener("submit", checkPrivileges);
  await search();
  document.body.dataset.ready = "true";
}

start();
