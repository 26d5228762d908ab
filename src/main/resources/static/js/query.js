// The query page with JavaScript: YASGUI on the site's own endpoint replaces the plain form, the
// example links load their query into it without a page load, and IRIs in the results link into
// this site (a published IRI <root>X is served at /X).
(function () {
  "use strict";
  var host = document.getElementById("yasgui");
  var form = document.getElementById("plain-query");
  if (!host || !form || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = new URL(host.dataset.endpoint, window.location.href).href;
  var publicRoot = host.dataset.publicRoot;
  var examplesBase = new URL(host.dataset.examples, window.location.href).href;
  var initial = document.getElementById("plain-query-text").value;

  form.hidden = true;
  host.hidden = false;
  var yasgui = new Yasgui(host, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null
  });
  var tab = yasgui.getTab();
  tab.setQuery(initial);

  // Published IRIs in the results point at this site; other IRIs stay as they are.
  function localise(root) {
    root.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (publicRoot && href.indexOf(publicRoot) === 0 && href.length > publicRoot.length) {
        a.setAttribute("href", "/" + href.substring(publicRoot.length));
        a.removeAttribute("target");
      }
    });
  }

  // YASGUI's widgets leave a few controls without names and its editor's scroll box out of the tab
  // order; mend both in the page's language. (Its tab bar, whose add button breaks the tablist
  // pattern, is hidden in pages.css: the page edits one query at a time.)
  function mend(root) {
    var labels = host.dataset;
    root.querySelectorAll("input:not([aria-label]):not([id])").forEach(function (input) {
      var name = input.classList.contains("autocomplete") || input.closest(".autocompleteWrapper")
        ? labels.labelEndpoint
        : input.type === "search" || input.closest(".dataTables_filter") ? labels.labelFilter : labels.labelQuery;
      input.setAttribute("aria-label", name);
    });
    root.querySelectorAll("select:not([aria-label])").forEach(function (select) {
      select.setAttribute("aria-label", labels.labelPageSize);
    });
    root.querySelectorAll("textarea:not([aria-label])").forEach(function (t) {
      t.setAttribute("aria-label", labels.labelQuery);
    });
    // The editor scrolls inside its own box: let keyboard users reach it.
    root.querySelectorAll(".CodeMirror-scroll:not([tabindex='0'])").forEach(function (box) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", labels.labelQuery);
    });
  }

  new MutationObserver(function () {
    localise(host);
    mend(host);
  }).observe(host, { childList: true, subtree: true });
  localise(host);
  mend(host);

  document.querySelectorAll("a.example[data-example]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      fetch(examplesBase + encodeURIComponent(link.dataset.example) + ".rq")
        .then(function (r) { return r.text(); })
        .then(function (text) {
          yasgui.getTab().setQuery(text);
          document.querySelectorAll("a.example[aria-current]").forEach(function (a) { a.removeAttribute("aria-current"); });
          link.setAttribute("aria-current", "true");
          var answer = document.getElementById("example-answer");
          if (answer) {
            answer.hidden = true;
          }
          document.getElementById("editor").scrollIntoView();
        });
    });
  });
})();
