/* pressalign batch index: sorting. A click on a column's header orders the rows by that column's data-sort
   values (numbers as numbers, "" last; text by the locale's collation), a second click reverses; ties keep the
   manifest's order. Rows are moved, never rebuilt: no HTML string is parsed. */
(function () {
  "use strict";
  var table = document.getElementById("px-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

  function value(row, index) { return row.cells[index].dataset.sort || ""; }

  function sortBy(index, descending) {
    var numeric = heads[index].dataset.type === "number";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, index), y = value(b, index), order;
      if (x === "" || y === "") {
        order = (x === "") - (y === "");  // a missing value sorts last, whichever the direction
        if (order !== 0) { return order; }
      } else {
        order = numeric ? parseFloat(x) - parseFloat(y) : collator.compare(x, y);
        if (descending) { order = -order; }
        if (order !== 0) { return order; }
      }
      return parseInt(a.dataset.order, 10) - parseInt(b.dataset.order, 10);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    heads.forEach(function (h, i) {
      if (i === index) { h.setAttribute("aria-sort", descending ? "descending" : "ascending"); }
      else { h.removeAttribute("aria-sort"); }
    });
  }

  table.tHead.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest(".px-sort") : null;
    if (!button) { return; }
    var cell = button.closest("th");
    var index = heads.indexOf(cell);
    var current = cell.getAttribute("aria-sort");
    // numbers start from the largest (the most covered, the most quotes), text from A
    var descending = current ? current === "ascending" : cell.dataset.type === "number";
    sortBy(index, descending);
  });
})();
