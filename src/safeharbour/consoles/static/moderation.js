/* Safeharbour moderation: keyboard shortcuts, live SLA clocks, media reveal.
   Plain script, no eval, no inline handlers (the consoles' CSP allows only 'self'). */
(function () {
  "use strict";

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  /* -- SLA clocks: "3 h 12 min left", "overdue 1 h 5 min" (red) ------------------------- */
  function renderClock(el) {
    var due = Date.parse(el.getAttribute("data-due"));
    if (isNaN(due)) return;
    var left = Math.round((due - Date.now()) / 1000);
    var abs = Math.abs(left);
    var h = Math.floor(abs / 3600);
    var m = Math.floor((abs % 3600) / 60);
    var text = h + " h " + m + " min";
    if (h === 0 && abs < 600) { text = m + " min " + (abs % 60) + " s"; }
    el.textContent = left < 0 ? "overdue " + text : text + " left";
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
      handled = row2 ? click("[data-claim]", row2) : click("[data-claim]");
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
