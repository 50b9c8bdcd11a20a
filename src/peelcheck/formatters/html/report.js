(function () {
  "use strict";
  var doc = document;

  function each(list, fn) {
    for (var i = 0; i < list.length; i++) { fn(list[i], i); }
  }

  /* Filters: severity, rule, pack and "show waived". Without JavaScript the form stays
     hidden and every finding is shown. */
  function filters(form) {
    var items = doc.querySelectorAll("li.f");
    var lists = doc.querySelectorAll("ol.findings");
    var waivedBlocks = doc.querySelectorAll("div.waived");
    var status = doc.getElementById("f-status");
    var rule = doc.getElementById("f-rule");
    var pack = doc.getElementById("f-pack");
    var waived = doc.getElementById("f-waived");

    function apply() {
      var sev = {};
      each(form.querySelectorAll("input[name=sev]"), function (box) { sev[box.value] = box.checked; });
      var wantRule = rule ? rule.value : "";
      var wantPack = pack ? pack.value : "";
      var showWaived = !waived || waived.checked;
      var shown = 0;
      each(items, function (li) {
        var ok = sev[li.getAttribute("data-sev")] !== false &&
          (!wantRule || li.getAttribute("data-rule") === wantRule) &&
          (!wantPack || li.getAttribute("data-pack") === wantPack) &&
          (showWaived || !li.hasAttribute("data-waived"));
        if (li.hidden === ok) { li.hidden = !ok; }
        if (ok) { shown++; }
      });
      each(lists, function (list) {
        list.classList.toggle("all-hidden", !list.querySelector("li.f:not([hidden])"));
      });
      each(waivedBlocks, function (block) { block.hidden = !showWaived; });
      status.textContent = "Showing " + shown + " of " + items.length + " findings.";
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function (event) {
      /* put every control back at once, so that the page never shows a stale filter */
      event.preventDefault();
      each(form.querySelectorAll("input[type=checkbox]"), function (box) { box.checked = box.defaultChecked; });
      each(form.querySelectorAll("select"), function (select) { select.selectedIndex = 0; });
      apply();
    });
    form.hidden = false;
    status.textContent = "Showing " + items.length + " of " + items.length + " findings.";
  }

  /* Sortable tables: each column heading becomes a button; numbers sort largest first. */
  function sortable(table) {
    var body = table.tBodies[0];
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, column) {
      if (th.hasAttribute("data-nosort")) { return; }
      var button = doc.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var numeric = th.classList.contains("num");
        var current = th.getAttribute("aria-sort");
        var ascending = current ? current === "descending" : !numeric;
        each(heads, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
          var cell = row.cells[column];
          var key = cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent;
          return { row: row, key: numeric ? Number(key) : key.toLowerCase(), index: index };
        });
        rows.sort(function (a, b) {
          var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
          return (ascending ? order : -order) || a.index - b.index;
        });
        var fragment = doc.createDocumentFragment();
        each(rows, function (item) { fragment.appendChild(item.row); });
        body.appendChild(fragment);
      });
    });
  }

  /* Printing shows each rule's example, as if every "Why" were opened. */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    each(doc.querySelectorAll("details:not([open])"), function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", function () {
    each(opened, function (d) { d.open = false; });
    opened = [];
  });

  var form = doc.getElementById("filters");
  if (form) { filters(form); }
  each(doc.querySelectorAll("table.sortable"), sortable);
})();
