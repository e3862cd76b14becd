/* geokg picture: builds the vis-network from the subgraph JSON in #geokg-data.

   The server ships the subgraph as the API returns it (nodes, edges with dates, certainty,
   asserters, evidence, corroboration and each source's statement), the style tables
   (viz/style.py) and the analytics look; this
   script turns them into vis-network items, tooltips and side-panel details, and lays big
   pictures out (radial rings, below) when physics is off. Every piece of user text reaches
   the DOM through textContent (never innerHTML), and tooltips are DOM elements, not
   strings: vis-network would parse a string title as HTML.

   The workbench (the explorer at / frames this page): aggregated edges (one edge for the
   parallel edges of a type and direction, with count, certainty mix, dates, sources and
   edge_ids), labels sized by degree (or the chosen centrality) and hidden when zoomed
   out, a time slider over the picture (histogram, range, play) that hides what lies
   outside the range in place, and window.geokg functions the explorer drives: add
   (expand a node), remove (drop a node), find (centre an actor), timeline.set, views
   (the details panel's DOM, built here for both this page and the explorer). */
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
             label: label, style: styleKey(node), props: props };
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

  /* An aggregated edge (docs/api.md, "Aggregated edges") carries its certainty mix; its
     fields at their default are left out: count 1, first / last null, undated 0,
     contested false, and edge_ids for a group of one (its id is the edge's own key). */
  function isAggregate(e) { return e.by_certainty != null && typeof e.by_certainty === "object"; }

  var CERTAINTIES = ["confirmed", "reported", "alleged", "denied"];

  /* The surest certainty in an aggregated edge's mix (a denial only when all deny). */
  function strongest(mix) {
    for (var i = 0; i < CERTAINTIES.length; i++) {
      if (Number(mix[CERTAINTIES[i]]) > 0) { return CERTAINTIES[i]; }
    }
    return null;
  }

  /* "6 reported, 2 alleged" */
  function mixText(mix) {
    return CERTAINTIES.filter(function (c) { return Number(mix[c]) > 0; })
      .map(function (c) { return mix[c] + " " + c; }).join(", ") || "no certainty";
  }

  function aggregateInfo(e) {
    var mix = e.by_certainty || {}, c = e.corroboration || {};
    var count = e.count == null ? 1 : Number(e.count) || 0;
    var undated = Number(e.undated) || 0;
    return {
      aggregate: true, id: str(e.id), type: str(e.type), source: str(e.source),
      target: str(e.target), from: nameOf(e.source), to: nameOf(e.target), count: count,
      mix: mix, mixText: mixText(mix), certainty: strongest(mix),
      when: formatPeriod(e.first, e.last, "day") +
            (undated ? " (" + (undated === count ? "undated" : undated + " undated") + ")" : ""),
      first: e.first == null ? null : e.first, last: e.last == null ? null : e.last,
      undated: undated, edge_ids: (Array.isArray(e.edge_ids) ? e.edge_ids : [e.id]).map(str),
      corroboration: { sources: Number(c.sources) || 0, publishers: [], asserted_by: [],
                       contested: c.contested === true,
                       stances: { confirmed: [], reported: [], alleged: [], denied: [] } },
      asserted_by: [], evidence: [], statements: [], statements_dropped: 0
    };
  }

  function edgeInfo(e) {
    if (isAggregate(e)) { return aggregateInfo(e); }
    return {
      id: str(e.id), source: str(e.source), target: str(e.target), edge_ids: [str(e.id)],
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
    if (info.aggregate) {
      return [info.from + " —" + info.type + "→ " + info.to,
              info.count + " edge" + (info.count === 1 ? "" : "s") + ": " + info.mixText,
              "when: " + info.when,
              "sources: " + info.corroboration.sources +
                (info.corroboration.contested ? " · contested" : ""),
              "click for every claim under it"].join("\n");
    }
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

  /* A big picture (fixed layout) builds each tooltip when it is first hovered (hoverTips,
     below): 2,000 tooltip elements built up front delay its first frame (BENCHMARKS.md,
     "The workbench"). */
  var lazyTips = !data.physics;

  function edgeTipText(info) {
    var text = edgeTip(info);
    return info.change ? "change: " + info.change + "\n" + text : text;
  }

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
                info: info };
    if (!lazyTips) { out.title = tip(nodeTip(info)); }
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
      var info = edgeInfo(e), style;
      var cls = classes && own(classes, e.id) ? classes[e.id] : null;
      if (cls !== null) {  // a diff picture: the class replaces the certainty colour
        style = own(S.diff, cls) ? S.diff[cls] : S.otherEdge;
        info.change = cls + period;
      } else {
        var cert = info.certainty;
        style = cert != null && own(S.edges, cert) ? S.edges[cert] : S.otherEdge;
        if (info.corroboration) {  // width by sources, dashed when contested
          style = { color: style.color, width: sourceWidth(info.corroboration.sources),
                    dashes: info.corroboration.contested ? S.contestedDashes : style.dashes };
        }
      }
      var out = { id: e.id, from: e.source, to: e.target,
                  color: { color: style.color, highlight: style.color, hover: style.color },
                  width: style.width, dashes: style.dashes,
                  arrows: undirected.has(e.type) ? "" : "to", info: info };
      if (!lazyTips) { out.title = tip(edgeTipText(info)); }
      if (cls !== null) { out.change = cls; }
      if (data.labels) { out.label = str(e.type) + (info.aggregate && info.count > 1 ? " ×" + info.count : ""); }
      if (bend.has(i)) { out.smooth = bend.get(i); }
      return out;
    });
  }

  // --- details: the DOM of the details panel (this page's, and the explorer's) ------------
  /* Every builder takes the document to build in: the explorer builds its one panel with
     these functions from its own document. */

  function mk(doc, tag, text, cls) {
    var e = doc.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function prop(dl, key, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(mk(dl.ownerDocument, "dt", key));
    dl.appendChild(mk(dl.ownerDocument, "dd", value));
  }

  /* A link only to an http(s) address (never javascript: or data:), opened elsewhere. */
  function link(doc, href, text) {
    if (typeof href !== "string" || !/^https?:\/\//i.test(href)) { return mk(doc, "span", text); }
    var a = mk(doc, "a", text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  /* A node: its name, kind, id and properties; with the actor's record (GET /actors/{id})
     its identifiers and aliases; and its strongest relations in this view. */
  function nodeView(doc, info, actor, relations) {
    var box = mk(doc, "div", null, "node-details");
    box.appendChild(mk(doc, "h3", info.name));
    var dl = mk(doc, "dl", null, "props");
    prop(dl, "kind", info.what);
    prop(dl, "id", info.id);
    info.props.forEach(function (kv) { prop(dl, kv[0], kv[1]); });
    if (actor) {
      var ids = actor.identifiers || {};
      prop(dl, "ISO 3166", ids.iso3);
      prop(dl, "CAMEO", ids.cameo);
      prop(dl, "Wikidata", ids.wikidata);
      prop(dl, "country", actor.country);
      prop(dl, "description", actor.description);
    }
    box.appendChild(dl);
    if (actor && (actor.aliases || []).length) {
      box.appendChild(mk(doc, "h4", "Aliases"));
      var ul = mk(doc, "ul", null, "aliases");
      actor.aliases.forEach(function (a) {
        ul.appendChild(mk(doc, "li", str(a.text) + (a.lang ? " [" + a.lang + "]" : "") +
                                     (a.note ? " — " + a.note : "")));
      });
      box.appendChild(ul);
    }
    box.appendChild(mk(doc, "h4", "Strongest relations in this view"));
    if (!relations.length) { box.appendChild(mk(doc, "p", "none drawn", "hint")); }
    var ol = mk(doc, "ol", null, "relations");
    relations.forEach(function (r) {
      var li = mk(doc, "li");
      var b = mk(doc, "button", r.text, "relation");
      b.type = "button";
      b.dataset.edge = r.id;
      li.appendChild(b);
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }

  /* An edge's summary: what it stands for (an aggregated edge: its count, certainty mix,
     dates, sources; one edge: its dates, certainty, asserters, claim or event). */
  function edgeSummaryView(doc, info) {
    var box = mk(doc, "div", null, "edge-details");
    box.appendChild(mk(doc, "h3", info.from + " —" + info.type + "→ " + info.to));
    var dl = mk(doc, "dl", null, "props");
    prop(dl, "change", info.change);
    if (info.aggregate) {
      prop(dl, "edges", String(info.count));
      prop(dl, "certainty", info.mixText);
      prop(dl, "dates", info.when);
    } else {
      prop(dl, "when", info.when + (info.precision ? " (" + info.precision + ")" : ""));
      prop(dl, "certainty", info.certainty || "n/a");
      prop(dl, "asserted by", info.asserted_by.join(", "));
      prop(dl, "claim", info.claim_id);
      prop(dl, "event", info.event_id);
    }
    var c = info.corroboration;
    if (c) {
      prop(dl, "sources", info.aggregate ? String(c.sources) : sourcesText(c));
      prop(dl, "contested", info.aggregate ? (c.contested ? "yes" : "no") : contestedText(c));
    }
    box.appendChild(dl);
    return box;
  }

  function claimDate(st) {
    var when = formatPeriod(st.date_from, st.date_to, st.date_precision);
    return when === "date unknown" ? "undated" : when;
  }

  /* One statement: the quote in its language, the stance and who takes it, the date,
     the gloss, the source (linked to its URL when it has one). */
  function statementBox(doc, st) {
    var box = mk(doc, "div", null, "evidence");
    box.dataset.certainty = st.certainty || "";
    var q = mk(doc, "blockquote", st.quote);
    if (st.language) { q.lang = st.language; }
    box.appendChild(q);
    box.appendChild(mk(doc, "p", stanceText(st), "stance " + (st.certainty || "none")));
    if (st.date_from !== undefined) { box.appendChild(mk(doc, "p", "date: " + claimDate(st), "date")); }
    if (st.gloss) { box.appendChild(mk(doc, "p", "gloss: " + st.gloss, "gloss")); }
    var src = st.source_title || st.source;
    if (src || st.language) {
      var p = mk(doc, "p", "— ", "src");
      p.appendChild(link(doc, st.source_url, src || ""));
      p.appendChild(doc.createTextNode((st.publisher ? ", " + st.publisher : "") +
                                       (st.language ? " [" + st.language + "]" : "")));
      box.appendChild(p);
    }
    return box;
  }

  /* Every claim under an edge: the answer of GET /edges (statements by date), or the
     statements the page carries for one edge. */
  function claimsView(doc, statements, dropped) {
    var box = mk(doc, "div", null, "claims");
    box.appendChild(mk(doc, "h3", statements.length ? "Sources and stances" : "No evidence recorded"));
    statements.forEach(function (st) {
      box.appendChild(statementBox(doc, Object.assign({}, st, {
        asserted_by: namesOf(st.asserted_by), certainty: st.certainty == null ? null : str(st.certainty)
      })));
    });
    if (dropped) { box.appendChild(mk(doc, "p", "… and " + dropped + " more", "hint")); }
    return box;
  }

  /* The strongest relations of a node in the drawn view: most sources, then most edges. */
  function strongestRelations(id, limit) {
    var mine = state.edges.get({ filter: function (e) { return e.from === id || e.to === id; } });
    mine.sort(function (a, b) {
      var x = a.info.corroboration ? a.info.corroboration.sources : 0;
      var y = b.info.corroboration ? b.info.corroboration.sources : 0;
      return y - x || (b.info.count || 1) - (a.info.count || 1) || (a.id < b.id ? -1 : 1);
    });
    return mine.slice(0, limit || 8).map(function (e) {
      var i = e.info, other = e.from === id ? "→ " + i.to : "← " + i.from;
      var n = i.count || 1, c = i.corroboration ? i.corroboration.sources : 0;
      return { id: e.id, text: i.type + " " + other + " (" + (i.aggregate ? n + " edge" + (n === 1 ? "" : "s") + ", " : "") +
                                 c + " source" + (c === 1 ? "" : "s") + ")" };
    });
  }

  /* The claims under an edge from GET /edges (aggregated edges carry only their ids). */
  function edgesUrl(info) {
    var q = new URLSearchParams({ source: info.source, target: info.target });
    info.edge_ids.forEach(function (i) { q.append("id", i); });
    return "/edges?" + q;
  }

  // --- this page's own panel (the explorer shows its own instead) --------------------------

  var served = /^https?:$/.test(location.protocol);  // not a saved file, not the explorer's frame

  function panel() { return document.getElementById("details-body"); }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) { return r.ok ? body : Promise.reject(body); },
                           function () { return Promise.reject(null); });
    });
  }

  function showNode(id) {
    var item = state.nodes.get(id);
    if (!item) { return; }
    var body = panel(), mine = ++state.shown;
    body.replaceChildren(nodeView(document, item.info, null, strongestRelations(id)));
    if (!served || !data.fromGraph || item.info.label !== "Actor") { return; }
    fetchJson("/actors/" + encodeURIComponent(id)).then(function (actor) {
      if (mine === state.shown) { body.replaceChildren(nodeView(document, item.info, actor, strongestRelations(id))); }
    }, function () { /* not an actor, or no access: the drawn facts stay */ });
  }

  function showEdge(id) {
    var item = state.edges.get(id);
    if (!item) { return; }
    var info = item.info, body = panel(), mine = ++state.shown;
    body.replaceChildren(edgeSummaryView(document, info));
    if (!info.aggregate) {
      body.appendChild(claimsView(document, info.statements, info.statements_dropped));
      return;
    }
    if (!served) {
      body.appendChild(el("p", "Open this picture from the server (or in the explorer) to read the claims under its " +
                              info.count + " edge(s): " + info.edge_ids.join(", "), "hint"));
      return;
    }
    var wait = el("p", "loading the claims…", "hint");
    body.appendChild(wait);
    fetchJson(edgesUrl(info)).then(function (answer) {
      if (mine !== state.shown) { return; }
      wait.replaceWith(claimsView(document, answer.statements || [],
                                  (answer.statements_total || 0) - (answer.statements || []).length));
    }, function (err) {
      var e = err && err.error;
      wait.textContent = "The claims could not be read: " + (e ? e.message : "the server did not answer") +
                         (e && e.code === "unauthorized" ? " (open the picture in the explorer with the API key)" : "");
    });
  }

  function status(text) { statusEl.textContent = text; }

  function markReady(key) {
    if (state[key] === null) { state[key] = Math.round(performance.now()); }
    state.ready = true;
    status("");
  }

  // --- labels: sized by degree (or the chosen centrality), hidden when zoomed out -----------

  /* Labels grow with the square root of the node's weight (its degree, an aggregated edge
     counting as its edges; or its centrality score). vis-network hides a label whose size
     on screen falls under LABEL.threshold, so as the analyst zooms out the small labels go
     first and the hubs' stay: the sizes are set so that at the zoom that fits the whole
     picture the heaviest tenth (at least LABEL.minTop) can be read. */
  var LABEL = { min: 12, threshold: 9, maxVisible: 20, share: 0.1, minTop: 8, maxSpan: 150 };

  function labelWeights() {
    var w = Object.create(null);
    if (look.score_name) {
      Object.keys(scores).forEach(function (id) { w[id] = Number(scores[id]) || 0; });
      return w;
    }
    state.edges.forEach(function (e) {
      var n = e.info.count || 1;
      w[e.from] = (w[e.from] || 0) + n;
      w[e.to] = (w[e.to] || 0) + n;
    });
    return w;
  }

  function sizeLabels() {
    var w = labelWeights(), ids = state.nodes.getIds();
    var vals = ids.map(function (id) { return w[id] || 0; }).sort(function (a, b) { return b - a; });
    var k = Math.min(vals.length, Math.max(LABEL.minTop, Math.ceil(vals.length * LABEL.share)));
    var top = vals[0] || 0, vk = vals[k - 1] || 0;
    var scale = state.network ? state.network.getScale() : 1;
    var need = LABEL.threshold / (scale > 0 ? scale : 1) + 1;  // the size that shows at this zoom
    var span = top > 0 && vk > 0 ? (need - LABEL.min) / Math.sqrt(vk / top) : 0;
    // the heaviest no more than twice the readable size at this zoom
    span = Math.max(4, Math.min(LABEL.maxSpan, 2 * need - LABEL.min, span));
    state.nodes.update(ids.map(function (id) {
      var size = Math.round(LABEL.min + (top > 0 ? span * Math.sqrt((w[id] || 0) / top) : 0));
      return { id: id, font: focus.has(id) ? { size: Math.max(16, size), bold: true } : { size: size } };
    }));
    state.labelWeights = w;
  }

  // --- the time slider: histogram, range, play --------------------------------------------

  var DAY = 86400000, BINS = 48;
  var T = { min: null, max: null, lo: null, hi: null, undated: true, spans: new Map(),
            timer: null, listeners: [] };

  function dayOf(iso) {
    if (typeof iso !== "string" || iso.length < 10) { return null; }
    var t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
    return isNaN(t) ? null : Math.floor(t / DAY);
  }

  function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

  /* An edge's time as [first day, last day] (an open end is infinite), or null: undated
     (an aggregated edge: when all its edges are). */
  function spanOf(info, e) {
    if (info.aggregate && info.undated >= info.count) { return null; }
    var a = info.aggregate ? dayOf(info.first) : dayOf(e.valid_from);
    var b = info.aggregate ? dayOf(info.last) : dayOf(e.valid_to);
    if (!info.aggregate && a === null && b === null) { return null; }
    return [a === null ? -Infinity : a, b === null ? Infinity : b];
  }

  function timeEl(id) { return document.getElementById(id); }

  /* The domain of the drawn edges' dates, the slider's span: from the earliest to the latest
     date, but no further than five interquartile ranges (at least 30 days) beyond the
     quartiles (a role held since 1949 would squeeze a year of GDELT into one bar). The
     window's ends at the domain's ends are open: the first position keeps everything
     before it, the last everything after. */
  function measureTime() {
    var days = [];
    T.spans.forEach(function (sp) {
      if (!sp) { return; }
      if (isFinite(sp[0])) { days.push(sp[0]); }
      if (isFinite(sp[1])) { days.push(sp[1]); }
    });
    days.sort(function (a, b) { return a - b; });
    var wasFull = T.min === null || full();
    if (!days.length) { T.min = T.max = T.lo = T.hi = null; }
    else {
      // Tukey's fences, wide: quartiles +- 5 interquartile ranges (at least 30 days each)
      var q1 = days[Math.floor((days.length - 1) * 0.25)], q3 = days[Math.ceil((days.length - 1) * 0.75)];
      var reach = 5 * Math.max(q3 - q1, 30);
      T.min = Math.max(days[0], q1 - reach);
      T.max = Math.min(days[days.length - 1], q3 + reach);
      if (wasFull) { T.lo = T.min; T.hi = T.max; }
      else { T.lo = Math.max(T.min, Math.min(T.lo, T.max)); T.hi = Math.min(T.max, Math.max(T.hi, T.lo)); }
    }
    var section = timeEl("timeline");
    section.hidden = T.min === null;
    if (T.min === null) { return; }
    ["time-from", "time-to"].forEach(function (id) {
      var input = timeEl(id);
      input.min = String(T.min);
      input.max = String(T.max);
      input.disabled = T.min === T.max;
    });
    timeEl("time-min").textContent = (T.min > days[0] ? "≤ " : "") + isoOf(T.min);
    timeEl("time-max").textContent = (T.max < days[days.length - 1] ? "≥ " : "") + isoOf(T.max);
  }

  /* The window in days, its ends at the domain's ends open. */
  function bounds() {
    return [T.lo <= T.min ? -Infinity : T.lo, T.hi >= T.max ? Infinity : T.hi];
  }

  function full() { return T.min === null || (T.lo <= T.min && T.hi >= T.max); }

  function histogram() {
    var svg = timeEl("histogram"), ns = "http://www.w3.org/2000/svg";
    svg.replaceChildren();
    if (T.min === null) { return; }
    var width = T.max - T.min + 1, counts = new Array(BINS).fill(0), top = 0;
    T.spans.forEach(function (sp) {
      if (!sp) { return; }
      var a = Math.min(T.max, Math.max(T.min, sp[0])), b = Math.max(T.min, Math.min(T.max, sp[1]));
      var i0 = Math.floor((a - T.min) * BINS / width), i1 = Math.floor((b - T.min) * BINS / width);
      for (var i = Math.max(0, i0); i <= Math.min(BINS - 1, i1); i++) { counts[i] += 1; }
    });
    counts.forEach(function (c) { top = Math.max(top, c); });
    var sel = document.createElementNS(ns, "rect");
    sel.setAttribute("class", "window");
    sel.setAttribute("y", "0");
    sel.setAttribute("height", "100");
    svg.appendChild(sel);
    counts.forEach(function (c, i) {
      var bar = document.createElementNS(ns, "rect");
      var h = top ? Math.max(c ? 2 : 0, 96 * c / top) : 0;
      bar.setAttribute("x", String(i * 1000 / BINS + 1));
      bar.setAttribute("width", String(1000 / BINS - 2));
      bar.setAttribute("y", String(100 - h));
      bar.setAttribute("height", String(h));
      bar.setAttribute("class", "bin");
      var t = document.createElementNS(ns, "title");
      t.textContent = isoOf(T.min + Math.floor(i * width / BINS)) + ": " + c + " edge" + (c === 1 ? "" : "s");
      bar.appendChild(t);
      svg.appendChild(bar);
    });
    T.counts = counts;
  }

  function drawWindow() {
    if (T.min === null) { return; }
    var width = T.max - T.min + 1;
    var sel = timeEl("histogram").querySelector("rect.window");
    if (sel) {
      sel.setAttribute("x", String((T.lo - T.min) * 1000 / width));
      sel.setAttribute("width", String(Math.max(2, (T.hi - T.lo + 1) * 1000 / width)));
    }
    timeEl("time-from").value = String(T.lo);
    timeEl("time-to").value = String(T.hi);
    timeEl("time-from").setAttribute("aria-valuetext", isoOf(T.lo));
    timeEl("time-to").setAttribute("aria-valuetext", isoOf(T.hi));
    var b = bounds();
    timeEl("time-range").textContent = full() ? "all dates"
      : (isFinite(b[0]) ? isoOf(T.lo) : "…") + " – " + (isFinite(b[1]) ? isoOf(T.hi) : "…");
  }

  /* Hide the edges outside the window and fade the nodes left without a visible edge, in
     place (nothing is fetched, nothing moves). */
  function applyWindow() {
    var all = full(), changes = [], lit = new Set(), shown = 0, b = bounds();
    state.edges.forEach(function (item) {
      var sp = T.spans.get(item.id);
      var show = all || (sp ? sp[0] <= b[1] && sp[1] >= b[0] : T.undated);
      if (show) { lit.add(item.from); lit.add(item.to); shown += 1; }
      if (Boolean(item.hidden) === show) { changes.push({ id: item.id, hidden: !show }); }
    });
    if (changes.length) { state.edges.update(changes); }
    var fades = [];
    state.nodes.forEach(function (n) {
      var faded = !all && !lit.has(n.id) && !focus.has(n.id);
      if ((n.opacity === 0.15) !== faded) { fades.push({ id: n.id, opacity: faded ? 0.15 : 1 }); }
    });
    if (fades.length) { state.nodes.update(fades); }
    state.visibleEdges = shown;
    var count = timeEl("time-count");
    if (count) { count.textContent = shown + " of " + state.edges.length + " edges"; }
    var info = window.geokg.timeline.get();
    T.listeners.forEach(function (fn) { try { fn(info); } catch (e) { /* a listener's fault */ } });
  }

  function setWindow(lo, hi, undated) {
    if (T.min === null) { return; }
    if (undated !== undefined && undated !== null) {
      T.undated = Boolean(undated);
      timeEl("time-undated").checked = T.undated;
    }
    lo = Math.max(T.min, Math.min(T.max, Math.round(lo)));
    hi = Math.max(T.min, Math.min(T.max, Math.round(hi)));
    if (lo > hi) { var x = lo; lo = hi; hi = x; }
    T.lo = lo;
    T.hi = hi;
    drawWindow();
    applyWindow();
  }

  function stopPlay() {
    if (T.timer !== null) { clearInterval(T.timer); T.timer = null; }
    var b = timeEl("time-play");
    b.textContent = "▶ Play";
    b.setAttribute("aria-pressed", "false");
  }

  /* Play: the window keeps its width and walks from the first date to the last. */
  function play() {
    if (T.timer !== null) { stopPlay(); return; }
    if (T.min === null || T.min === T.max) { return; }
    var span = T.max - T.min, width = full() ? Math.max(1, Math.round(span / 5)) : T.hi - T.lo;
    var step = Math.max(1, Math.round(span / 40));
    var lo = T.lo + width >= T.max ? T.min : T.lo;
    setWindow(lo, lo + width);
    var b = timeEl("time-play");
    b.textContent = "❚❚ Pause";
    b.setAttribute("aria-pressed", "true");
    T.timer = setInterval(function () {
      if (T.hi >= T.max) { stopPlay(); return; }
      setWindow(T.lo + step, Math.min(T.max, T.lo + step + width));
    }, 250);
  }

  /* Dragging across the histogram selects a range. */
  function brush() {
    var svg = timeEl("histogram"), start = null;
    function dayAt(ev) {
      var r = svg.getBoundingClientRect(), f = Math.max(0, Math.min(1, (ev.clientX - r.left) / (r.width || 1)));
      return T.min + f * (T.max - T.min);
    }
    svg.addEventListener("pointerdown", function (ev) {
      if (T.min === null) { return; }
      stopPlay();
      start = dayAt(ev);
      svg.setPointerCapture(ev.pointerId);
      setWindow(start, start);
    });
    svg.addEventListener("pointermove", function (ev) { if (start !== null) { setWindow(start, dayAt(ev)); } });
    svg.addEventListener("pointerup", function () { start = null; });
  }

  function wireTimeline() {
    timeEl("time-from").addEventListener("input", function (ev) {
      stopPlay();
      var v = Number(ev.target.value);
      setWindow(v, Math.max(v, T.hi));
    });
    timeEl("time-to").addEventListener("input", function (ev) {
      stopPlay();
      var v = Number(ev.target.value);
      setWindow(Math.min(v, T.lo), v);
    });
    timeEl("time-play").addEventListener("click", play);
    timeEl("time-undated").addEventListener("change", function (ev) {
      T.undated = ev.target.checked;
      applyWindow();
    });
    timeEl("time-reset").addEventListener("click", function () { stopPlay(); setWindow(T.min, T.max); });
    brush();
  }

  /* After edges came or went: the spans, the domain, the histogram, the window. */
  function retime() {
    T.spans = new Map();
    state.edges.forEach(function (item) { T.spans.set(item.id, item.span); });
    measureTime();
    histogram();
    drawWindow();
    applyWindow();
  }

  // --- build and draw -----------------------------------------------------------------------

  state.jsonMs = Math.round(jsonMs);
  state.shown = 0;
  state.describe = { formatPeriod: formatPeriod, shortLabel: shortLabel, nodeTip: nodeTip,
                     edgeTip: edgeTip, sourceWidth: sourceWidth };
  state.views = { node: nodeView, edgeSummary: edgeSummaryView, claims: claimsView,
                  strongestRelations: strongestRelations, edgesUrl: edgesUrl };
  state.embedded = Boolean(window.frameElement && window.frameElement.hasAttribute("data-workbench"));
  if (state.embedded) { document.body.classList.add("embedded"); }
  data.nodes.forEach(function (n) { names[n.id] = n.name ? str(n.name) : str(n.id); });
  var positions = null;
  if (!data.physics) {
    var t = performance.now();
    positions = radialLayout(data.nodes.map(function (n) { return n.id; }), data.edges, data.focus);
    state.layoutMs = Math.round(performance.now() - t);
  }
  var visNodes = data.nodes.map(function (n) { return visNode(n, positions && positions.get(n.id)); });

  function withSpans(items, edges) {
    items.forEach(function (item, i) { item.span = spanOf(item.info, edges[i]); });
    return items;
  }

  var visEdgeItems = withSpans(visEdges(data.edges), data.edges);
  state.parseMs = Math.round(performance.now() - started);

  window.geokg.timeline = {
    get: function () {
      var b = bounds();
      return { from: T.lo === null || !isFinite(b[0]) ? null : isoOf(T.lo),
               to: T.hi === null || !isFinite(b[1]) ? null : isoOf(T.hi),
               min: T.min === null ? null : isoOf(T.min), max: T.max === null ? null : isoOf(T.max),
               full: full(), keepUndated: T.undated, visibleEdges: state.visibleEdges,
               counts: T.counts || [] };
    },
    /* Dates as YYYY-MM-DD (null: the domain's end); keepUndated true/false/null (as is). */
    set: function (from, to, keepUndated) {
      var a = from ? dayOf(from) : null, b = to ? dayOf(to) : null;
      setWindow(a === null ? T.min : a, b === null ? T.max : b, keepUndated);
    },
    onChange: function (fn) { T.listeners.push(fn); },
    play: play, stop: stopPlay
  };

  if (!visNodes.length) {
    container.appendChild(el("p", "Nothing to draw: the query returned no nodes.", "empty"));
    timeEl("timeline").hidden = true;
    state.ready = true;
    return;
  }

  data.options.nodes.scaling = { label: { enabled: false, drawThreshold: LABEL.threshold,
                                          maxVisible: LABEL.maxVisible } };
  state.nodes = new vis.DataSet(visNodes);
  state.edges = new vis.DataSet(visEdgeItems);
  sizeLabels();
  if (data.physics) { status("laying out…"); }
  var network = new vis.Network(container, { nodes: state.nodes, edges: state.edges }, data.options);
  state.network = network;
  state.constructedMs = Math.round(performance.now());
  // a big picture builds its time slider after its first frame (it hides nothing then)
  if (data.physics) { wireTimeline(); retime(); }

  network.once("afterDrawing", function () {
    state.firstDrawMs = Math.round(performance.now());
    if (!data.physics) { wireTimeline(); retime(); sizeLabels(); markReady("stabilizedMs"); }
  });
  /* The tooltip of a big picture's node or edge, built when first hovered (vis-network
     shows it tooltipDelay ms after the hover). */
  function hoverTips(items, describe) {
    return function (id) {
      var item = items.get(id);
      if (item && !item.title) { items.update({ id: id, title: tip(describe(item.info)) }); }
    };
  }
  if (lazyTips) {
    var nodeTipFor = hoverTips(state.nodes, nodeTip), edgeTipFor = hoverTips(state.edges, edgeTipText);
    network.on("hoverNode", function (p) { nodeTipFor(p.node); });
    network.on("hoverEdge", function (p) { edgeTipFor(p.edge); });
  }
  network.on("stabilizationProgress", function (p) {
    status("laying out… " + Math.round(100 * p.iterations / p.total) + "%");
  });
  network.once("stabilizationIterationsDone", function () {
    // Stop the simulation once laid out: nodes then stay where the analyst drags them.
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    sizeLabels();
    markReady("stabilizedMs");
  });
  network.on("click", function (params) {
    if (params.nodes.length) {
      state.selected = { node: params.nodes[0] };
      if (!state.embedded) { showNode(params.nodes[0]); }
    } else if (params.edges.length) {
      state.selected = { edge: params.edges[0] };
      if (!state.embedded) { showEdge(params.edges[0]); }
    }
  });
  panel().addEventListener("click", function (ev) {  // a strongest relation: show that edge
    var b = ev.target.closest && ev.target.closest("button.relation");
    if (!b || !state.edges.get(b.dataset.edge)) { return; }
    network.selectEdges([b.dataset.edge]);
    state.selected = { edge: b.dataset.edge };
    showEdge(b.dataset.edge);
  });
  if (!data.physics) { network.fit({ animation: false }); }

  // --- what the explorer drives -------------------------------------------------------------

  /* Add a subgraph (an API answer: nodes, edges) in place: new nodes around ``near`` (or
     the view's centre), edges merged by id. Returns how many nodes and edges were new. */
  state.add = function (graph, near) {
    var newNodes = (graph.nodes || []).filter(function (n) { return !state.nodes.get(n.id); });
    (graph.nodes || []).forEach(function (n) { names[n.id] = n.name ? str(n.name) : str(n.id); });
    var at = near && state.nodes.get(near) ? network.getPosition(near) : network.getViewPosition();
    var radius = 120 + 12 * newNodes.length;
    var items = newNodes.map(function (n, i) {
      var angle = 2 * Math.PI * i / Math.max(1, newNodes.length);
      return visNode(n, [at.x + radius * Math.cos(angle), at.y + radius * Math.sin(angle)]);
    });
    var ids = new Set(state.nodes.getIds().concat(items.map(function (n) { return n.id; })));
    var edges = (graph.edges || []).filter(function (e) { return ids.has(e.source) && ids.has(e.target); });
    var fresh = edges.filter(function (e) { return !state.edges.get(e.id); }).length;
    state.nodes.add(items);
    state.edges.update(withSpans(visEdges(edges), edges));
    sizeLabels();
    retime();
    return { nodes: items.length, edges: fresh };
  };

  /* Drop a node and its edges from the picture. */
  state.remove = function (id) {
    if (!state.nodes.get(id)) { return false; }
    state.edges.remove(state.edges.getIds({ filter: function (e) { return e.from === id || e.to === id; } }));
    state.nodes.remove(id);
    focus.delete(id);
    sizeLabels();
    retime();
    return true;
  };

  /* Select, highlight and centre a node. */
  state.find = function (id) {
    if (!state.nodes.get(id)) { return false; }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    state.selected = { node: id };
    return true;
  };

  /* What is drawn now (for exports and the URL): nodes and edges as the API gave them. */
  state.drawn = function () {
    return { nodes: state.nodes.get().map(function (n) { return { id: n.id, hidden: n.opacity === 0.15 }; }),
             edges: state.edges.get().map(function (e) {
               return { id: e.id, source: e.from, target: e.to, hidden: Boolean(e.hidden),
                        edge_ids: e.info.aggregate ? e.info.edge_ids : [e.id] };
             }) };
  };
})();
