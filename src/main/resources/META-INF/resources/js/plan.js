// Action-plan pages, optional enhancement: after a change (?ok=…&bouton=…#action-key), the keyboard focus goes back to
// the button used on the action's row (e.g. "Descendre" again, to keep moving it), else to the row's first control; an
// error summary or a refusal gets the focus. Without JavaScript the #action-key anchor brings the row into view.
(function () {
  'use strict';

  function focusBack() {
    var summary = document.getElementById('erreurs') || document.getElementById('alerte');
    if (summary) {
      summary.focus();
      return;
    }
    if (!location.hash || location.hash.length < 2) {
      return;
    }
    var row = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!row) {
      return;
    }
    var wanted = new URLSearchParams(location.search).get('bouton');
    var target = wanted && /^[a-z]+$/.test(wanted)
      ? row.querySelector('[data-op="' + wanted + '"]:not([disabled])') : null;
    if (!target) {
      target = row.querySelector('button:not([disabled]), a[href]');
    }
    if (target) {
      target.focus();
    }
  }

  // after the browser has scrolled to the #fragment (which moves the focus to the page itself)
  window.addEventListener('load', function () {
    window.setTimeout(focusBack, 0);
  });
}());
