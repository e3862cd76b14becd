/* geokg explorer, "Review" tab: the queue of drafts that `geokg articles sync` made
   (GET /drafts), one draft read in the article panel of "Add an article" (its claims'
   evidence highlighted in the text), approved (POST /drafts/{id}/approve: loaded into the
   graph as `geokg load` would) or rejected with a reason (POST /drafts/{id}/reject), both
   with the write key. The article panel's draft view is borrowed while a draft is open
   here and given back when "Add an article" is shown again.
   Every piece of user or database text reaches the DOM through textContent. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var explorer = window.explorer;
  var review = { list: [], counts: {}, open: null, busy: false, lists: 0, opened: 0,
                 decided: null, error: null, request: 0 };
  explorer.review = review;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  /* Read requests carry the key typed at the top (if any); decisions carry the write key
     typed in this panel. Neither is stored or put in a URL. */
  function readHeaders() {
    var h = { Accept: "application/json" };
    var key = $("api-key").value.trim();
    if (key) { h["X-API-Key"] = key; }
    return h;
  }

  function call(url, init) {
    return fetch(url, init).then(function (r) {
      return r.text().then(function (raw) {
        var body = null;
        try { body = raw ? JSON.parse(raw) : null; } catch (e) { body = null; }
        return { ok: r.ok, body: body, status: r.status, statusText: r.statusText };
      });
    });
  }

  function message(text, kind, details) {
    var box = $("review-result");
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

  /* An HTTP failure in words, with the server's message and each detail it names. */
  function failure(action, res) {
    var err = (res.body && res.body.error) || {};
    var head;
    if (res.status === 401 && action !== "read") {
      head = "The key was not accepted for " + action + " (HTTP 401): type the server's write key in “Key to approve or reject”.";
    } else if (res.status === 401) {
      head = "This server needs an API key (HTTP 401): type the read key in “API key” (top right).";
    } else if (res.status === 404 && err.code === "disabled") {
      head = "Approving and rejecting are switched off on this server (HTTP 404): it has no write key configured.";
    } else if (res.status === 404) {
      head = "The server does not know this draft (HTTP 404).";
    } else if (res.status === 409) {
      head = "This draft was already decided (HTTP 409): refresh the list.";
    } else if (res.status === 422) {
      head = action === "approving" ? "The draft does not fit the graph (HTTP 422): nothing was written."
                                    : "The server refused the request (HTTP 422).";
    } else if (res.status === 503) {
      head = "The graph database is unavailable (HTTP 503): try again in a moment.";
    } else {
      head = "The request failed (HTTP " + res.status + (res.statusText ? " " + res.statusText : "") + ").";
    }
    var details = [];
    if (err.message) { details.push("Server: " + err.message + (err.code ? " [" + err.code + "]" : "")); }
    if (Array.isArray(err.details)) {
      err.details.forEach(function (d) {
        if (d && typeof d === "object") {
          var where = (d.location || d.field || "") + (d.line ? " (line " + d.line + ")" : "");
          details.push((where ? where + ": " : "") + (d.message || ""));
        }
      });
    }
    return { text: head, details: details };
  }

  /* --- the list ---------------------------------------------------------------------- */

  function countsText(c) {
    c = c || {};
    return (c.events || 0) + " event(s), " + (c.claims || 0) + " claim(s), " +
      (c.review || 0) + " to review";
  }

  function renderList() {
    var ul = $("review-list");
    ul.replaceChildren();
    var c = review.counts || {};
    $("review-count").textContent = (c.pending || 0) + " pending, " + (c.approved || 0) +
      " approved, " + (c.loaded || 0) + " loaded unreviewed, " + (c.rejected || 0) + " rejected";
    if (!review.list.length) {
      ul.appendChild(el("li", "No draft here.", "hint"));
      return;
    }
    review.list.forEach(function (d) {
      var li = el("li");
      var b = el("button", null, "draft-item");
      b.type = "button";
      b.dataset.id = d.id;
      b.dataset.status = d.status;
      b.setAttribute("aria-pressed", review.open && review.open.id === d.id ? "true" : "false");
      b.appendChild(el("span", d.title || d.url || d.id, "title"));
      b.appendChild(el("span", [d.publisher, d.published].filter(Boolean).join(" · ") || "no publisher or date", "meta"));
      b.appendChild(el("span", d.status, "status " + d.status));
      b.appendChild(el("span", countsText(d.counts), "counts"));
      if (d.copies) { b.appendChild(el("span", d.copies + " cop" + (d.copies === 1 ? "y" : "ies") + " elsewhere", "copies")); }
      b.addEventListener("click", function () { openDraft(d.id); });
      li.appendChild(b);
      ul.appendChild(li);
    });
  }

  function loadList() {
    var status = $("review-status").value;
    var mine = ++review.request;
    return call("/drafts?limit=200" + (status && status !== "all" ? "&status=" + encodeURIComponent(status) : ""),
                { headers: readHeaders() }).then(function (res) {
      if (mine !== review.request) { return; }
      if (!res.ok || !res.body) {
        var f = failure("read", res);
        review.error = f.text;
        message(f.text, "error", f.details);
        return;
      }
      review.list = res.body.drafts || [];
      review.counts = res.body.counts || {};
      review.lists += 1;
      renderList();
    }).catch(function (e) {
      review.error = "Could not reach the server: " + e;
      message(review.error, "error");
    });
  }

  /* --- one draft, in the article panel's view ------------------------------------------ */

  var view = $("article-draft-view");
  var home = view ? view.parentNode : null;

  function borrowView() {
    if (view && view.parentNode !== $("review-draft-slot")) { $("review-draft-slot").appendChild(view); }
  }

  function giveViewBack() {
    if (!view || view.parentNode === home) { return; }
    home.appendChild(view);
    if (explorer.article && explorer.article.draft) {
      explorer.showDraft(explorer.article.draft);
    } else {
      $("article-draft-hint").hidden = false;
      $("article-draft-body").hidden = true;
    }
  }

  function sourceFacts(d) {
    var dl = $("review-source");
    dl.replaceChildren();
    function row(key, value, node) {
      if (!value && !node) { return; }
      var dd = el("dd", node ? null : value);
      if (node) { dd.appendChild(node); }
      dd.dataset.key = key;
      dl.appendChild(el("dt", key));
      dl.appendChild(dd);
    }
    var link = null;
    if (/^https?:\/\//i.test(d.url || "")) {
      link = el("a", d.url);
      link.href = d.url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
    }
    row("draft", d.id + " (" + d.status + ")");
    row("title", d.title);
    row("url", d.url, link);
    row("publisher", d.publisher);
    row("published", d.published);
    row("feed", d.feed);
    if (d.decided_by || d.decided_at) { row("decided", [d.decided_by, d.decided_at].filter(Boolean).join(", ")); }
    if (d.reason) { row("reason", d.reason); }
    (d.copies || []).forEach(function (c) { row("copy", c.url + " — " + c.why); });
    dl.hidden = false;
  }

  function openDraft(id) {
    var mine = ++review.request;
    message("Opening the draft…", "working");
    return call("/drafts/" + encodeURIComponent(id), { headers: readHeaders() }).then(function (res) {
      if (mine !== review.request) { return; }
      if (!res.ok || !res.body || !res.body.document) {
        var f = failure("read", res);
        review.error = f.text;
        message(f.text, "error", f.details);
        return;
      }
      review.open = res.body;
      review.error = null;
      review.opened += 1;
      borrowView();
      sourceFacts(res.body);
      explorer.showDraft(res.body);
      var open = res.body.status === "pending" || res.body.status === "loaded";
      $("review-decide").disabled = !open;
      $("review-reject").disabled = res.body.status !== "pending";
      $("review-current").textContent = open
        ? "“" + (res.body.title || res.body.id) + "”: approve it to load it into the graph, or reject it with a reason."
        : "“" + (res.body.title || res.body.id) + "” was " + res.body.status + ".";
      message("", "");
      renderList();
    }).catch(function (e) {
      review.error = "Could not reach the server: " + e;
      message(review.error, "error");
    });
  }

  function decide(action) {
    var d = review.open;
    if (!d || review.busy) { return; }
    var key = $("review-key").value.trim();
    if (!key) {
      message("Type the write key in “Key to approve or reject” first.", "error");
      $("review-key").focus();
      return;
    }
    var reason = $("review-reason").value.trim();
    if (action === "reject" && !reason) {
      message("Say why in “Reason to reject” first: the reason is kept with the draft.", "error");
      $("review-reason").focus();
      return;
    }
    var by = $("review-by").value.trim();
    var url = "/drafts/" + encodeURIComponent(d.id) + "/" + action + (by ? "?by=" + encodeURIComponent(by) : "");
    var init = { method: "POST", headers: { Accept: "application/json", "X-API-Key": key } };
    if (action === "reject") {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify({ reason: reason });
    }
    review.busy = true;
    review.error = null;
    $("review-decide").setAttribute("aria-busy", "true");
    message(action === "approve" ? "Loading the draft into the graph…" : "Rejecting the draft…", "working");
    return call(url, init).then(function (res) {
      review.busy = false;
      $("review-decide").setAttribute("aria-busy", "false");
      if (!res.ok || !res.body) {
        var f = failure(action === "approve" ? "approving" : "rejecting", res);
        review.error = f.text;
        message(f.text, "error", f.details);
        return;
      }
      review.decided = res.body;
      var after = res.body.draft || {};
      if (action === "approve") {
        var nodes = (res.body.load || {}).nodes || {};
        var created = Object.keys(nodes).reduce(function (n, k) { return n + (nodes[k].created || 0); }, 0);
        message("Approved and loaded: " + created + " node(s) created; source “" +
          ((after.source_id) || "?") + "” is marked reviewed by " + (after.decided_by || "?") + ".", "ok");
      } else {
        message("Rejected: “" + reason + "” is kept with the draft.", "ok");
        $("review-reason").value = "";
      }
      $("review-decide").disabled = true;
      review.open.status = after.status || review.open.status;
      return loadList();
    }).catch(function (e) {
      review.busy = false;
      review.error = "Could not reach the server: " + e;
      message(review.error, "error");
    });
  }

  $("review-refresh").addEventListener("click", loadList);
  $("review-status").addEventListener("change", loadList);
  $("review-approve").addEventListener("click", function () { decide("approve"); });
  $("review-reject").addEventListener("click", function () { decide("reject"); });

  /* The tabs are explorer.js's: follow their aria-selected to refresh the list when the
     Review tab shows, and to give the draft view back when "Add an article" shows. */
  function watch(tabId, onShow) {
    var tab = $(tabId);
    if (!tab) { return; }
    new MutationObserver(function () {
      if (tab.getAttribute("aria-selected") === "true") { onShow(); }
    }).observe(tab, { attributes: true, attributeFilter: ["aria-selected"] });
  }
  watch("tab-review", loadList);
  watch("tab-article", giveViewBack);
})();
