/* geokg picture: builds the vis-network from the subgraph JSON in #geokg-data.

   The server ships the subgraph as the API returns it (nodes, edges with dates, certainty,
   asserters, evidence, corroboration and each source's statement), the style tables
   (viz/style.py) and the analytics look; this
   script turns them into vis-network items, tooltips and side-panel details, and lays big
   pictures out (radial rings, below) when physics is off. Every piece of user text reaches
   the DOM through textContent (never innerHTML), and tooltips are DOM elements, not
   strings: vis-network would parse a string title as HTML. */
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("geokg-data").textContent);
  var jsonMs = performance.now() - started;
  var S = data.styles;
  var look = data.look || {};
  var container = document.getElementById("network");
  var statusEl = document.getElementById("status");
  var state = {
    network: null, nodes: null, edges: null, physics: data.physics,
    parseMs: null, jsonMs: null, layoutMs: null, tipsMs: null, constructedMs: null, firstDrawMs: null, stabilizedMs: null,
    ready: false, selected: null
  };
  window.geokg = state;

  function own(obj, key) { return obj != null && Object.prototype.hasOwnProperty.call(obj, key); }
  function str(v) { return v === undefined || v === null ? "" : String(v); }

  /* Length and prefix in characters (code points), as the server counts them. */
  function cut(text, limit) {
    if (text.length <= limit) { return text; }
    var chars = Array.from(text);
    return chars.length <= limit ? text : chars.slice(0, limit - 1).join("") + "…";
  }

  // --- plain-text descriptions: tooltips and side panel ----------------------------------

  var TRIM = { year: 4, month: 7 };

  /* When an edge holds, at the precision the source gave ("2024", "since 2024-06-18"). */
  function formatPeriod(from, to, precision) {
    var n = own(TRIM, precision) ? TRIM[precision] : 0;
    var a = from && n ? from.slice(0, n) : from;
    var b = to && n ? to.slice(0, n) : to;
    if (a && b) { return a === b ? a : a + " – " + b; }
    if (a) { return "since " + a; }
    if (b) { return "until " + b; }
    return "date unknown";
  }

  function shortLabel(text) { return cut(text, S.labelChars); }

  var names = Object.create(null);
  function nameOf(id) { return own(names, id) ? names[id] : str(id); }

  function styleKey(node) {
    var label = node.label || "Actor";
    return label === "Actor" && node.kind ? str(node.kind) : str(label).toLowerCase();
  }

  function nodeInfo(node) {
    var label = str(node.label || "Actor"), kind = node.kind ? str(node.kind) : "";
    var what = label !== "Actor" || !kind ? label : kind.replace(/_/g, " ");
    if (label !== "Actor" && kind) { what = label.toLowerCase() + ": " + kind; }
    var props = [];
    Object.keys(node).forEach(function (key) {
      if (key === "id" || key === "label" || key === "name" || key === "kind") { return; }
      var v = node[key];
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) { return; }
      props.push([key, Array.isArray(v) ? v.map(str).join(", ") : str(v)]);
    });
    return { name: node.name ? str(node.name) : str(node.id), what: what, id: str(node.id),
             style: styleKey(node), props: props };
  }

  function nodeTip(info) {
    var lines = [info.name, info.what + " · id: " + info.id];
    info.props.slice(0, 6).forEach(function (kv) { lines.push(kv[0] + ": " + cut(kv[1], 200)); });
    return lines.join("\n");
  }

  function evidenceItem(ev) {
    return { source: ev.source == null ? null : ev.source,
             source_title: ev.source_title == null ? null : ev.source_title,
             quote: str(ev.quote), language: ev.language == null ? null : ev.language,
             gloss: ev.gloss == null ? null : ev.gloss };
  }

  function namesOf(list) { return (Array.isArray(list) ? list : []).map(nameOf); }

  /* The corroboration as the panel prints it (asserters by name), or null without one. */
  function corroborationInfo(c) {
    if (c === null || typeof c !== "object") { return null; }
    var stances = c.stances || {};
    return { sources: Number(c.sources) || 0, publishers: (c.publishers || []).map(str),
             asserted_by: namesOf(c.asserted_by), contested: c.contested === true,
             stances: { confirmed: namesOf(stances.confirmed), reported: namesOf(stances.reported),
                        alleged: namesOf(stances.alleged), denied: namesOf(stances.denied) } };
  }

  /* Each source's quote with its stance: the statements the server found for the edge's
     event (or parallel relation claims), else the edge's own evidence with its own
     certainty and asserters. */
  function statementItems(e) {
    var own = Array.isArray(e.statements) ? e.statements : (e.evidence || []).map(function (ev) {
      return Object.assign({}, ev, { certainty: e.certainty, asserted_by: e.asserted_by,
                                     claim_id: e.claim_id });
    });
    return own.map(function (st) {
      return Object.assign(evidenceItem(st), {
        certainty: st.certainty == null ? null : str(st.certainty),
        asserted_by: namesOf(st.asserted_by),
        publisher: st.publisher == null ? null : str(st.publisher),
        claim_id: st.claim_id == null ? null : str(st.claim_id)
      });
    });
  }

  function edgeInfo(e) {
    return {
      type: str(e.type), from: nameOf(e.source), to: nameOf(e.target),
      when: formatPeriod(e.valid_from, e.valid_to, e.date_precision),
      precision: e.date_precision == null ? null : e.date_precision,
      certainty: e.certainty == null ? null : e.certainty,
      asserted_by: (e.asserted_by || []).map(nameOf),
      evidence: (e.evidence || []).map(evidenceItem),
      claim_id: e.claim_id == null ? null : e.claim_id,
      event_id: e.event_id == null ? null : e.event_id,
      corroboration: corroborationInfo(e.corroboration),
      statements: statementItems(e),
      statements_dropped: Number(e.statements_dropped) || 0
    };
  }

  /* "2 sources (AFP, TASS)", and who denies a contested edge. */
  function sourcesText(c) {
    return c.sources + " source" + (c.sources === 1 ? "" : "s") +
           (c.publishers.length ? " (" + c.publishers.join(", ") + ")" : "");
  }

  function contestedText(c) {
    if (!c.contested) { return "no"; }
    return "yes" + (c.stances.denied.length ? ": denied by " + c.stances.denied.join(", ") : "");
  }

  /* "denied — by North Korea" */
  function stanceText(st) {
    return "stance: " + (st.certainty || "n/a") +
           (st.asserted_by.length ? " — by " + st.asserted_by.join(", ") : "");
  }

  function quoteLines(ev, limit) {
    var src = ev.source_title || ev.source;
    var lines = ["“" + cut(ev.quote, limit) + "”" + (ev.language ? " (" + ev.language + ")" : "") +
                 (src ? " — " + src : "")];
    if (ev.gloss) { lines.push("  gloss: " + ev.gloss); }
    return lines;
  }

  function edgeTip(info) {
    var lines = [
      info.from + " —" + info.type + "→ " + info.to,
      "when: " + info.when + (info.precision ? " (" + info.precision + ")" : ""),
      "certainty: " + (info.certainty || "n/a")
    ];
    if (info.asserted_by.length) { lines.push("asserted by: " + info.asserted_by.join(", ")); }
    if (info.corroboration) {
      lines.push("sources: " + sourcesText(info.corroboration));
      if (info.corroboration.contested) { lines.push("contested: " + contestedText(info.corroboration)); }
    }
    info.evidence.slice(0, S.tipEvidence).forEach(function (ev) {
      lines.push.apply(lines, quoteLines(ev, S.tipQuoteChars));
    });
    if (info.evidence.length > S.tipEvidence) {
      lines.push("… and " + (info.evidence.length - S.tipEvidence) + " more (click the edge)");
    }
    return lines.join("\n");
  }

  // --- radial layout for pictures too big for in-browser physics --------------------------
  /* Linear in nodes + edges: each connected component is drawn as rings around its focus
     (the queried actor, else its best-connected node); ring k holds the nodes k hops away,
     each inside its parent's angular sector, so neighbourhoods stay together. Components
     are packed in rows, largest first. Deterministic for the same input order. */
  var NODE_SPACING = 40, RING_GAP = 160;

  function radialLayout(ids, edges, focus) {
    var order = new Map(), adj = new Map();
    ids.forEach(function (id, i) { order.set(id, i); adj.set(id, []); });
    var seen = new Set();
    edges.forEach(function (e) {
      var a = e.source, b = e.target;
      if (a === b) { return; }
      var k = a < b ? a + "\u0000" + b : b + "\u0000" + a;
      if (seen.has(k)) { return; }
      seen.add(k);
      adj.get(a).push(b);
      adj.get(b).push(a);
    });
    adj.forEach(function (list) { list.sort(function (x, y) { return order.get(x) - order.get(y); }); });

    var comp = new Map(), comps = [];
    ids.forEach(function (id) {
      if (comp.has(id)) { return; }
      var members = [id];
      comp.set(id, comps.length);
      for (var i = 0; i < members.length; i++) {
        adj.get(members[i]).forEach(function (nb) {
          if (!comp.has(nb)) { comp.set(nb, comps.length); members.push(nb); }
        });
      }
      comps.push({ index: comps.length, members: members, first: order.get(id) });
    });
    comps.sort(function (x, y) { return y.members.length - x.members.length || x.first - y.first; });

    var placed = comps.map(function (c) {
      var root = null;
      for (var i = 0; i < focus.length && root === null; i++) {
        if (comp.get(focus[i]) === c.index) { root = focus[i]; }
      }
      if (root === null) {
        root = c.members[0];
        c.members.forEach(function (m) {
          var d = adj.get(m).length - adj.get(root).length;
          if (d > 0 || (d === 0 && order.get(m) < order.get(root))) { root = m; }
        });
      }
      return rings(root, adj);
    });
    return pack(placed);
  }

  function rings(root, adj) {
    var children = new Map([[root, []]]), levels = [[root]], frontier = [root];
    while (frontier.length) {
      var next = [];
      frontier.forEach(function (parent) {
        adj.get(parent).forEach(function (nb) {
          if (!children.has(nb)) { children.set(nb, []); children.get(parent).push(nb); next.push(nb); }
        });
      });
      if (next.length) { levels.push(next); }
      frontier = next;
    }
    var leaves = new Map();  // leaves below each node: a sector's width follows its subtree
    for (var d = levels.length - 1; d >= 0; d--) {
      levels[d].forEach(function (n) {
        var sum = 0;
        children.get(n).forEach(function (c) { sum += leaves.get(c); });
        leaves.set(n, sum || 1);
      });
    }
    var radii = [0];
    for (var l = 1; l < levels.length; l++) {
      radii.push(Math.max(radii[l - 1] + RING_GAP, levels[l].length * NODE_SPACING / (2 * Math.PI)));
    }
    var pos = new Map([[root, [0, 0]]]), sector = new Map([[root, [0, 2 * Math.PI]]]);
    levels.forEach(function (level, depth) {
      level.forEach(function (parent) {
        var s = sector.get(parent), start = s[0], width = s[1], total = leaves.get(parent);
        children.get(parent).forEach(function (child) {
          var share = width * leaves.get(child) / total, angle = start + share / 2, r = radii[depth + 1];
          sector.set(child, [start, share]);
          pos.set(child, [r * Math.cos(angle), r * Math.sin(angle)]);
          start += share;
        });
      });
    });
    return { radius: radii[radii.length - 1] + NODE_SPACING, pos: pos };
  }

  function pack(placed) {
    var out = new Map();
    if (!placed.length) { return out; }
    var area = 0;
    placed.forEach(function (p) { area += 4 * p.radius * p.radius; });
    var rowWidth = Math.max(2 * placed[0].radius, Math.sqrt(area));
    var x = 0, y = 0, rowHeight = 0;
    placed.forEach(function (p) {
      if (x > 0 && x + 2 * p.radius > rowWidth) { x = 0; y += rowHeight; rowHeight = 0; }
      var cx = x + p.radius, cy = y + p.radius;
      p.pos.forEach(function (xy, id) {
        out.set(id, [Math.round((cx + xy[0]) * 10) / 10, Math.round((cy + xy[1]) * 10) / 10]);
      });
      x += 2 * p.radius;
      rowHeight = Math.max(rowHeight, 2 * p.radius);
    });
    return out;
  }

  // --- vis-network items --------------------------------------------------------------------

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function tip(text) { return el("div", text, "geokg-tip"); }

  var focus = new Set(data.focus);
  var sizes = look.sizes || {}, scores = look.scores || {}, fills = look.fills || null;
  var communities = look.communities || {}, classes = look.classes || null;
  var period = look.period ? " (" + look.period + ")" : "";
  var undirected = new Set(S.undirected);

  function visNode(node, xy) {
    var info = nodeInfo(node), id = info.id;
    var style = own(S.nodes, info.style) ? S.nodes[info.style] : S.otherNode;
    var color = style.color;
    if (look.score_name && own(scores, id)) {
      info.props.unshift([look.score_name, scores[id] + " (node size)"]);
    }
    if (fills) {
      color = own(fills, id) ? fills[id] : S.noCommunity;
      info.props.unshift(["community", own(communities, id) ? String(communities[id]) : "none (not an actor)"]);
    }
    var out = { id: node.id, label: shortLabel(info.name), shape: style.shape, color: color,
                title: tip(nodeTip(info)), info: info };
    if (focus.has(node.id)) { out.size = S.focusSize; out.borderWidth = 3; out.font = { size: 16, bold: true }; }
    if (own(sizes, id)) { out.size = sizes[id]; }
    if (xy) { out.x = xy[0]; out.y = xy[1]; }
    return out;
  }

  /* Parallel edges between the same two nodes (contested claims) get curves of growing
     roundness so they stand side by side instead of overlapping. */
  function bends(edges) {
    var groups = new Map(), bend = new Map();
    edges.forEach(function (e, i) {
      var k = e.source < e.target ? e.source + "\u0000" + e.target : e.target + "\u0000" + e.source;
      var g = groups.get(k);
      if (g) { g.push(i); } else { groups.set(k, [i]); }
    });
    groups.forEach(function (idx) {
      if (idx.length < 2) { return; }
      var first = edges[idx[0]], a = first.source < first.target ? first.source : first.target;
      var offset = idx.length % 2 ? 0 : 1;
      idx.forEach(function (i, k) {
        var step = Math.floor((k + offset + 1) / 2);
        if (step === 0) { return; }
        var clockwise = (k + offset) % 2 === 1;
        if (edges[i].source !== a) { clockwise = !clockwise; }  // same side whichever way it points
        bend.set(i, { enabled: true, type: clockwise ? "curvedCW" : "curvedCCW",
                      roundness: Math.min(0.3 * step, 0.9) });
      });
    });
    return bend;
  }

  /* viz/style.py source_width: one source is the base width, each doubling adds a step. */
  function sourceWidth(n) {
    var w = S.sourceWidth;
    if (!(n >= 1)) { return w.none; }
    return Math.min(w.max, w.base + w.step * Math.log2(n));
  }

  function visEdges(edges) {
    var bend = bends(edges);
    return edges.map(function (e, i) {
      var info = edgeInfo(e), text = edgeTip(info), style;
      var cls = classes && own(classes, e.id) ? classes[e.id] : null;
      if (cls !== null) {  // a diff picture: the class replaces the certainty colour
        style = own(S.diff, cls) ? S.diff[cls] : S.otherEdge;
        info.change = cls + period;
        text = "change: " + cls + period + "\n" + text;
      } else {
        style = e.certainty != null && own(S.edges, e.certainty) ? S.edges[e.certainty] : S.otherEdge;
        if (info.corroboration) {  // width by sources, dashed when contested
          style = { color: style.color, width: sourceWidth(info.corroboration.sources),
                    dashes: info.corroboration.contested ? S.contestedDashes : style.dashes };
        }
      }
      var out = { id: e.id, from: e.source, to: e.target,
                  color: { color: style.color, highlight: style.color, hover: style.color },
                  width: style.width, dashes: style.dashes,
                  arrows: undirected.has(e.type) ? "" : "to", title: tip(text), info: info };
      if (cls !== null) { out.change = cls; }
      if (data.labels) { out.label = str(e.type); }
      if (bend.has(i)) { out.smooth = bend.get(i); }
      return out;
    });
  }

  // --- side panel ---------------------------------------------------------------------------

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
    var c = info.corroboration;
    if (c) {
      prop(dl, "sources", sourcesText(c));
      prop(dl, "contested", contestedText(c));
    }
    body.appendChild(dl);
    var said = info.statements;
    body.appendChild(el("h3", said.length ? "Sources and stances" : "No evidence recorded"));
    said.forEach(function (st) {
      var box = el("div", null, "evidence");
      box.dataset.certainty = st.certainty || "";
      var q = el("blockquote", st.quote);
      if (st.language) { q.lang = st.language; }
      box.appendChild(q);
      box.appendChild(el("p", stanceText(st), "stance " + (st.certainty || "none")));
      if (st.gloss) { box.appendChild(el("p", "gloss: " + st.gloss, "gloss")); }
      var src = st.source_title || st.source;
      if (src || st.language) {
        box.appendChild(el("p", "— " + (src || "") + (st.publisher ? ", " + st.publisher : "") +
                                (st.language ? " [" + st.language + "]" : ""), "src"));
      }
      body.appendChild(box);
    });
    if (info.statements_dropped) {
      body.appendChild(el("p", "… and " + info.statements_dropped + " more", "hint"));
    }
  }

  function status(text) { statusEl.textContent = text; }

  function markReady(key) {
    if (state[key] === null) { state[key] = Math.round(performance.now()); }
    state.ready = true;
    status("");
  }

  // --- build and draw -----------------------------------------------------------------------

  state.jsonMs = Math.round(jsonMs);
  state.describe = { formatPeriod: formatPeriod, shortLabel: shortLabel, nodeTip: nodeTip,
                     edgeTip: edgeTip, sourceWidth: sourceWidth };
  data.nodes.forEach(function (n) { names[n.id] = n.name ? str(n.name) : str(n.id); });
  var positions = null;
  if (!data.physics) {
    var t = performance.now();
    positions = radialLayout(data.nodes.map(function (n) { return n.id; }), data.edges, data.focus);
    state.layoutMs = Math.round(performance.now() - t);
  }
  var visNodes = data.nodes.map(function (n) { return visNode(n, positions && positions.get(n.id)); });
  var visEdgeItems = visEdges(data.edges);
  state.parseMs = Math.round(performance.now() - started);

  if (!visNodes.length) {
    container.appendChild(el("p", "Nothing to draw: the query returned no nodes.", "empty"));
    state.ready = true;
    return;
  }

  state.nodes = new vis.DataSet(visNodes);
  state.edges = new vis.DataSet(visEdgeItems);
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
