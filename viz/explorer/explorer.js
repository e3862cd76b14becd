/* geokg explorer, an analyst's workbench: type-ahead over /actors; views (the overview,
   a neighbourhood, paths, read-only Cypher) drawn from /viz/... in an iframe (srcdoc) and
   kept in the page's URL; one details panel (an actor's record, every claim under an
   edge); the picture's time slider in step with since/until; find, expand, drop, and
   save as PNG, GEXF, GraphML or CSV; and the
   "Add an article" tab: draft an article with POST /extract, read the draft (its claims'
   evidence highlighted in the text), load it with POST /ingest and the write key.
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
      chooseActor(which, item);
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

  /* Pick an actor (a search hit or GET /actors/{id}) in box "a" or "b". */
  function chooseActor(which, item) {
    state[which] = { id: item.id, name: item.name || item.id };
    $("actor-" + which).value = item.name || item.id;
    $("chosen-" + which).textContent = "✓ " + (item.name || item.id) + " (" + item.id + ")";
    fieldError("actor-" + which, "");
  }

  function clearActor(which) {
    state[which] = null;
    $("actor-" + which).value = "";
    $("chosen-" + which).textContent = "";
  }

  picker("a");
  picker("b");

  /* --- the workbench: views, the URL, the picture, the details panel ------------------- */
  /* A view is what the picture shows: the overview, a neighbourhood, paths, a Cypher
     result. Its parameters live in the form and in the page's URL (links reopen it, back
     and forward move between views); the picture comes from /viz/... and is framed
     (srcdoc, same origin), so this script drives it through its window.geokg. */

  var config = JSON.parse($("explorer-config").textContent);
  var DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
  var ID = /^[a-z0-9][a-z0-9._:-]*$/;
  var MODES = ["shortest", "all_shortest", "k"];
  var CERTAINTY_LEVELS = ["confirmed", "reported", "alleged"];
  var SIZE_BY = ["", "pagerank", "betweenness"];
  /* API error locations -> the field the error is shown next to. */
  var FIELD_OF = { "query.since": "since", "query.until": "until", "query.depth": "depth",
                   "query.max_hops": "max-hops", "query.mode": "mode", "query.k": "k",
                   "query.min_certainty": "min-certainty", "query.min_sources": "min-sources",
                   "query.aggregate": "aggregate", "id": "actor-a", "source": "actor-a",
                   "query.source": "actor-a", "target": "actor-b", "query.target": "actor-b",
                   "query.id": "actor-a", "body.query": "cypher", "depth": "depth",
                   "max_hops": "max-hops", "k": "k", "limit": "depth" };
  state.fieldErrors = {};
  state.expanded = 0;
  state.selectedNode = null;
  state.details = null;

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

  /* --- errors next to the fields ------------------------------------------------------ */

  function fieldError(field, text) {
    var box = $("error-" + field);
    if (!box) { return; }
    box.textContent = text || "";
    state.fieldErrors[field] = text || null;
    var input = $(field) || $(field === "rel-types" ? "rel-types" : field);
    if (input && input.setAttribute) {
      if (text) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
    }
  }

  function clearFieldErrors() {
    document.querySelectorAll("#controls .field-error, #tools .field-error").forEach(function (p) {
      fieldError(p.id.slice("error-".length), "");
    });
  }

  /* The API's error body: each located detail next to its field. */
  function showApiErrors(body) {
    var err = body && body.error;
    (err && Array.isArray(err.details) ? err.details : []).forEach(function (d) {
      var loc = String(d.location || "");
      var field = FIELD_OF[loc] || (loc.indexOf("query.rel_types") === 0 ? "rel-types" : null);
      if (!field) { return; }
      var typed = $(field) && typeof $(field).value === "string" ? $(field).value.trim() : "";
      if ((field === "since" || field === "until") && typed && !DATE.test(typed)) {
        fieldError(field, "'" + typed + "' is not a date: YYYY, YYYY-MM or YYYY-MM-DD (" + loc + ")");
      } else {
        fieldError(field, (err.message || "") + (d.message ? " — " + d.message : ""));
      }
    });
  }

  /* --- the form <-> the view <-> the URL --------------------------------------------- */

  function checkedTypes() {
    return Array.prototype.map.call(document.querySelectorAll("#rel-types input:checked"),
                                    function (b) { return b.value; });
  }

  /* The filters of the form as query parameters (shared by every view). */
  function filterParams(params) {
    var since = $("since").value.trim(), until = $("until").value.trim();
    var cert = $("min-certainty").value, minSources = $("min-sources").value.trim();
    if (since) { params.append("since", since); }
    if (until) { params.append("until", until); }
    if ((since || until) && $("include-undated").checked) { params.append("include_undated", "true"); }
    if (cert) { params.append("min_certainty", cert); }
    if (minSources) { params.append("min_sources", minSources); }
    if ($("exclude-contested").checked) { params.append("exclude_contested", "true"); }
    checkedTypes().forEach(function (t) { params.append("rel_types", t); });
    return params;
  }

  /* The view the form describes, of a kind. */
  function formView(kind) {
    var v = { kind: kind, aggregate: $("aggregate").checked, sizeBy: $("size-by").value,
              since: $("since").value.trim(), until: $("until").value.trim() };
    if (kind === "neighbourhood" || kind === "path") { v.actor = state.a; v.depth = $("depth").value; }
    if (kind === "path") {
      v.target = state.b;
      v.maxHops = $("max-hops").value;
      v.mode = $("mode").value;
      v.k = $("k").value;
    }
    if (kind === "cypher") { v.cypher = $("cypher").value.trim(); }
    return v;
  }

  /* The page's URL for a view: its state as query parameters. */
  function viewQuery(v) {
    var p = new URLSearchParams();
    if (v.kind === "neighbourhood" || v.kind === "path") { p.set("actor", v.actor.id); }
    if (v.kind === "neighbourhood") { p.set("depth", v.depth); }
    if (v.kind === "path") {
      p.set("target", v.target.id);
      p.set("mode", v.mode);
      p.set("max_hops", v.maxHops);
      if (v.mode === "k") { p.set("k", v.k); }
    }
    if (v.kind === "cypher") { p.set("cypher", v.cypher); }
    filterParams(p);
    if (!v.aggregate) { p.set("aggregate", "false"); }
    if (v.sizeBy) { p.set("size_by", v.sizeBy); }
    return p;
  }

  /* The request that draws a view. */
  function pictureRequest(v) {
    var p = filterParams(new URLSearchParams());
    if (v.sizeBy) { p.append("size_by", v.sizeBy); }
    if (v.kind === "cypher") {
      var q = v.sizeBy ? "?size_by=" + encodeURIComponent(v.sizeBy) : "";
      return { url: "/viz/cypher" + q, init: { method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/html" },
        body: JSON.stringify({ query: v.cypher }) } };
    }
    if (v.aggregate && v.kind !== "overview") { p.append("aggregate", "true"); }
    if (v.kind === "overview") { return { url: "/viz/overview?" + p }; }
    if (v.kind === "neighbourhood") {
      p.append("depth", v.depth);
      return { url: "/viz/actors/" + encodeURIComponent(v.actor.id) + "?" + p };
    }
    p.append("source", v.actor.id);
    p.append("target", v.target.id);
    p.append("max_hops", v.maxHops);
    p.append("mode", v.mode);
    if (v.mode === "k") { p.append("k", v.k); }
    return { url: "/viz/paths?" + p };
  }

  function viewTitle(v) {
    if (v.kind === "overview") { return "overview"; }
    if (v.kind === "neighbourhood") { return "neighbourhood of " + v.actor.name; }
    if (v.kind === "path") { return "path " + v.actor.name + " → " + v.target.name; }
    return "Cypher result";
  }

  function setSelect(id, value, allowed, field) {
    if (value === null) { return; }
    if (allowed.indexOf(value) < 0) {
      fieldError(field, "the link's " + id.replace("-", "_") + " '" + value + "' is not one of " + allowed.filter(Boolean).join(", "));
      return;
    }
    $(id).value = value;
  }

  function setBool(id, value, field) {
    if (value === null) { return; }
    if (value !== "true" && value !== "false") {
      fieldError(field, "the link's " + id.replace("-", "_") + " '" + value + "' is not true or false");
      return;
    }
    $(id).checked = value === "true";
  }

  /* Fill the form from a URL's query; every value that does not parse gets its error next
     to its field. Returns the view the URL asks for (actors still to be looked up). */
  function applyQuery(search) {
    var q = new URLSearchParams(search);
    var get = function (k) { return q.has(k) ? q.get(k) : null; };
    clearFieldErrors();
    setSelect("depth", get("depth"), ["1", "2", "3"], "depth");
    setSelect("max-hops", get("max_hops"), ["1", "2", "3", "4", "5", "6"], "max-hops");
    setSelect("mode", get("mode"), MODES, "mode");
    setSelect("min-certainty", get("min_certainty") === null ? "" : get("min_certainty"),
              [""].concat(CERTAINTY_LEVELS), "min-certainty");
    setSelect("size-by", get("size_by") === null ? "" : get("size_by"), SIZE_BY, "find");
    if (get("k") !== null) {
      if (/^(10|[1-9])$/.test(get("k"))) { $("k").value = get("k"); }
      else { fieldError("k", "the link's k '" + get("k") + "' is not a whole number from 1 to 10"); }
    }
    ["since", "until"].forEach(function (k) {
      var v = get(k);
      $(k).value = v === null ? "" : v;
      if (v !== null && !DATE.test(v)) { fieldError(k, "'" + v + "' is not a date: YYYY, YYYY-MM or YYYY-MM-DD"); }
    });
    var minSources = get("min_sources");
    $("min-sources").value = minSources === null ? "" : minSources;
    if (minSources !== null && !/^[1-9]\d{0,4}$/.test(minSources)) {
      fieldError("min-sources", "'" + minSources + "' is not a whole number of sources (1 or more)");
    }
    $("include-undated").checked = false;
    $("exclude-contested").checked = false;
    $("aggregate").checked = true;
    setBool("include-undated", get("include_undated"), "since");
    setBool("exclude-contested", get("exclude_contested"), "min-sources");
    setBool("aggregate", get("aggregate"), "aggregate");
    var types = q.getAll("rel_types"), known = [];
    document.querySelectorAll("#rel-types input").forEach(function (box) {
      box.checked = types.indexOf(box.value) >= 0;
      known.push(box.value);
    });
    var unknown = types.filter(function (t) { return known.indexOf(t) < 0; });
    if (unknown.length) { fieldError("rel-types", "unknown relation type: " + unknown.join(", ")); }
    if (get("cypher") !== null) { $("cypher").value = get("cypher"); }
    var kind = get("cypher") !== null ? "cypher" : get("target") !== null ? "path"
             : get("actor") !== null ? "neighbourhood" : "overview";
    return { kind: kind, actor: get("actor"), target: get("target") };
  }

  /* Look an actor id up (GET /actors/{id}) and pick it in its box; its error next to it. */
  function resolveActor(which, id) {
    var field = "actor-" + which;
    if (!ID.test(id)) {
      fieldError(field, "'" + id + "' is not an actor id (lowercase letters, digits, . _ : -)");
      $(field).value = id;
      return Promise.resolve(false);
    }
    return fetch("/actors/" + encodeURIComponent(id), { headers: headers({ Accept: "application/json" }) })
      .then(function (r) {
        return r.json().then(function (body) { return [r.ok, body, r.status]; },
                             function () { return [false, null, r.status]; });
      })
      .then(function (res) {
        if (!res[0]) {
          $(field).value = id;
          fieldError(field, res[2] === 404 ? "no actor with id '" + id + "'" : errorText(res[1], res[2]));
          return false;
        }
        chooseActor(which, res[1]);
        return true;
      }, function (e) { fieldError(field, "could not look the actor up: " + e); return false; });
  }

  /* Draw the view the page's URL describes (on load, and on back / forward). */
  function openFromUrl() {
    var asked = applyQuery(location.search);
    var wanted = [];
    if (asked.actor !== null) { wanted.push(resolveActor("a", asked.actor)); } else { clearActor("a"); }
    if (asked.target !== null) { wanted.push(resolveActor("b", asked.target)); } else { clearActor("b"); }
    return Promise.all(wanted).then(function (found) {
      var ok = found.every(Boolean) && !Object.keys(state.fieldErrors).some(function (k) { return state.fieldErrors[k]; });
      var v = formView(asked.kind);
      if (!ok) {
        status("the link's view could not be drawn: see the fields marked in red; showing the overview", true);
        state.error = "link";
        return draw(formView("overview"), { push: false, plain: true, keepErrors: true });
      }
      return draw(v, { push: false, fallback: true });
    });
  }

  window.addEventListener("popstate", function () { openFromUrl(); });

  /* --- drawing --------------------------------------------------------------------------- */

  function picture() {
    var g = frame.contentWindow && frame.contentWindow.geokg;
    return g && g.ready ? g : null;
  }

  /* Fetch and frame a view's picture. ``opts.push``: a new entry in the history (a view the
     analyst asked for); ``opts.fallback``: on failure, show the overview (opening a link
     never leaves a blank page); ``opts.plain``: the overview without the form's filters. */
  function draw(v, opts) {
    opts = opts || {};
    var mine = ++state.request;
    state.ready = false;
    state.error = opts.keepErrors ? state.error : null;
    if (!opts.keepErrors) { clearFieldErrors(); }
    clearDetails();
    if (!opts.keepErrors) { status("loading " + viewTitle(v) + "…"); }
    var req = opts.plain ? { url: "/viz/overview" } : pictureRequest(v);
    var init = req.init || { headers: { Accept: "text/html" } };
    init.headers = headers(init.headers);
    return fetch(req.url, init)
      .then(function (r) {
        if (r.ok) { return r.text().then(function (html) { return [true, html]; }); }
        return r.json().then(function (body) { return [false, body, r.status]; },
                             function () { return [false, { error: { message: r.status + " " + r.statusText } }, r.status]; });
      })
      .then(function (res) {
        if (mine !== state.request) { return; }
        if (!res[0]) {
          state.error = errorText(res[1], res[2]);
          showApiErrors(res[1]);
          status(state.error, true);
          if (opts.fallback && v.kind !== "overview") {
            return draw(formView("overview"), { push: false, plain: true, keepErrors: true });
          }
          return;
        }
        state.view = v;
        if (opts.push) { history.pushState(null, "", "?" + viewQuery(v)); }
        else if (!opts.plain) { history.replaceState(null, "", "?" + viewQuery(v)); }
        frame.srcdoc = res[1];
      })
      .catch(function (e) { state.error = String(e); status("request failed: " + e, true); });
  }

  /* Once the framed picture is drawn: listen to it, and keep it in step with the form. */
  frame.addEventListener("load", function () {
    var mine = state.request, tries = 0;
    (function wait() {
      if (mine !== state.request) { return; }
      var g = picture();
      if (g) {
        if (g.network) { hook(g); }
        state.loads += 1;
        state.ready = true;
        $("drop-node").disabled = true;
        fillNames(g);
        var n = g.nodes ? g.nodes.length : 0, m = g.edges ? g.edges.length : 0;
        if (!state.error) { status(viewTitle(state.view) + ": " + n + " nodes, " + m + " edges"); }
        return;
      }
      if (++tries > 2400) { status("the picture did not finish drawing", true); return; }
      setTimeout(wait, 25);
    })();
  });

  function hook(g) {
    g.network.on("click", function (p) {
      if (p.nodes.length) { showNode(g, p.nodes[0]); }
      else if (p.edges.length) { showEdge(g, p.edges[0]); }
    });
    g.network.on("doubleClick", function (p) { if (p.nodes.length) { expand(g, p.nodes[0]); } });
    // the explorer's "keep undated edges" box is the picture's
    state.syncing = true;
    try { g.timeline.set(null, null, $("include-undated").checked); } finally { state.syncing = false; }
    g.timeline.onChange(function (t) {
      if (state.syncing) { return; }
      // an open end of the window keeps the view's own date (the server drew it with it)
      $("since").value = t.from || state.view.since || "";
      $("until").value = t.to || state.view.until || "";
      fieldError("since", "");
      fieldError("until", "");
      if (state.view) { history.replaceState(null, "", "?" + viewQuery(state.view)); }
    });
  }

  function fillNames(g) {
    var list = $("drawn-names");
    list.replaceChildren();
    if (!g.nodes) { return; }
    g.nodes.get().map(function (n) { return n.info.name; }).sort().forEach(function (name) {
      var o = document.createElement("option");
      o.value = name;
      list.appendChild(o);
    });
  }

  function need(which, label) {
    if (!state[which]) {
      status("pick " + label + " from the suggestions first", true);
      fieldError("actor-" + which, "pick " + label + " from the suggestions");
      $("actor-" + which).focus();
      return false;
    }
    return true;
  }

  $("show-neighbours").addEventListener("click", function () {
    if (!need("a", "an actor")) { return; }
    draw(formView("neighbourhood"), { push: true });
  });

  $("show-path").addEventListener("click", function () {
    if (!need("a", "the first actor") || !need("b", "the second actor")) { return; }
    draw(formView("path"), { push: true });
  });

  $("show-overview").addEventListener("click", function () { draw(formView("overview"), { push: true }); });

  $("run-cypher").addEventListener("click", function () {
    if (!$("cypher").value.trim()) {
      status("write a Cypher query first", true);
      fieldError("cypher", "write a Cypher query first");
      return;
    }
    draw(formView("cypher"), { push: true });
  });

  $("size-by").addEventListener("change", function () { if (state.view) { draw(formView(state.view.kind === "cypher" ? "cypher" : state.view.kind), { push: true }); } });

  /* Typed dates and the undated box move the picture's time window in place. */
  function dayBound(text, end) {
    if (!DATE.test(text)) { return null; }
    if (text.length === 10) { return text; }
    if (text.length === 4) { return text + (end ? "-12-31" : "-01-01"); }
    if (!end) { return text + "-01"; }
    var y = Number(text.slice(0, 4)), m = Number(text.slice(5, 7));
    return text + "-" + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0");
  }

  function typedWindow() {
    var g = picture();
    if (!g || !g.timeline) { return; }
    var since = $("since").value.trim(), until = $("until").value.trim();
    fieldError("since", since && !DATE.test(since) ? "'" + since + "' is not a date: YYYY, YYYY-MM or YYYY-MM-DD" : "");
    fieldError("until", until && !DATE.test(until) ? "'" + until + "' is not a date: YYYY, YYYY-MM or YYYY-MM-DD" : "");
    if ((since && !DATE.test(since)) || (until && !DATE.test(until))) { return; }
    state.syncing = true;
    try { g.timeline.set(dayBound(since, false), dayBound(until, true), $("include-undated").checked); }
    finally { state.syncing = false; }
    if (state.view) { history.replaceState(null, "", "?" + viewQuery(state.view)); }
  }

  $("since").addEventListener("change", typedWindow);
  $("until").addEventListener("change", typedWindow);
  $("include-undated").addEventListener("change", typedWindow);

  /* --- the picture's tools: find, drop, expand, save ------------------------------------ */

  function findActor() {
    var g = picture(), text = $("find").value.trim().toLowerCase();
    fieldError("find", "");
    if (!g || !g.nodes || !text) { return; }
    var all = g.nodes.get();
    var hit = all.filter(function (n) { return n.info.name.toLowerCase() === text || String(n.id) === text; })[0] ||
              all.filter(function (n) { return n.info.name.toLowerCase().indexOf(text) >= 0; })[0];
    if (!hit) { fieldError("find", "no actor named “" + $("find").value.trim() + "” in the picture"); return; }
    g.find(hit.id);
    showNode(g, hit.id);
  }

  $("find").addEventListener("change", findActor);
  $("find").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); findActor(); } });

  $("drop-node").addEventListener("click", function () {
    var g = picture();
    if (!g || !state.selectedNode) { return; }
    var name = (g.nodes.get(state.selectedNode) || {}).info;
    g.remove(state.selectedNode);
    status("dropped " + (name ? name.name : state.selectedNode) + " from the picture");
    state.selectedNode = null;
    $("drop-node").disabled = true;
    clearDetails();
    fillNames(g);
  });

  /* Double-click: the actor's own neighbours (one hop, the form's filters) added in place. */
  function expand(g, id) {
    var p = filterParams(new URLSearchParams({ depth: "1" }));
    if ($("aggregate").checked) { p.append("aggregate", "true"); }
    status("expanding " + ((g.nodes.get(id) || {}).info || { name: id }).name + "…");
    return fetch("/actors/" + encodeURIComponent(id) + "/neighbors?" + p, {
      headers: headers({ Accept: "application/json" }) })
      .then(function (r) { return r.json().then(function (body) { return [r.ok, body, r.status]; }); })
      .then(function (res) {
        if (!res[0]) { status(errorText(res[1], res[2]), true); showApiErrors(res[1]); return; }
        var added = g.add(res[1], id);
        state.expanded += 1;
        fillNames(g);
        status("expanded " + (res[1].center ? res[1].center.name : id) + ": " + added.nodes +
               " new actor(s), " + added.edges + " new edge(s)");
      })
      .catch(function (e) { status("expanding failed: " + e, true); });
  }

  function download(name, href) {
    var a = document.createElement("a");
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  /* PNG: the picture as drawn, on white. */
  $("save-png").addEventListener("click", function () {
    var g = picture();
    var canvas = g && frame.contentDocument.querySelector("#network canvas");
    if (!canvas) { status("nothing to save yet", true); return; }
    var out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    state.saved = out.toDataURL("image/png");
    download("geokg-view.png", state.saved);
  });

  /* GEXF, GraphML, CSV: the view as drawn (the visible actors and every edge under the
     visible edges, expansions and drops included) through POST /cypher?format=, or a Cypher
     view's own query. */
  function exportRequest(g) {
    if (state.view && state.view.kind === "cypher") { return { query: state.view.cypher, params: {} }; }
    var drawn = g.drawn(), byPair = {};
    drawn.edges.forEach(function (e) {
      if (e.hidden) { return; }
      var k = e.source + "\u0000" + e.target;
      byPair[k] = byPair[k] || { source: e.source, target: e.target, ids: [] };
      byPair[k].ids = byPair[k].ids.concat(e.edge_ids);
    });
    return { query: config.export_query, params: {
      nodes: drawn.nodes.filter(function (n) { return !n.hidden; }).map(function (n) { return n.id; }),
      edges: Object.keys(byPair).map(function (k) { return byPair[k]; }) } };
  }

  document.querySelectorAll("#tools button.export").forEach(function (button) {
    button.addEventListener("click", function () {
      var g = picture(), format = button.dataset.format;
      if (!g || !g.drawn) { status("nothing to export yet", true); return; }
      status("exporting " + format + "…");
      fetch("/cypher?format=" + encodeURIComponent(format), {
        method: "POST", headers: headers({ "Content-Type": "application/json" }),
        body: JSON.stringify(exportRequest(g)) })
        .then(function (r) {
          if (!r.ok) {
            return r.json().then(function (body) { status("export failed: " + errorText(body, r.status), true); },
                                 function () { status("export failed: HTTP " + r.status, true); });
          }
          var name = (/filename="([^"]+)"/.exec(r.headers.get("Content-Disposition") || "") || [])[1] ||
                     "geokg-view." + format;
          return r.blob().then(function (blob) {
            state.exported = { format: format, name: name, bytes: blob.size };
            var url = URL.createObjectURL(blob);
            download(name.replace(/^cypher-result/, "geokg-view"), url);
            setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
            status("saved " + name.replace(/^cypher-result/, "geokg-view") + " (" + blob.size + " bytes)");
          });
        })
        .catch(function (e) { status("export failed: " + e, true); });
    });
  });

  /* --- the one details panel -------------------------------------------------------------- */

  function clearDetails() {
    $("details-body").replaceChildren();
    $("details-hint").hidden = false;
    state.selectedEdge = null;
    state.details = null;
  }

  function getJson(url) {
    return fetch(url, { headers: headers({ Accept: "application/json" }) }).then(function (r) {
      return r.json().then(function (body) { return [r.ok, body, r.status]; },
                           function () { return [false, null, r.status]; });
    });
  }

  function showNode(g, id) {
    var item = g.nodes.get(id);
    if (!item) { return; }
    var body = $("details-body"), mine = { node: id, loaded: false };
    state.details = mine;
    state.selectedNode = id;
    state.selectedEdge = null;
    $("drop-node").disabled = false;
    $("details-hint").hidden = true;
    body.replaceChildren(g.views.node(document, item.info, null, g.views.strongestRelations(id)));
    if (item.info.label !== "Actor") { mine.loaded = true; return; }
    getJson("/actors/" + encodeURIComponent(id)).then(function (res) {
      if (state.details !== mine) { return; }
      if (res[0]) { body.replaceChildren(g.views.node(document, item.info, res[1], g.views.strongestRelations(id))); }
      else { body.appendChild(el("p", errorText(res[1], res[2]), "hint")); }
      mine.loaded = true;
    });
  }

  function showEdge(g, id) {
    var item = g.edges.get(id);
    if (!item) { return; }
    var info = item.info, body = $("details-body"), mine = { edge: id, loaded: false };
    state.details = mine;
    state.selectedEdge = id;
    state.selectedNode = null;
    $("drop-node").disabled = true;
    $("details-hint").hidden = true;
    body.replaceChildren(g.views.edgeSummary(document, info));
    var wait = el("p", "reading every claim under it…", "hint");
    body.appendChild(wait);
    getJson(g.views.edgesUrl(info)).then(function (res) {
      if (state.details !== mine) { return; }
      if (res[0]) {
        var said = res[1].statements || [];
        wait.replaceWith(g.views.claims(document, said, (res[1].statements_total || 0) - said.length));
      } else if (info.statements && info.statements.length) {  // not an actor–actor edge
        wait.replaceWith(g.views.claims(document, info.statements, info.statements_dropped));
      } else {
        wait.textContent = "The claims could not be read: " + errorText(res[1], res[2]);
      }
      mine.loaded = true;
    }, function (e) { wait.textContent = "The claims could not be read: " + e; mine.loaded = true; });
  }

  $("details-body").addEventListener("click", function (ev) {  // a strongest relation
    var b = ev.target.closest && ev.target.closest("button.relation");
    var g = picture();
    if (!b || !g || !g.edges.get(b.dataset.edge)) { return; }
    g.network.selectEdges([b.dataset.edge]);
    showEdge(g, b.dataset.edge);
  });

  /* A server with a read key: the view of the URL opens once the key is typed (Enter in
     the key's box, or any view asked for), not with a refused request first. */
  if (config.needs_key && !$("api-key").value.trim()) {
    applyQuery(location.search);
    status("this server needs an API key: type it in “API key” (top right) and press Enter", true);
    $("view-hint").textContent = "Type the API key (top right) and press Enter to open the view.";
    $("api-key").addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && $("api-key").value.trim() && !state.loads) { openFromUrl(); }
    });
  } else {
    openFromUrl();
  }

  /* --- tabs: Explore / Add an article ------------------------------------------------ */

  var tabs = Array.prototype.slice.call(document.querySelectorAll("header [role=tab]"));

  function selectTab(tab, focus) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !on;
    });
    if (focus) { tab.focus(); }
  }

  tabs.forEach(function (tab, i) {
    tab.addEventListener("click", function () { selectTab(tab, false); });
    tab.addEventListener("keydown", function (ev) {
      var next = null;
      if (ev.key === "ArrowRight") { next = tabs[(i + 1) % tabs.length]; }
      else if (ev.key === "ArrowLeft") { next = tabs[(i + tabs.length - 1) % tabs.length]; }
      else if (ev.key === "Home") { next = tabs[0]; }
      else if (ev.key === "End") { next = tabs[tabs.length - 1]; }
      if (next) { ev.preventDefault(); selectTab(next, true); }
    });
  });

  /* --- add an article ----------------------------------------------------------------- */

  var CERTAINTIES = ["confirmed", "reported", "alleged", "denied"];
  var article = { draft: null, stale: false, busy: false, request: 0, drafts: 0,
                  loaded: null, error: null, selected: null };
  state.article = article;
  state.showDraft = showDraft;  // the Review tab (review.js) shows its drafts with it too
  var articleFields = ["article-text", "article-title", "article-publisher", "article-url",
                       "article-published", "article-language"];

  /* The result area next to the form: a message, optional detail lines, never blank. */
  function articleMessage(text, kind, details) {
    var box = $("article-result");
    box.replaceChildren();
    box.className = kind || "";
    if (!text) { return; }
    box.appendChild(el("p", text, "message"));
    if (details && details.length) {
      var ul = el("ul", null, "details");
      details.forEach(function (d) { ul.appendChild(el("li", d)); });
      box.appendChild(ul);
    }
  }

  /* An HTTP failure of the draft or of the load, in words. ``body`` is the API's error
     body ({"error": {"code", "message", "details"}}) or null. */
  function httpFailure(action, httpStatus, statusText, body) {
    var err = (body && body.error) || {};
    var said = err.message || "";
    var head;
    if (httpStatus === 401 && action === "load") {
      head = "The write key was not accepted (HTTP 401 Unauthorized): check the key typed in “Write key”.";
    } else if (httpStatus === 401) {
      head = "This server needs an API key to draft (HTTP 401 Unauthorized): type the read key in “API key” (top right).";
    } else if (httpStatus === 403) {
      head = "The server refused this request (HTTP 403 Forbidden).";
    } else if (httpStatus === 404 && err.code === "disabled") {
      head = action === "load"
        ? "Loading is switched off on this server (HTTP 404): it has no write key configured."
        : "Drafting is switched off on this server (HTTP 404).";
    } else if (httpStatus === 404) {
      head = "This server does not offer " + (action === "load" ? "POST /ingest" : "POST /extract") + " (HTTP 404 Not Found).";
    } else if (httpStatus === 413) {
      head = "The " + (action === "load" ? "draft" : "article") + " is larger than this server accepts (HTTP 413).";
    } else if (httpStatus === 422) {
      head = action === "load" ? "The server refused the draft (HTTP 422): nothing was written."
                               : "The server could not draft this article (HTTP 422).";
    } else if (httpStatus === 503) {
      head = "The graph database is unavailable (HTTP 503): try again in a moment.";
    } else {
      head = (action === "load" ? "Loading" : "Drafting") + " failed (HTTP " + httpStatus +
        (statusText ? " " + statusText : "") + ").";
    }
    var details = [];
    if (said) { details.push("Server: " + said + (err.code ? " [" + err.code + "]" : "")); }
    if (Array.isArray(err.details)) {
      err.details.forEach(function (d) {
        if (!d) { return; }
        var where = (d.location || "") + (d.line ? " (line " + d.line + ")" : "");
        details.push((where ? where + ": " : "") + (d.message || ""));
      });
    }
    return { text: head, details: details };
  }

  /* fetch, then [ok, body, status, statusText] whatever the answer's content. */
  function call(url, init) {
    return fetch(url, init).then(function (r) {
      return r.text().then(function (raw) {
        var body = null;
        try { body = raw ? JSON.parse(raw) : null; } catch (e) { body = null; }
        return [r.ok, body, r.status, r.statusText];
      });
    });
  }

  function setBusy(busy) {
    article.busy = busy;
    $("article-draft").disabled = busy;
    $("article-load").disabled = busy;
    $("article-form").setAttribute("aria-busy", busy ? "true" : "false");
  }

  function articleRequest() {
    var body = { text: $("article-text").value };
    [["title", "article-title"], ["publisher", "article-publisher"], ["url", "article-url"],
     ["published", "article-published"], ["language", "article-language"]].forEach(function (f) {
      var v = $(f[1]).value.trim();
      if (v) { body[f[0]] = f[0] === "language" ? v.toLowerCase() : v; }
    });
    return body;
  }

  function draftArticle() {
    if (article.busy) { return; }
    if (!$("article-text").value.trim()) {
      articleMessage("Paste the article's text in “Article text” first.", "error");
      $("article-text").focus();
      return;
    }
    var mine = ++article.request;
    article.error = null;
    setBusy(true);
    articleMessage("Drafting…", "working");
    call("/extract", {
      method: "POST",
      headers: headers({ "Content-Type": "application/json", Accept: "application/json" }),
      body: JSON.stringify(articleRequest())
    }).then(function (res) {
      if (mine !== article.request) { return; }
      setBusy(false);
      if (!res[0] || !res[1] || !res[1].document) {
        var f = res[0] ? { text: "The server answered without a draft.", details: [] }
                       : httpFailure("draft", res[2], res[3], res[1]);
        article.error = f.text;
        articleMessage(f.text, "error", f.details);
        return;
      }
      article.draft = res[1];
      article.stale = false;
      article.loaded = null;
      article.drafts += 1;
      showDraft(res[1]);
      var s = res[1].summary || {};
      articleMessage("Draft ready: " + (s.events || 0) + " event(s), " + (s.claims || 0) +
        " claim(s), " + (s.review || 0) + " item(s) to review. Check it, then load it into the graph.", "ok");
    }).catch(function (e) {
      if (mine !== article.request) { return; }
      setBusy(false);
      article.error = "Could not reach the server: " + e;
      articleMessage(article.error, "error");
    });
  }

  function loadArticle() {
    if (article.busy) { return; }
    if (!article.draft) {
      articleMessage("Draft the article first: “Draft” shows what would be loaded.", "error");
      return;
    }
    if (article.stale) {
      articleMessage("The text or its details changed since the draft: click “Draft” again, check it, then load.", "error");
      return;
    }
    var key = $("write-key").value.trim();
    if (!key) {
      articleMessage("Type the write key in “Write key” first: loading into the graph needs it.", "error");
      $("write-key").focus();
      return;
    }
    var mine = ++article.request;
    article.error = null;
    setBusy(true);
    articleMessage("Loading into the graph…", "working");
    call("/ingest", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-API-Key": key },
      body: JSON.stringify(article.draft.document)
    }).then(function (res) {
      if (mine !== article.request) { return; }
      setBusy(false);
      if (!res[0]) {
        var f = httpFailure("load", res[2], res[3], res[1]);
        article.error = f.text;
        articleMessage(f.text, "error", f.details);
        return;
      }
      article.loaded = res[1] || {};
      showLoaded(article.loaded);
    }).catch(function (e) {
      if (mine !== article.request) { return; }
      setBusy(false);
      article.error = "Could not reach the server: " + e;
      articleMessage(article.error, "error");
    });
  }

  $("article-form").addEventListener("submit", function (ev) {
    ev.preventDefault();  // never navigate: the form only drives the two requests
    draftArticle();
  });
  $("article-load").addEventListener("click", loadArticle);
  articleFields.forEach(function (id) {
    $(id).addEventListener("input", function () {
      if (article.draft && !article.stale) {
        article.stale = true;
        articleMessage("The text or its details changed: click “Draft” again before loading.", "note");
      }
    });
  });

  /* What POST /ingest created and matched, per label and relationship type. */
  function countTable(caption, counts, kind) {
    var names = Object.keys(counts || {}).sort();
    var table = el("table", null, "counts");
    table.dataset.kind = kind;
    table.appendChild(el("caption", caption));
    var head = el("tr");
    ["", "created", "already there"].forEach(function (h) {
      var th = el("th", h);
      th.scope = "col";
      head.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el("tbody");
    names.forEach(function (name) {
      var tr = el("tr");
      tr.dataset.name = name;
      var th = el("th", name);
      th.scope = "row";
      tr.appendChild(th);
      tr.appendChild(el("td", counts[name].created || 0, "created"));
      tr.appendChild(el("td", counts[name].matched || 0, "matched"));
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    return table;
  }

  function total(counts, which) {
    return Object.keys(counts || {}).reduce(function (n, k) { return n + (counts[k][which] || 0); }, 0);
  }

  function showLoaded(summary) {
    var src = article.draft.document.sources && article.draft.document.sources[0];
    var created = total(summary.nodes, "created"), matched = total(summary.nodes, "matched");
    var rels = total(summary.relationships, "created");
    articleMessage("Loaded into the graph" + (src ? " as source “" + src.id + "”" : "") + ": " +
      created + " node(s) created, " + matched + " already there, " + rels +
      " relationship(s) created.", "ok");
    var box = $("article-result");
    box.appendChild(countTable("Nodes", summary.nodes, "nodes"));
    box.appendChild(countTable("Relationships", summary.relationships, "relationships"));
    var resolved = Object.keys(summary.resolved || {});
    if (resolved.length) {
      box.appendChild(el("p", "Actors of the draft found in the graph under another id:", "hint"));
      var ul = el("ul", null, "details");
      resolved.forEach(function (k) { ul.appendChild(el("li", k + " → " + summary.resolved[k])); });
      box.appendChild(ul);
    }
    if ((summary.skipped || []).length) {
      box.appendChild(el("p", "Skipped:", "hint"));
      var sk = el("ul", null, "details");
      summary.skipped.forEach(function (s) {
        sk.appendChild(el("li", typeof s === "string" ? s : JSON.stringify(s)));
      });
      box.appendChild(sk);
    }
    if (created === 0 && rels === 0) {
      box.appendChild(el("p", "Nothing new: this draft was already in the graph.", "hint"));
    }
  }

  /* --- the draft ---------------------------------------------------------------------- */

  function actorNames(doc) {
    var names = {};
    (doc.actors || []).forEach(function (a) { names[a.id] = a.name || a.id; });
    return function (id) { return names[id] && names[id] !== id ? names[id] + " (" + id + ")" : id; };
  }

  function dateText(d) {
    if (d === undefined || d === null || d === "") { return "no date"; }
    if (typeof d === "string") { return d; }
    if (!d.value) { return d.note || "no date"; }
    var text = d.value + (d.end ? " – " + d.end : "");
    if (d.inferred) { text += " (inferred)"; }
    if (d.note) { text += " — " + d.note; }
    return text;
  }

  /* UTF-16 index of every code point (the API's spans count code points, JS strings
     count UTF-16 units; they differ after an emoji or another character beyond U+FFFF). */
  function unitIndex(text) {
    var out = [];
    for (var i = 0; i < text.length;) {
      out.push(i);
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
    }
    out.push(text.length);
    return out;
  }

  function claimSubject(claim, doc, name) {
    if (claim.event) {
      var ev = (doc.events || []).filter(function (e) { return e.id === claim.event; })[0];
      return ev ? ev.type + ": " + (ev.participants || []).map(function (p) {
        return name(p.actor) + " as " + p.role; }).join(", ") : "event " + claim.event;
    }
    if (claim.relation) {
      var r = claim.relation;
      return r.type + ": " + name(r.source) + " → " + name(r.target);
    }
    return "";
  }

  function asserters(claim, name) {
    var who = (claim.asserted_by || []).map(name);
    return who.length ? who.join(", ") : "no one named (the article itself)";
  }

  /* The claims' evidence spans in the source text, as [start, end) UTF-16 offsets. */
  function claimSpans(doc, text, notes) {
    var units = unitIndex(text), points = units.length - 1;
    var sid = doc.sources && doc.sources[0] && doc.sources[0].id;
    var spans = [];
    (doc.claims || []).forEach(function (claim) {
      (claim.evidence || []).forEach(function (ev) {
        if (ev.source && sid && ev.source !== sid) { return; }
        var start = null, end = null;
        if (Array.isArray(ev.span) && ev.span.length === 2 && ev.span[0] >= 0 &&
            ev.span[0] < ev.span[1] && ev.span[1] <= points) {
          start = units[ev.span[0]];
          end = units[ev.span[1]];
        } else if (ev.quote && text.indexOf(ev.quote) >= 0) {
          start = text.indexOf(ev.quote);
          end = start + ev.quote.length;
        }
        if (start === null) {
          notes.push(claim.id + ": its evidence could not be placed in the text");
          return;
        }
        spans.push({ start: start, end: end, claim: claim });
      });
    });
    return spans;
  }

  /* The text, escaped (text nodes only), with one <mark> per stretch covered by the same
     claims. */
  function markedText(doc, text, spans, name) {
    var box = $("article-marked");
    box.replaceChildren();
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (c, i) { return cuts.indexOf(c) === i; })
               .sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var piece = text.slice(a, b);
      var over = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      if (!over.length) { box.appendChild(document.createTextNode(piece)); continue; }
      var ids = [], certs = [], lines = [];
      over.forEach(function (s) {
        if (ids.indexOf(s.claim.id) < 0) {
          ids.push(s.claim.id);
          lines.push(s.claim.certainty + " — " + claimSubject(s.claim, doc, name) +
                     " — asserted by " + asserters(s.claim, name) + " [" + s.claim.id + "]");
        }
        if (certs.indexOf(s.claim.certainty) < 0) { certs.push(s.claim.certainty); }
      });
      var mark = el("mark", piece, "claim " + certs.join(" ") + (certs.length > 1 ? " contested" : ""));
      mark.dataset.claims = ids.join(" ");
      mark.title = lines.join("\n");
      mark.tabIndex = -1;
      mark.addEventListener("click", selectFromMark);
      box.appendChild(mark);
    }
  }

  function selectFromMark(ev) {
    var ids = ev.currentTarget.dataset.claims.split(" ");
    select("claim", ids[0], false);
  }

  /* Highlight the marks of a claim (or of every claim about an event) and the list item. */
  function select(kind, id, scroll) {
    var doc = (article.shown || article.draft).document;
    var claims = kind === "claim" ? [id] : (doc.claims || []).filter(function (c) {
      return c.event === id; }).map(function (c) { return c.id; });
    var first = null;
    document.querySelectorAll("#article-marked mark").forEach(function (m) {
      var mine = m.dataset.claims.split(" ").some(function (c) { return claims.indexOf(c) >= 0; });
      m.classList.toggle("current", mine);
      if (mine && !first) { first = m; }
    });
    document.querySelectorAll("#article-draft-body .items button").forEach(function (b) {
      var on = b.dataset.kind === kind && b.dataset.id === id;
      b.classList.toggle("current", on);
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
    article.selected = { kind: kind, id: id, claims: claims, marks: first ? 1 : 0 };
    if (first && scroll) {
      first.scrollIntoView({ block: "center", behavior: "auto" });
    }
  }

  function itemButton(kind, id, parts) {
    var li = el("li");
    var b = el("button", null, "item");
    b.type = "button";
    b.dataset.kind = kind;
    b.dataset.id = id;
    b.setAttribute("aria-pressed", "false");
    parts.forEach(function (p) { if (p) { b.appendChild(p); } });
    b.addEventListener("click", function () { select(kind, id, true); });
    li.appendChild(b);
    return li;
  }

  function summaryEntry(dl, key, label, value) {
    var group = el("div"), dd = el("dd", value === undefined || value === null ? 0 : value);
    dd.dataset.key = key;
    group.appendChild(el("dt", label));
    group.appendChild(dd);
    dl.appendChild(group);
  }

  function noteList(title, lines, cls) {
    var box = el("div", null, "notes " + cls);
    box.appendChild(el("h3", title + " (" + lines.length + ")"));
    var ul = el("ul");
    lines.forEach(function (line) { ul.appendChild(el("li", line)); });
    box.appendChild(ul);
    return box;
  }

  function showDraft(answer) {
    article.shown = answer;
    var doc = answer.document;
    var src = (doc.sources || [])[0] || {};
    var text = typeof src.text === "string" ? src.text : "";
    var name = actorNames(doc);
    var s = answer.summary || {};
    $("article-draft-hint").hidden = true;
    $("article-draft-body").hidden = false;

    var dl = $("article-summary");
    dl.replaceChildren();
    summaryEntry(dl, "actors_linked", "linked actors", s.actors_linked);
    summaryEntry(dl, "actors_new", "new actors", s.actors_new);
    summaryEntry(dl, "events", "events", s.events);
    summaryEntry(dl, "claims", "claims", s.claims);
    summaryEntry(dl, "review", "to review", s.review);
    summaryEntry(dl, "language", "language", answer.language || src.language || "?");
    summaryEntry(dl, "source", "source id", src.id || "?");

    var actors = $("article-actors");
    actors.replaceChildren();
    var linked = (answer.linked_actors || []).map(name);
    var fresh = (answer.new_actors || []).map(name);
    actors.appendChild(el("p", "Linked to the graph: " + (linked.join(", ") || "none"), "linked"));
    actors.appendChild(el("p", "New actors: " + (fresh.join(", ") || "none"), "new"));

    var extra = [];
    var spans = claimSpans(doc, text, extra);
    var notes = $("article-notes");
    notes.replaceChildren();
    var warnings = (answer.warnings || []).concat(extra);
    if (warnings.length) { notes.appendChild(noteList("Warnings", warnings, "warnings")); }
    if ((answer.review || []).length) { notes.appendChild(noteList("To review", answer.review, "review")); }

    markedText(doc, text, spans, name);

    var events = $("article-events");
    events.replaceChildren();
    (doc.events || []).forEach(function (ev) {
      var who = el("span", (ev.participants || []).map(function (p) {
        return name(p.actor) + " — " + p.role; }).join("; ") || "no participants", "who");
      events.appendChild(itemButton("event", ev.id, [
        el("span", ev.type, "type"), el("span", dateText(ev.date), "date"), who,
        ev.summary ? el("span", ev.summary, "note") : null]));
    });
    if (!(doc.events || []).length) { events.appendChild(el("li", "No event found.", "hint")); }

    var claims = $("article-claims");
    claims.replaceChildren();
    (doc.claims || []).forEach(function (c) {
      var quote = (c.evidence || []).map(function (e) { return e.quote; }).join(" … ");
      claims.appendChild(itemButton("claim", c.id, [
        el("span", c.certainty, "badge " + (CERTAINTIES.indexOf(c.certainty) >= 0 ? c.certainty : "")),
        el("span", "asserted by " + asserters(c, name), "who"),
        el("span", claimSubject(c, doc, name), "subject"),
        quote ? el("q", quote) : null,
        c.note ? el("span", c.note, "note") : null]));
    });
    if (!(doc.claims || []).length) { claims.appendChild(el("li", "No claim found.", "hint")); }
  }
})();
