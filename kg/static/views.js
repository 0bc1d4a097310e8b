// The network and timeline views: the graph as `kg viz` draws it (the same queries and colours,
// served as /graph/network.json and /graph/timeline.json), each narrowed on request to what the
// last results name.
"use strict";

(() => {
  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 24 * 3600 * 1000;
  let named = null; // the IRIs the last results named, each with the name they gave it (a Map)
  const redraws = [];

  // Load a view's data once, draw it, and draw it again when the results or the check box change.
  function view(id, url, draw) {
    const section = document.getElementById(id);
    const status = section.querySelector(".view-status");
    const focus = section.querySelector(".focus-results");
    let data = null;
    const redraw = () => {
      if (!data) return;
      const only = focus.checked && named ? named : null;
      status.textContent = draw(section, data, only) + (data.truncated ? "; stopped at the row limit" : "");
    };
    focus.addEventListener("change", redraw);
    // new results change only a view narrowed to them: the whole graph is not laid out again
    redraws.push(() => focus.checked && redraw());
    fetch(url)
      .then(async (response) => {
        const text = await response.text();
        if (!response.ok) throw new Error(text.trim());
        data = JSON.parse(text);
        redraw();
      })
      .catch((error) => {
        status.textContent = `${url}: ${error.message}`;
        status.classList.add("error");
      });
  }

  document.addEventListener("kg:results", (event) => {
    named = event.detail;
    redraws.forEach((redraw) => redraw());
  });

  // --- network (vis-network, as kg viz's network.html) ---

  let network = null;

  // What the results name; with it what a named meeting or agreement links to (its participants,
  // parties, sectors), and the meetings and agreements between two named actors. Edges run from a
  // meeting or agreement to what it links to (kg viz's EDGES).
  function narrow(nodes, edges, only) {
    const keep = new Set(nodes.filter((node) => only.has(node.iri)).map((node) => node.iri));
    const actors = new Set(nodes.filter((node) => node.kind === "actor").map((node) => node.iri));
    const links = new Map();
    for (const edge of edges) {
      if (only.has(edge.source)) keep.add(edge.target);
      else if (only.has(edge.target) && actors.has(edge.target)) links.set(edge.source, (links.get(edge.source) || 0) + 1);
    }
    for (const [source, count] of links) if (count >= 2) keep.add(source);
    return [nodes.filter((n) => keep.has(n.iri)), edges.filter((e) => keep.has(e.source) && keep.has(e.target))];
  }

  function legend(section, colours) {
    const list = section.querySelector(".legend");
    list.replaceChildren(
      ...Object.entries(colours).map(([kind, colour]) => {
        const item = document.createElement("li");
        const swatch = document.createElement("span");
        swatch.className = "swatch";
        swatch.style.background = colour;
        item.append(swatch, kind);
        return item;
      }),
    );
  }

  function drawNetwork(section, data, only) {
    const [nodes, edges] = only ? narrow(data.nodes, data.edges, only) : [data.nodes, data.edges];
    legend(section, data.colours);
    if (network) network.destroy();
    if (!window.vis) return "the network library did not load";
    const shown = {
      nodes: nodes.map((n) => ({
        id: n.iri,
        label: n.label,
        title: `${n.kind}: ${n.label}`,
        color: data.colours[n.kind],
        shape: "dot",
        size: n.kind === "actor" ? 18 : 12,
      })),
      edges: edges.map((e) => ({ from: e.source, to: e.target, title: e.relation, arrows: "to" })),
    };
    // no improved initial layout (it grows with the square of the nodes), and the layout settles in
    // animation frames rather than in one block: a large graph no longer holds the page busy
    const options = {
      layout: { improvedLayout: false },
      physics: { stabilization: false },
      interaction: { hover: true },
    };
    network = new vis.Network(section.querySelector(".canvas"), shown, options);
    // still afterwards: a settled drawing is easier to read and costs no CPU
    network.once("stabilized", () => network.setOptions({ physics: false }));
    return `${nodes.length} nodes, ${edges.length} edges` + (only ? " (what the results name, and what links them)" : "");
  }

  // --- timeline (SVG: a row per country, a mark per meeting at its first day, as kg viz's timeline.png) ---

  function svg(name, attributes, text) {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) element.textContent = text;
    return element;
  }

  // a tick on the first of each year, or of each month when the meetings span less than two years
  function ticks(first, last) {
    const monthly = last - first < 2 * 365 * DAY;
    const start = new Date(first);
    const day = new Date(Date.UTC(start.getUTCFullYear(), monthly ? start.getUTCMonth() : 0, 1));
    const found = [];
    while (day.getTime() <= last) {
      found.push([day.getTime(), day.toISOString().slice(0, monthly ? 7 : 4)]);
      if (monthly) day.setUTCMonth(day.getUTCMonth() + 1);
      else day.setUTCFullYear(day.getUTCFullYear() + 1);
    }
    return found;
  }

  function mark(meeting, cx, cy) {
    const shape =
      meeting.status === "planned"
        ? svg("rect", { x: cx - 5, y: cy - 5, width: 10, height: 10, transform: `rotate(45 ${cx} ${cy})` })
        : svg("circle", { cx, cy, r: 6 });
    shape.setAttribute("class", `mark ${meeting.status}`);
    shape.append(svg("title", {}, `${meeting.name} (${meeting.day}, ${meeting.status})`));
    return shape;
  }

  // A meeting's name beside its mark, in the first of a few spots that no other label (nor the
  // row names) covers; none when all are covered: hovering the mark still names it.
  function place(picture, name, cx, cy, taken) {
    const width = Number(picture.getAttribute("width"));
    const label = svg("text", { class: "meeting-label" }, name);
    picture.append(label); // measured in place
    const length = label.getComputedTextLength();
    const anchor = cx + 9 + length > width - 8 ? "end" : "start";
    const left = anchor === "end" ? cx - 9 - length : cx + 9;
    label.setAttribute("x", anchor === "end" ? cx - 9 : cx + 9);
    label.setAttribute("text-anchor", anchor);
    for (const dy of [-8, -20, 16, 28]) {
      const box = [left - 6, left + length + 6, cy + dy - 11, cy + dy + 2]; // with a gap beside it
      if (!taken.every((b) => box[1] < b[0] || box[0] > b[1] || box[3] < b[2] || box[2] > b[3])) continue;
      taken.push(box);
      label.setAttribute("y", cy + dy);
      return;
    }
    label.remove();
  }

  function key(picture, left) {
    const items = [
      [svg("circle", { cx: left + 6, cy: 12, r: 6, class: "mark held" }), "held"],
      [svg("rect", { x: left + 75, y: 7, width: 10, height: 10, transform: `rotate(45 ${left + 80} 12)`, class: "mark planned" }), "planned"],
    ];
    items.forEach(([shape, text], i) => picture.append(shape, svg("text", { x: left + 16 + 75 * i, y: 16 }, text)));
  }

  function drawTimeline(section, data, only) {
    // narrowed to the results, a meeting is named as the results name it
    const meetings = only
      ? data.meetings.filter((m) => only.has(m.iri)).map((m) => ({ ...m, name: only.get(m.iri) || m.name }))
      : data.meetings;
    const chart = section.querySelector("#timeline-chart");
    chart.replaceChildren();
    if (!meetings.length) return only ? "no dated meeting among the results" : "no dated meeting in the store";
    const rows = [...new Set(meetings.flatMap((m) => m.countries))].sort();
    const days = meetings.map((m) => Date.parse(m.day));
    const first = Math.min(...days) - 15 * DAY;
    const last = Math.max(...days) + 15 * DAY;
    const [left, right, top, rowHeight] = [150, 40, 40, 36];
    const width = Math.max(chart.clientWidth, 640);
    const height = top + rowHeight * rows.length + 30;
    const x = (time) => left + ((time - first) / (last - first)) * (width - left - right);
    const y = (country) => top + rowHeight * (rows.indexOf(country) + 0.5);
    const picture = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img" });
    picture.append(svg("title", {}, "Meetings by participating country"));
    for (const [time, label] of ticks(first, last)) {
      picture.append(svg("line", { x1: x(time), x2: x(time), y1: top - 10, y2: height - 25, class: "tick" }));
      picture.append(svg("text", { x: x(time), y: height - 8, class: "tick-label" }, label));
    }
    for (const country of rows) {
      picture.append(svg("line", { x1: left, x2: width - right, y1: y(country), y2: y(country), class: "row" }));
      picture.append(svg("text", { x: left - 10, y: y(country) + 4, class: "row-label" }, country));
    }
    key(picture, left);
    chart.append(picture);
    const taken = [[0, left, 0, height], [left, left + 150, 0, 20]]; // row names and the key
    for (const meeting of meetings) {
      const cx = x(Date.parse(meeting.day));
      for (const country of meeting.countries) picture.append(mark(meeting, cx, y(country)));
      place(picture, meeting.name, cx, y(meeting.countries[0]), taken);
    }
    const held = meetings.filter((m) => m.status !== "planned").length;
    return `${meetings.length} dated meetings (${held} held, ${meetings.length - held} planned), by participating country`;
  }

  view("network", "/graph/network.json", drawNetwork);
  view("timeline", "/graph/timeline.json", drawTimeline);
})();
