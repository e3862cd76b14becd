/* geokg explorer: type-ahead over /actors, pictures from /viz/... drawn in an iframe
   (srcdoc), evidence of a clicked edge in the side panel, read-only Cypher; and the
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
    var minSources = $("min-sources").value.trim();
    if (minSources) { params.append("min_sources", minSources); }
    if ($("exclude-contested").checked) { params.append("exclude_contested", "true"); }
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
    var c = info.corroboration;
    if (c) {
      prop(dl, "sources", c.sources + (c.publishers.length ? " (" + c.publishers.join(", ") + ")" : ""));
      prop(dl, "contested", c.contested
        ? "yes" + (c.stances.denied.length ? ": denied by " + c.stances.denied.join(", ") : "")
        : "no");
    }
    body.appendChild(dl);
    /* Each source's quote with its stance (the picture's statements; older pictures: the
       edge's own evidence). */
    var said = info.statements || info.evidence || [];
    if (!said.length) { body.appendChild(el("p", "No evidence recorded.", "hint")); }
    else if (info.statements) { body.appendChild(el("h3", "Sources and stances")); }
    said.forEach(function (st) {
      var box = el("div", null, "quote");
      var certainty = st.certainty || (info.statements ? "" : info.certainty) || "";
      box.dataset.certainty = certainty;
      var q = el("blockquote", st.quote);
      if (st.language) { q.lang = st.language; }
      box.appendChild(q);
      var by = st.asserted_by || [];
      box.appendChild(el("p", "stance: " + (certainty || "n/a") +
                              (by.length ? " — by " + by.join(", ") : ""),
                         "stance " + (certainty || "none")));
      var meta = el("dl", null, "props");
      prop(meta, "language", st.language);
      prop(meta, "gloss", st.gloss);
      prop(meta, "source", st.source_title ? st.source_title + (st.source ? " (" + st.source + ")" : "") : st.source);
      prop(meta, "publisher", st.publisher);
      box.appendChild(meta);
      body.appendChild(box);
    });
    if (info.statements_dropped) {
      body.appendChild(el("p", "… and " + info.statements_dropped + " more", "hint"));
    }
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
