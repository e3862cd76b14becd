/* geokg explorer: type-ahead over /actors, pictures from /viz/... drawn in an iframe
   (srcdoc), evidence of a clicked edge in the side panel, read-only Cypher.
   Every piece of user or database text reaches the DOM through textContent. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var frame = $("picture");
  var statusEl = $("explorer-status");
  var state = { a: null, b: null, view: null, loads: 0, ready: false, error: null,
                selectedEdge: null, request: 0 };
  window.explorer = state;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  /* Request headers, with the API key the analyst typed (if any). The key stays in the
     input field of this page: it is never stored, and never put in a URL. */
  function headers(extra) {
    var h = Object.assign({}, extra);
    var key = $("api-key").value.trim();
    if (key) { h["X-API-Key"] = key; }
    return h;
  }

  function status(text, isError) {
    statusEl.textContent = text || "";
    statusEl.className = isError ? "error" : "";
  }

  /* --- type-ahead ------------------------------------------------------------------- */

  function picker(which) {
    var input = $("actor-" + which), list = $("suggest-" + which), chosen = $("chosen-" + which);
    var timer = null, seq = 0, items = [], active = -1;

    function close() { list.hidden = true; list.replaceChildren(); items = []; active = -1; }

    function choose(item) {
      state[which] = { id: item.id, name: item.name || item.id };
      input.value = item.name || item.id;
      chosen.textContent = "✓ " + (item.name || item.id) + " (" + item.id + ")";
      close();
    }

    function highlight(i) {
      var lis = list.children;
      for (var j = 0; j < lis.length; j++) { lis[j].classList.toggle("active", j === i); }
      active = i;
    }

    function show(found) {
      list.replaceChildren();
      items = found;
      active = -1;
      found.forEach(function (item, i) {
        var li = el("li", item.name || item.id);
        li.setAttribute("role", "option");
        li.dataset.id = item.id;
        if (item.kind) { li.appendChild(el("span", item.kind, "kind")); }
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(item); });
        li.addEventListener("mouseenter", function () { highlight(i); });
        list.appendChild(li);
      });
      if (!found.length) { list.appendChild(el("li", "no actor matches", "none")); }
      list.hidden = false;
    }

    function search() {
      var text = input.value.trim();
      if (!text) { close(); return; }
      var mine = ++seq;
      fetch("/actors?" + new URLSearchParams({ q: text, limit: "8" }), {
        headers: headers({ Accept: "application/json" }) })
        .then(function (r) {
          return r.json().then(function (body) { return [r.ok, body, r.status]; },
                               function () { return [false, null, r.status]; });
        })
        .then(function (res) {
          if (mine !== seq) { return; }  // a newer keystroke already asked
          if (!res[0]) { status(errorText(res[1], res[2]), true); close(); return; }
          show(res[1].items || []);
        })
        .catch(function (e) { status("search failed: " + e, true); });
    }

    input.addEventListener("input", function () {
      state[which] = null;
      chosen.textContent = "";
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener("keydown", function (ev) {
      if (list.hidden || !items.length) { return; }
      if (ev.key === "ArrowDown") { highlight(Math.min(active + 1, items.length - 1)); ev.preventDefault(); }
      else if (ev.key === "ArrowUp") { highlight(Math.max(active - 1, 0)); ev.preventDefault(); }
      else if (ev.key === "Enter") { choose(items[Math.max(active, 0)]); ev.preventDefault(); }
      else if (ev.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  picker("a");
  picker("b");

  /* --- pictures ----------------------------------------------------------------------- */

  function errorText(body, httpStatus) {
    if (httpStatus === 401) {
      return "this server needs an API key: type it in “API key” (top right) and try again";
    }
    var err = body && body.error;
    if (!err) { return "request failed"; }
    var text = err.message || err.code;
    if (Array.isArray(err.details) && err.details.length) {
      text += " (" + err.details.map(function (d) {
        return (d.location ? d.location + ": " : "") + (d.message || "");
      }).join("; ") + ")";
    }
    return text;
  }

  function filters(params) {
    var since = $("since").value.trim(), until = $("until").value.trim();
    var cert = $("min-certainty").value;
    if (since) { params.append("since", since); }
    if (until) { params.append("until", until); }
    if ((since || until) && $("include-undated").checked) { params.append("include_undated", "true"); }
    if (cert) { params.append("min_certainty", cert); }
    document.querySelectorAll("#rel-types input:checked").forEach(function (box) {
      params.append("rel_types", box.value);
    });
    return params;
  }

  function draw(view, url, init) {
    var mine = ++state.request;
    state.ready = false;
    state.error = null;
    state.selectedEdge = null;
    clearEvidence();
    status("loading…");
    init = init || { headers: { Accept: "text/html" } };
    init.headers = headers(init.headers);
    fetch(url, init)
      .then(function (r) {
        if (r.ok) { return r.text().then(function (html) { return [true, html]; }); }
        return r.json().then(function (body) { return [false, body, r.status]; },
                             function () { return [false, { error: { message: r.status + " " + r.statusText } }, r.status]; });
      })
      .then(function (res) {
        if (mine !== state.request) { return; }
        if (!res[0]) {
          state.error = errorText(res[1], res[2]);
          status(state.error, true);
          return;
        }
        state.view = view;
        $("view-hint").hidden = true;
        frame.srcdoc = res[1];
      })
      .catch(function (e) { state.error = String(e); status("request failed: " + e, true); });
  }

  /* The picture is same-origin (srcdoc): once its network is ready, listen to its clicks. */
  frame.addEventListener("load", function () {
    var mine = state.request, tries = 0;
    (function wait() {
      if (mine !== state.request) { return; }
      var g = frame.contentWindow && frame.contentWindow.geokg;
      if (g && g.ready) {
        if (g.network) {
          g.network.on("click", function (p) {
            if (p.edges.length && !p.nodes.length) {
              var edge = g.edges.get(p.edges[0]);
              state.selectedEdge = edge.id;
              showEdge(edge.info);
            }
          });
        }
        state.loads += 1;
        state.ready = true;
        var n = g.nodes ? g.nodes.length : 0, m = g.edges ? g.edges.length : 0;
        status(state.view + ": " + n + " nodes, " + m + " edges");
        return;
      }
      if (++tries > 600) { status("the picture did not finish drawing", true); return; }
      setTimeout(wait, 25);
    })();
  });

  function need(which, label) {
    if (!state[which]) {
      status("pick " + label + " from the suggestions first", true);
      $("actor-" + which).focus();
      return false;
    }
    return true;
  }

  $("show-neighbours").addEventListener("click", function () {
    if (!need("a", "an actor")) { return; }
    var params = filters(new URLSearchParams({ depth: $("depth").value }));
    draw("neighbourhood of " + state.a.name,
         "/viz/actors/" + encodeURIComponent(state.a.id) + "?" + params);
  });

  $("show-path").addEventListener("click", function () {
    if (!need("a", "the first actor") || !need("b", "the second actor")) { return; }
    var params = new URLSearchParams({ source: state.a.id, target: state.b.id,
                                       max_hops: $("max-hops").value, mode: $("mode").value });
    if ($("mode").value === "k") { params.append("k", $("k").value); }
    draw("path " + state.a.name + " → " + state.b.name, "/viz/paths?" + filters(params));
  });

  $("run-cypher").addEventListener("click", function () {
    var query = $("cypher").value.trim();
    if (!query) { status("write a Cypher query first", true); return; }
    draw("Cypher result", "/viz/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/html" },
      body: JSON.stringify({ query: query })
    });
  });

  /* --- evidence panel ------------------------------------------------------------------ */

  function clearEvidence() {
    $("evidence-body").replaceChildren();
    $("evidence-hint").hidden = false;
  }

  function prop(dl, key, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", key));
    dl.appendChild(el("dd", value));
  }

  function showEdge(info) {
    var body = $("evidence-body");
    $("evidence-hint").hidden = true;
    body.replaceChildren();
    body.appendChild(el("h3", info.from + " —" + info.type + "→ " + info.to));
    var dl = el("dl", null, "props");
    prop(dl, "dates", info.when + (info.precision ? " (" + info.precision + ")" : ""));
    prop(dl, "certainty", info.certainty || "n/a");
    prop(dl, "asserted by", (info.asserted_by || []).join(", ") || "n/a");
    prop(dl, "claim", info.claim_id);
    prop(dl, "event", info.event_id);
    body.appendChild(dl);
    var evidence = info.evidence || [];
    if (!evidence.length) { body.appendChild(el("p", "No evidence recorded.", "hint")); }
    evidence.forEach(function (ev) {
      var box = el("div", null, "quote");
      var q = el("blockquote", ev.quote);
      if (ev.language) { q.lang = ev.language; }
      box.appendChild(q);
      var meta = el("dl", null, "props");
      prop(meta, "language", ev.language);
      prop(meta, "gloss", ev.gloss);
      prop(meta, "source", ev.source_title ? ev.source_title + (ev.source ? " (" + ev.source + ")" : "") : ev.source);
      box.appendChild(meta);
      body.appendChild(box);
    });
  }
})();
