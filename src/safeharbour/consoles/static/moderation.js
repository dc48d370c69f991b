/* Safeharbour moderation: keyboard shortcuts, live SLA clocks, media reveal.
   Plain script, no eval, no inline handlers (the consoles' CSP allows only 'self'). */
(function () {
  "use strict";

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  /* -- SLA clocks in words: "due in 3 hours", "overdue by 13 days" (red) ----------------
     The same rounding as the server's `relative` filter (consoles/humanize.py). */
  function plural(n, unit) { return n + " " + unit + (n === 1 ? "" : "s"); }
  function span(seconds) {
    var minutes = seconds / 60;
    if (minutes < 90) return plural(Math.max(1, Math.round(minutes)), "minute");
    if (minutes < 48 * 60) return plural(Math.round(minutes / 60), "hour");
    var days = minutes / 1440;
    if (days < 60) return plural(Math.round(days), "day");
    if (days < 730) return plural(Math.round(days / 30.44), "month");
    return plural(Math.round(days / 365.25), "year");
  }
  function renderClock(el) {
    var due = Date.parse(el.getAttribute("data-due"));
    if (isNaN(due)) return;
    var left = Math.round((due - Date.now()) / 1000);
    var abs = Math.abs(left);
    var text = abs < 60 ? "due now" : (left < 0 ? "overdue by " + span(abs) : "due in " + span(abs));
    if (el.textContent !== text) el.textContent = text;
    el.classList.toggle("overdue", left < 0);
    el.classList.toggle("soon", left >= 0 && left < 3600);
  }
  function tick() {
    document.querySelectorAll("time.sla[data-due]").forEach(renderClock);
  }

  /* -- media: blurred and greyscale until revealed ------------------------------------- */
  function toggleMedia(fig) {
    fig.classList.toggle("veiled");
    fig.classList.toggle("revealed");
  }

  /* -- queue selection (j / k) --------------------------------------------------------- */
  var selected = -1;
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("[data-case-row]")); }
  function select(index) {
    var all = rows();
    if (!all.length) return;
    selected = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) { row.classList.toggle("selected", i === selected); });
    var link = all[selected].querySelector("a.case-link");
    if (link) link.focus({ preventScroll: false });
  }
  function current() {
    var all = rows();
    return selected >= 0 ? all[selected] : null;
  }

  /* A visible, spoken message for a shortcut that could not do its job. */
  function announce(text) {
    var box = document.getElementById("shortcut-status");
    if (!box) return;
    box.textContent = text;
    box.hidden = false;
    window.clearTimeout(announce.timer);
    announce.timer = window.setTimeout(function () { box.hidden = true; }, 6000);
  }

  function click(selector, root) {
    var el = (root || document).querySelector(selector);
    if (el && !el.disabled) { el.click(); return true; }
    return false;
  }

  function choose(key) {
    var radio = document.querySelector('[data-decide-form] input[name="measure"][data-key="' + key + '"]');
    if (!radio) return false;
    radio.checked = true;
    radio.dispatchEvent(new Event("change", { bubbles: true }));
    var next = document.querySelector('[data-decide-form] input[name="ground_reference"]');
    var field = document.querySelector('[data-decide-form] textarea[name="explanation"]');
    (key === "n" ? field : next || field).focus();
    return true;
  }

  function syncMeasure() {
    var form = document.querySelector("[data-decide-form]");
    if (!form) return;
    var checked = form.querySelector('input[name="measure"]:checked');
    var value = checked ? checked.value : "";
    form.setAttribute("data-measure", value);
  }

  document.addEventListener("keydown", function (event) {
    var dialog = document.getElementById("shortcuts");
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      var form = event.target && event.target.form;
      if (form) { event.preventDefault(); form.requestSubmit(); }
      return;
    }
    if (event.key === "Escape" && typing(event.target)) { event.target.blur(); return; }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    var key = event.key;
    var handled = true;
    if (key === "?") { if (dialog && !dialog.open) dialog.showModal(); }
    else if (key === "j") select(selected + 1);
    else if (key === "k") select(selected < 0 ? 0 : selected - 1);
    else if (key === "Enter" || key === "o") {
      var row = current();
      if (row) window.location.href = row.getAttribute("data-href"); else handled = false;
    }
    else if (key === "c") {
      var row2 = current();
      var scope = row2 || document;
      if (!click("[data-claim]", scope)) {
        /* Say why nothing happened: held by someone else, already decided, ... */
        var why = scope.querySelector("[data-claim-blocked]");
        announce(why ? why.getAttribute("data-claim-blocked") : "There is no case to claim here.");
      }
    }
    else if (key === "a") handled = click("[data-approve]");
    else if (key === "v") {
      var figs = document.querySelectorAll("[data-reveal]");
      figs.forEach(toggleMedia);
      handled = figs.length > 0;
    }
    else if (key === "q") window.location.href = (document.querySelector(".subnav a") || {}).href || "./";
    else if ("nrgstblm".indexOf(key) >= 0 && key.length === 1) handled = choose(key);
    else if (key === "u" || key === "x") {
      var radio = document.querySelector('input[name="outcome"][value="' + (key === "u" ? "upheld" : "reversed") + '"]');
      if (radio) { radio.checked = true; var r = document.querySelector('textarea[name="reasoning"]'); if (r) r.focus(); } else handled = false;
    }
    else handled = false;
    if (handled) event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    var fig = event.target.closest && event.target.closest("[data-reveal]");
    if (fig) { toggleMedia(fig); return; }
    if (event.target.closest && event.target.closest("[data-help]")) {
      var dialog = document.getElementById("shortcuts");
      if (dialog) dialog.showModal();
    }
  });
  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "measure") syncMeasure();
  });

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    window.setInterval(tick, 1000);
    syncMeasure();
  });
  document.addEventListener("htmx:afterSwap", tick);
  /* Shortcuts are live from here on (browser tests wait for this before typing). */
  document.documentElement.setAttribute("data-shortcuts", "ready");
})();
