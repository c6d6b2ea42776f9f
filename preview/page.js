// The preview page: draws the workbook kept by the server and forwards clicks to it.
// Cell text is set with textContent only: a cell may hold markup.
"use strict";
(function () {
  var state = null;
  var seen = null; // counts of toasts, alerts and sidebars already shown
  var selected = null;
  var alertQueue = [];
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, props, text) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) { node[k] = props[k]; });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function post(path, body) {
    return fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      .then(function (r) { return r.json(); });
  }

  function refresh() {
    return fetch("/api/state").then(function (r) { return r.json(); }).then(function (s) {
      state = s;
      render();
    });
  }

  function run(fn) {
    return post("/api/run", { fn: fn, args: [] }).then(function (res) {
      if (!res.ok) toast({ title: "Erreur", message: res.error, timeoutSeconds: 10 }, true);
      return refresh();
    });
  }

  function renderMenus() {
    var nav = $("menu");
    nav.replaceChildren();
    state.menus.forEach(function (menu) {
      nav.append(el("span", { className: "menu-name" }, "Extensions › " + (menu.name || "Mise en qualité") + " :"));
      (function add(items, prefix) {
        items.forEach(function (item) {
          if (item.separator) return nav.append(el("span", { className: "sep" }));
          if (item.items) return add(item.items, prefix + item.caption + " › ");
          var b = el("button", { type: "button" }, prefix + item.caption);
          b.addEventListener("click", function () { run(item.functionName); });
          nav.append(b);
        });
      })(menu.items, "");
    });
  }

  function activeSheet() {
    return state.sheets.find(function (s) { return s.id === state.activeSheetId; }) || state.sheets[0];
  }

  function renderGrid() {
    var sheet = activeSheet();
    var table = $("grid");
    table.replaceChildren();
    var colgroup = el("colgroup");
    colgroup.append(el("col", { width: 46 }));
    sheet.columns.forEach(function (c) { colgroup.append(el("col", { width: c.width })); });
    var head = el("tr");
    head.append(el("th"));
    sheet.columns.forEach(function (c) { head.append(el("th", {}, c.letter)); });
    var thead = el("thead");
    thead.append(head);
    var tbody = el("tbody");
    sheet.rows.forEach(function (row, r) {
      var tr = el("tr", { className: r + 1 === sheet.frozenRows ? "frozen" : "" });
      tr.append(el("th", {}, String(r + 1)));
      row.forEach(function (cell, c) {
        var td = el("td", {}, cell[0]);
        td.dataset.cell = sheet.columns[c].letter + (r + 1); // A1 name, for tests and tools
        if (cell[1]) td.style.background = cell[1];
        if (cell[2]) { td.title = cell[2]; td.classList.add("note"); }
        if (cell[3]) td.classList.add("bold");
        if (selected && selected.sheetId === sheet.id && selected.row === r + 1 && selected.col === c + 1) td.classList.add("selected");
        td.addEventListener("click", function () {
          selected = { sheetId: sheet.id, row: r + 1, col: c + 1 };
          post("/api/activate", selected).then(refresh);
        });
        tr.append(td);
      });
      tbody.append(tr);
    });
    table.append(colgroup, thead, tbody);
    if (sheet.truncated) table.append(el("caption", {}, "… lignes suivantes non affichées"));
  }

  function renderTabs() {
    var nav = $("tabs");
    nav.replaceChildren();
    state.sheets.forEach(function (s) {
      var b = el("button", { type: "button" }, s.hidden ? s.name + " (masqué)" : s.name);
      b.setAttribute("aria-selected", String(s.id === state.activeSheetId));
      b.addEventListener("click", function () { post("/api/activate", { sheetId: s.id }).then(refresh); });
      nav.append(b);
    });
  }

  function toast(t, error) {
    var div = el("div", { className: error ? "toast error" : "toast" });
    if (t.title) div.append(el("strong", {}, t.title));
    div.append(el("span", {}, t.message));
    div.addEventListener("click", function () { div.remove(); });
    $("toasts").append(div);
    if (t.timeoutSeconds > 0) setTimeout(function () { div.remove(); }, t.timeoutSeconds * 1000);
  }

  function nextAlert() {
    var dialog = $("alert");
    if (dialog.open || !alertQueue.length) return;
    var a = alertQueue.shift();
    $("alert-title").textContent = a.title;
    $("alert-text").textContent = a.prompt;
    dialog.showModal();
  }

  function render() {
    $("title").textContent = state.title;
    $("sidebar-title").textContent = state.sidebarTitle;
    if (!seen) seen = { toasts: state.toasts.length, alerts: state.alerts.length, sidebars: state.sidebarsShown };
    state.toasts.slice(seen.toasts).forEach(function (t) { toast(t, false); });
    alertQueue = alertQueue.concat(state.alerts.slice(seen.alerts));
    // The add-on opened its panel again (menu item): show it fresh.
    if (state.sidebarsShown > seen.sidebars) {
      $("sidebar").hidden = false;
      $("sidebar-frame").src = "/sidebar";
    }
    seen = { toasts: state.toasts.length, alerts: state.alerts.length, sidebars: state.sidebarsShown };
    renderMenus();
    renderGrid();
    renderTabs();
    nextAlert();
  }

  $("alert").addEventListener("close", nextAlert);
  window.addEventListener("message", function (e) {
    if (e.origin !== location.origin || !e.data) return;
    if (e.data.type === "mq-refresh") refresh();
    if (e.data.type === "mq-close") $("sidebar").hidden = true;
  });
  refresh();
})();
