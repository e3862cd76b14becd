/* geokg picture: builds the vis-network from the JSON in #geokg-data.
   Every piece of user text reaches the DOM through textContent (never innerHTML), and
   tooltips are DOM elements, not strings: vis-network would parse a string title as HTML. */
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("geokg-data").textContent);
  var container = document.getElementById("network");
  var statusEl = document.getElementById("status");
  var state = {
    network: null, nodes: null, edges: null, physics: data.physics,
    parseMs: null, constructedMs: null, firstDrawMs: null, stabilizedMs: null, ready: false, selected: null
  };
  window.geokg = state;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function tip(text) { return el("div", text, "geokg-tip"); }

  function prop(dl, key, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", key));
    dl.appendChild(el("dd", value));
  }

  function showNode(info) {
    var body = document.getElementById("details-body");
    body.replaceChildren();
    body.appendChild(el("h3", info.name));
    var dl = el("dl", null, "props");
    prop(dl, "what", info.what);
    prop(dl, "id", info.id);
    info.props.forEach(function (kv) { prop(dl, kv[0], kv[1]); });
    body.appendChild(dl);
  }

  function showEdge(info) {
    var body = document.getElementById("details-body");
    body.replaceChildren();
    body.appendChild(el("h3", info.from + " —" + info.type + "→ " + info.to));
    var dl = el("dl", null, "props");
    prop(dl, "change", info.change);
    prop(dl, "when", info.when + (info.precision ? " (" + info.precision + ")" : ""));
    prop(dl, "certainty", info.certainty || "n/a");
    prop(dl, "asserted by", info.asserted_by.join(", "));
    prop(dl, "claim", info.claim_id);
    prop(dl, "event", info.event_id);
    body.appendChild(dl);
    body.appendChild(el("h3", info.evidence.length ? "Evidence" : "No evidence recorded"));
    info.evidence.forEach(function (ev) {
      var box = el("div", null, "evidence");
      var q = el("blockquote", ev.quote);
      if (ev.language) { q.lang = ev.language; }
      box.appendChild(q);
      if (ev.gloss) { box.appendChild(el("p", "gloss: " + ev.gloss, "gloss")); }
      var src = ev.source_title || ev.source;
      if (src || ev.language) {
        box.appendChild(el("p", "— " + (src || "") + (ev.language ? " [" + ev.language + "]" : ""), "src"));
      }
      body.appendChild(box);
    });
  }

  function status(text) { statusEl.textContent = text; }

  function markReady(key) {
    if (state[key] === null) { state[key] = Math.round(performance.now()); }
    state.ready = true;
    status("");
  }

  for (var i = 0; i < data.nodes.length; i++) { data.nodes[i].title = tip(data.nodes[i].tip); }
  for (var j = 0; j < data.edges.length; j++) { data.edges[j].title = tip(data.edges[j].tip); }
  state.parseMs = Math.round(performance.now() - started);

  if (!data.nodes.length) {
    container.appendChild(el("p", "Nothing to draw: the query returned no nodes.", "empty"));
    state.ready = true;
    return;
  }

  state.nodes = new vis.DataSet(data.nodes);
  state.edges = new vis.DataSet(data.edges);
  if (data.physics) { status("laying out…"); }
  var network = new vis.Network(container, { nodes: state.nodes, edges: state.edges }, data.options);
  state.network = network;
  state.constructedMs = Math.round(performance.now());

  network.once("afterDrawing", function () {
    state.firstDrawMs = Math.round(performance.now());
    if (!data.physics) { markReady("stabilizedMs"); }
  });
  network.on("stabilizationProgress", function (p) {
    status("laying out… " + Math.round(100 * p.iterations / p.total) + "%");
  });
  network.once("stabilizationIterationsDone", function () {
    // Stop the simulation once laid out: nodes then stay where the analyst drags them.
    network.setOptions({ physics: { enabled: false } });
    markReady("stabilizedMs");
  });
  network.on("click", function (params) {
    if (params.nodes.length) {
      state.selected = { node: params.nodes[0] };
      showNode(state.nodes.get(params.nodes[0]).info);
    } else if (params.edges.length) {
      state.selected = { edge: params.edges[0] };
      showEdge(state.edges.get(params.edges[0]).info);
    }
  });
  if (!data.physics) { network.fit({ animation: false }); }
})();
