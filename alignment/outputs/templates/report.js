/* pressalign report: linking, selection, filters and keyboard. It reads the page's own data attributes and
   builds every new node with createElement and textContent: no HTML string is ever parsed. */
(function () {
  "use strict";
  var root = document.querySelector(".pa-full");
  if (!root) { return; }
  var panel = document.getElementById("pa-sel");
  var hint = panel ? panel.querySelector(".pa-hint") : null;
  var names = { source: "statement", derivative: "article" };
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var current = null;

  function words(value) { return (value || "").split(" ").filter(function (w) { return w.length > 0; }); }
  function other(side) { return side === "source" ? "derivative" : "source"; }
  function segment(side, id) { return document.getElementById(side + "-" + id); }
  function all(selector, base) { return Array.prototype.slice.call((base || document).querySelectorAll(selector)); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function plainText(node) {
    var copy = node.cloneNode(true);
    all(".qb", copy).forEach(function (b) { b.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }
  function counterparts(seg) {
    var side = other(seg.dataset.side);
    return words(seg.dataset.links).map(function (id) { return segment(side, id); })
      .filter(function (x) { return x !== null; });
  }
  function reveal(node) {
    if (!node || node.offsetParent === null) { return; }
    node.scrollIntoView({ block: "center", inline: "nearest", behavior: reduceMotion ? "auto" : "smooth" });
  }
  function pct(score) { return Math.round(100 * parseFloat(score || "0")) + "%"; }

  /* ------------------------------------------------------------------ hover: a preview of the links */
  function hoverOn(seg) {
    hoverOff();
    counterparts(seg).forEach(function (c) { c.classList.add("is-hl"); });
    seg.classList.add("is-hl");
  }
  function hoverOff() { all(".is-hl").forEach(function (n) { n.classList.remove("is-hl"); }); }

  /* ------------------------------------------------------------------ selection */
  function clear() {
    all(".is-sel, .is-linked").forEach(function (n) { n.classList.remove("is-sel", "is-linked"); });
    root.classList.remove("has-sel");
    current = null;
    if (panel) {
      all(":scope > :not(h2):not(.pa-hint)", panel).forEach(function (n) { n.remove(); });
      if (hint) { hint.hidden = false; }
    }
  }
  function startPanel() {
    if (!panel) { return null; }
    all(":scope > :not(h2):not(.pa-hint)", panel).forEach(function (n) { n.remove(); });
    if (hint) { hint.hidden = true; }
    return panel;
  }

  function selectSegment(seg, scroll) {
    if (current === seg) { clear(); return; }
    clear();
    current = seg;
    root.classList.add("has-sel");
    seg.classList.add("is-sel");
    var links = counterparts(seg);
    links.forEach(function (c) { c.classList.add("is-linked"); });
    if (scroll !== false && links.length) { reveal(links[0]); }
    renderSegment(seg, links);
  }

  function renderSegment(seg, links) {
    var box = startPanel();
    if (!box) { return; }
    var side = seg.dataset.side;
    var status = seg.dataset.status || "";
    var title = el("p", "pa-sel-title");
    title.appendChild(el("span", "pa-pill st-" + status, status.replace(/_/g, " ")));
    var what = seg.dataset.id + " · " + names[side];
    if (status !== "not_a_claim") { what += " · " + pct(seg.dataset.score) + " found in the " + names[other(side)]; }
    title.appendChild(el("span", "", what));
    box.appendChild(title);
    if (seg.dataset.reason) { box.appendChild(el("p", "pa-sel-why", "Why: " + seg.dataset.reason)); }
    box.appendChild(el("div", "pa-sel-text", plainText(seg)));

    var pairs = {};
    words(seg.dataset.pairs).forEach(function (p) {
      var parts = p.split(":");
      pairs[parts[0]] = { label: parts[1] || "", score: parts[2] || "" };
    });
    function linkList(segs) {
      var list = el("ul", "pa-sel-list");
      segs.forEach(function (c) {
        var pair = pairs[c.dataset.id] || { label: "", score: "" };
        var item = el("li");
        var button = el("button", "pa-sel-link");
        button.type = "button";
        button.dataset.side = c.dataset.side;
        button.dataset.id = c.dataset.id;
        var meta = el("span", "pa-sel-meta",
          c.dataset.id + " · " + pair.label + " · score " + pair.score + " · " + (c.dataset.status || "").replace(/_/g, " "));
        button.appendChild(meta);
        button.appendChild(document.createTextNode(plainText(c)));
        item.appendChild(button);
        list.appendChild(item);
      });
      return list;
    }
    box.appendChild(el("p", "pa-sel-k", links.length
      ? "Counterparts in the " + names[other(side)] + " (" + links.length + ")"
      : "No counterpart in the " + names[other(side)]));
    if (links.length) { box.appendChild(linkList(links)); }
    // the link model's context: evidence around the counterparts, counted in neither share
    var context = words(seg.dataset.context).map(function (id) { return segment(other(side), id); })
      .filter(function (x) { return x !== null; });
    if (context.length) {
      box.appendChild(el("p", "pa-sel-k", "Context in the " + names[other(side)] + " (" + context.length + ")"));
      box.appendChild(linkList(context));
    }
    var groups = {}, kinds = {};
    all(".ud", seg).forEach(function (u) {
      var key = u.dataset.ud;
      groups[key] = (groups[key] || "") + u.textContent;
      kinds[key] = u.dataset.kind || "";
    });
    var details = Object.keys(groups);
    if (details.length) {
      box.appendChild(el("p", "pa-sel-k", "Unsupported details (" + details.length + ")"));
      var ul = el("ul", "pa-sel-details");
      details.forEach(function (k) {
        var item = el("li", "", "“" + groups[k].replace(/\s+/g, " ").trim() + "”");
        if (kinds[k] && kinds[k] !== "word") { item.appendChild(el("span", "pa-sel-kind", " " + kinds[k])); }
        ul.appendChild(item);
      });
      box.appendChild(ul);
    }
    var quotes = [];
    all("mark.q", seg).forEach(function (m) { if (quotes.indexOf(m.dataset.q) < 0) { quotes.push(m.dataset.q); } });
    if (quotes.length) {
      box.appendChild(el("p", "pa-sel-k", "Quotes in this segment"));
      quotes.forEach(function (q) {
        var card = document.getElementById("qc-" + q);
        if (card) { box.appendChild(cardCopy(card)); }
      });
    }
  }

  function cardCopy(card) {
    var copy = card.cloneNode(true);
    copy.removeAttribute("id");
    all("[id]", copy).forEach(function (n) { n.removeAttribute("id"); });  // the deep-link anchor stays unique
    copy.classList.remove("is-sel");
    return copy;
  }

  function selectQuote(id) {
    var card = document.getElementById("qc-" + id);
    if (!card) { return; }
    if (current === card) { clear(); return; }
    clear();
    current = card;
    root.classList.add("has-sel");
    card.classList.add("is-sel");
    var marks = all("mark.q").filter(function (m) { return m.dataset.q === id; });
    var passage = all("mark.qs").filter(function (m) { return words(m.dataset.q).indexOf(id) >= 0; });
    marks.concat(passage).forEach(function (m) { m.classList.add("is-sel"); });
    marks.forEach(function (m) {
      var seg = m.closest(".seg");
      if (seg) { seg.classList.add("is-sel"); }
    });
    var src = card.dataset.source ? segment("source", card.dataset.source) : null;
    if (src) { src.classList.add("is-linked"); }
    reveal(marks[0]);
    reveal(passage[0] || src);
    var box = startPanel();
    if (box) { box.appendChild(cardCopy(card)); }
  }

  /* ------------------------------------------------------------------ deep links: #S3, #D12, #Q4 */
  function goTo(id) {
    var target = id ? document.getElementById(id) : null;
    if (!target) { return; }
    if (target.classList.contains("qc-id")) {
      var card = target.closest(".qc[data-q]");
      if (card && current !== card) { selectQuote(card.dataset.q); }
      return;
    }
    var seg = target.closest(".seg[data-id]");
    if (!seg) { return; }
    if (current !== seg) { selectSegment(seg, true); }
    reveal(seg);
    seg.focus({ preventScroll: true });
  }
  function fromHash() {
    var hash = window.location.hash.slice(1);
    if (/^[A-Za-z]+[0-9]+$/.test(hash)) { goTo(hash); }
  }

  /* ------------------------------------------------------------------ filters */
  function setFilter(name) {
    if (name === "all") { delete root.dataset.filter; } else { root.dataset.filter = name; }
    all(".pa-filter").forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.filter === name)); });
  }

  /* ------------------------------------------------------------------ events */
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var picked = window.getSelection ? String(window.getSelection()) : "";
    if (picked.length > 0 && target.closest(".pa-doc")) { return; }  // the reader is selecting text to copy
    var filter = target.closest(".pa-filter");
    if (filter) { setFilter(filter.dataset.filter); return; }
    if (target.closest("#pa-print")) { window.print(); return; }
    var anchor = target.closest("a.pa-anchor, a.qc-id, a.fc-id");
    if (anchor) {  // the address takes the link (to copy or share); the page selects its target at once
      goTo(anchor.getAttribute("href").slice(1));
      return;
    }
    var link = target.closest(".pa-sel-link, .pa-strip .sr");
    if (link) {
      var seg = segment(link.dataset.side, link.dataset.id);
      if (seg) { current = null; selectSegment(seg, true); reveal(seg); seg.focus({ preventScroll: true }); }
      return;
    }
    var quote = target.closest(".qb[data-q], mark.q, .qc[data-q]");
    if (quote) { selectQuote(quote.dataset.q); return; }
    var passage = target.closest("mark.qs");
    if (passage) { selectQuote(words(passage.dataset.q)[0]); return; }
    var s = target.closest(".seg[data-id]");
    if (s) { selectSegment(s, true); return; }
    if (target.closest(".pa-doc") && current) { clear(); }
  });

  document.addEventListener("mouseover", function (event) {
    var s = event.target instanceof Element ? event.target.closest(".seg[data-id]") : null;
    if (s) { hoverOn(s); } else { hoverOff(); }
  });
  document.addEventListener("focusin", function (event) {
    var s = event.target instanceof Element ? event.target.closest(".seg[data-id]") : null;
    if (s) { hoverOn(s); } else { hoverOff(); }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (event.key === "Escape") { clear(); hoverOff(); return; }
    if (!target) { return; }
    if (target.matches(".seg[data-id]")) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        selectSegment(target, true);
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var segs = all(".seg[data-id]", target.closest(".pa-doc")).filter(function (x) { return x.offsetParent !== null; });
        var next = segs[segs.indexOf(target) + (event.key === "ArrowDown" ? 1 : -1)];
        if (next) { next.focus(); }
      }
    } else if (target.matches(".qc[data-q]") && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      selectQuote(target.dataset.q);
    }
  });

  window.addEventListener("hashchange", fromHash);
  fromHash();

  window.addEventListener("beforeprint", function () {
    var options = document.getElementById("pa-options");
    if (options) { options.open = true; }
  });
})();
