// Result tables: SPARQL JSON results drawn as a table a person reads (IRIs prefixed, evidence
// sentences as quotes), and sorting by a click on a column header. No library needed.
"use strict";

const KgTable = (() => {
  // evidence is shown as a quote: a column so named, or a language-tagged sentence
  const QUOTE_COLUMNS = new Set(["evidence", "quote"]);
  const SENTENCE = /\s.*[.!?…"”]$/;
  const DATE = /^-?\d{4}(-\d\d){0,2}$/;
  const NUMBER = /#(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger)$/;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function prefixes() {
    const element = document.getElementById("prefixes");
    return element ? JSON.parse(element.textContent) : {};
  }

  function compact(iri, map) {
    for (const [prefix, namespace] of Object.entries(map)) {
      if (iri.startsWith(namespace)) return `${prefix}:${iri.slice(namespace.length)}`;
    }
    return iri;
  }

  function isQuote(term, column) {
    return QUOTE_COLUMNS.has(column) || (Boolean(term["xml:lang"]) && SENTENCE.test(term.value.trim()));
  }

  function cell(term, column, map) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      td.textContent = compact(term.value, map);
      td.title = term.value;
      td.className = "iri";
    } else if (term.type === "bnode") {
      td.textContent = `_:${term.value}`;
    } else if (isQuote(term, column)) {
      const quote = document.createElement("q");
      quote.lang = term["xml:lang"];
      quote.textContent = term.value;
      td.append(quote);
      td.className = "quote";
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.lang = term["xml:lang"];
      if (term.datatype && NUMBER.test(term.datatype)) td.className = "number";
      else if (DATE.test(term.value)) td.className = "date";
    }
    return td;
  }

  // Fill `table` with SPARQL 1.1 Query Results JSON (a SELECT's head and bindings).
  function render(table, data) {
    const map = prefixes();
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const name of data.head.vars) {
      const th = document.createElement("th");
      th.textContent = name;
      head.append(th);
    }
    const body = table.createTBody();
    for (const binding of data.results.bindings) {
      const row = body.insertRow();
      for (const name of data.head.vars) row.append(cell(binding[name], name, map));
    }
    sortable(table);
  }

  // Make each column header of `table` a button that sorts the rows by that column.
  function sortable(table) {
    Array.from(table.tHead.rows[0].cells).forEach((th, column) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.title = "sort by this column";
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener("click", () => sortBy(table, column));
    });
  }

  function compare(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== "" && b !== "" && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return collator.compare(a, b);
  }

  // Ascending on the first click, then alternating; the sort is stable, so ties keep the earlier order.
  function sortBy(table, column) {
    const headers = Array.from(table.tHead.rows[0].cells);
    const ascending = headers[column].getAttribute("aria-sort") !== "ascending";
    headers.forEach((th) => th.removeAttribute("aria-sort"));
    headers[column].setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    const text = (row) => row.cells[column].textContent;
    rows.sort((a, b) => compare(text(a), text(b)) * (ascending ? 1 : -1));
    body.append(...rows);
  }

  // tables the server wrote (a saved query's own page) sort too
  document.querySelectorAll("table.sortable").forEach((table) => {
    if (table.tHead) sortable(table);
  });

  return { render };
})();
