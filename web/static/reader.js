// The document reader: a popover listing every fact at a span, and a legend that filters fact types.
// Without JavaScript each run of highlighted text links to its innermost fact and the legend is a plain key.
(function () {
  "use strict";
  var text = document.getElementById("doctext");
  var list = document.getElementById("fact-list");
  var pop = document.getElementById("popover");
  if (!text || !list || !pop) { return; }
  var items = pop.querySelector("ul");
  var opener = null;

  function close() {
    if (pop.hidden) { return; }
    pop.hidden = true;
    items.textContent = "";
    if (opener) { opener.focus(); opener = null; }
  }

  function open(link) {
    var ids = (link.getAttribute("data-f") || "").split(" ").filter(Boolean);
    items.textContent = "";
    ids.forEach(function (id) {
      var li = document.getElementById(id);
      if (li && !text.classList.contains("hide-" + li.getAttribute("data-kind"))) {
        items.appendChild(li.cloneNode(true));
      }
    });
    items.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    opener = link;
    pop.hidden = false;
    var r = link.getBoundingClientRect();
    var width = Math.min(420, window.innerWidth - 16);
    pop.style.width = width + "px";
    pop.style.left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8)) + "px";
    pop.style.top = (r.bottom + window.scrollY + 6) + "px";
    var first = items.querySelector("a");
    if (first) { first.focus(); }
  }

  text.addEventListener("click", function (ev) {
    var link = ev.target.closest("a[data-f]");
    if (!link) { return; }
    var visible = (link.getAttribute("data-f") || "").split(" ").filter(function (id) {
      var li = document.getElementById(id);
      return li && !text.classList.contains("hide-" + li.getAttribute("data-kind"));
    });
    if (visible.length > 1) {  // several facts share this text: list them all
      ev.preventDefault();
      open(link);
    }
  });
  pop.querySelector(".close").addEventListener("click", close);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { close(); } });
  document.addEventListener("click", function (ev) {
    if (!pop.hidden && !pop.contains(ev.target) && !ev.target.closest("a[data-f]")) { close(); }
  });

  // the legend filters fact types: an unticked type loses its highlight and leaves the popovers
  var legend = document.getElementById("legend");
  if (legend) {
    legend.classList.add("can-filter");
    legend.querySelectorAll("input[data-kind]").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
      });
    });
  }
})();
