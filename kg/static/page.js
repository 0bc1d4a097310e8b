// The analysts' page: the saved-query forms and the SPARQL editor run in place and fill the
// results table; each answer is announced ("kg:results") so the views can narrow to it.
// Without scripts the forms still work: they are ordinary GET and POST forms.
"use strict";

(() => {
  const RESULTS_JSON = "application/sparql-results+json";
  const status = document.getElementById("status");
  const table = document.getElementById("results-table");
  const graphText = document.getElementById("graph-text");

  function say(text, isError = false) {
    status.textContent = text;
    status.classList.toggle("error", isError);
  }

  function announce(iris) {
    document.dispatchEvent(new CustomEvent("kg:results", { detail: iris }));
  }

  // The IRIs the results name, each with the name the results give it: a column "summitIri" beside
  // "summit" (a meeting reported by several articles has a name from each; the views use the results')
  function irisOf(data) {
    const iris = new Map();
    for (const binding of data.results.bindings) {
      for (const [column, term] of Object.entries(binding)) {
        if (term.type !== "uri") continue;
        const label = column.endsWith("Iri") ? binding[column.slice(0, -3)] : undefined;
        if (!iris.get(term.value)) iris.set(term.value, label && label.type === "literal" ? label.value : null);
      }
    }
    return iris;
  }

  function clear() {
    table.replaceChildren();
    graphText.hidden = true;
  }

  // Show one answer: rows as a table, ASK as true or false, a graph (CONSTRUCT, DESCRIBE) as Turtle.
  async function show(response, label) {
    const text = await response.text();
    clear();
    if (!response.ok) return say(text.trim() || `${label}: HTTP ${response.status}`, true);
    const note = response.headers.get("X-Kg-Truncated") === "true" ? "; stopped at the row limit" : "";
    if (!(response.headers.get("Content-Type") || "").startsWith(RESULTS_JSON)) {
      graphText.textContent = text;
      graphText.hidden = false;
      return say(`${label}: a graph, in Turtle${note}`);
    }
    const data = JSON.parse(text);
    if ("boolean" in data) return say(`${label}: ${data.boolean}`);
    KgTable.render(table, data);
    const count = data.results.bindings.length;
    say(`${label}: ${count} ${count === 1 ? "row" : "rows"}${note}`);
    announce(irisOf(data));
  }

  async function run(url, options, label) {
    say(`${label}: running…`);
    try {
      await show(await fetch(url, options), label);
    } catch (error) {
      clear();
      say(`${label}: ${url}: ${error.message}`, true);
    }
  }

  for (const form of document.querySelectorAll("form.saved")) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (value.trim()) params.append(name, value.trim());
      const name = form.dataset.query;
      run(`/queries/${encodeURIComponent(name)}.json?${params}`, {}, name);
    });
  }

  const sparqlForm = document.querySelector("form.sparql");
  const textarea = document.getElementById("sparql-text");
  function runSparql() {
    if (editor) editor.save();
    const headers = { Accept: `${RESULTS_JSON}, text/turtle;q=0.9` };
    run("/sparql", { method: "POST", body: new URLSearchParams({ query: textarea.value }), headers }, "SPARQL");
  }
  // CodeMirror's SPARQL mode highlights keywords, variables, IRIs and strings
  const editor = window.CodeMirror
    ? CodeMirror.fromTextArea(textarea, {
        mode: "application/sparql-query",
        lineNumbers: true,
        matchBrackets: true,
        extraKeys: { "Ctrl-Enter": runSparql, "Cmd-Enter": runSparql },
      })
    : null;
  sparqlForm.addEventListener("submit", (event) => {
    event.preventDefault();
    runSparql();
  });
})();
