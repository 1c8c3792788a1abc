/*
 * Charts of the regional dashboard, drawn from the tables of the page (the tables stay: they are the accessible
 * alternative and hold the same figures). Chart.js comes from its webjar; no inline script, no inline style in the
 * markup. Each chart reads its table through data attributes:
 *   <div data-levels-chart="TABLE_ID"> with canvases data-kind="axes" (overall and axes) and data-kind="theme";
 *   the table's header cells th[data-level] name the levels, its rows tr[data-node][data-shown] hold td[data-count].
 */
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  // colour-blind-safe (Okabe-Ito), lowest level first; segments separated by white borders
  var LEVEL_COLOURS = ['#d55e00', '#e69f00', '#56b4e9', '#0072b2', '#000091', '#009e73', '#cc79a7'];

  function levelsChart(container) {
    var table = document.getElementById(container.getAttribute('data-levels-chart'));
    if (!table) {
      return;
    }
    var levels = Array.prototype.map.call(table.querySelectorAll('thead th[data-level]'), function (th) {
      return th.textContent.trim();
    });
    container.querySelectorAll('canvas[data-kind]').forEach(function (canvas) {
      var kind = canvas.getAttribute('data-kind');
      var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr[data-node][data-shown]'), function (tr) {
        var rowKind = tr.getAttribute('data-kind');
        return kind === 'theme' ? rowKind === 'theme' : rowKind !== 'theme';
      });
      if (rows.length === 0) {
        canvas.parentNode.hidden = true;
        return;
      }
      canvas.parentNode.style.height = (rows.length * 2 + 6) + 'rem';
      var datasets = levels.map(function (label, i) {
        return {
          label: label,
          data: rows.map(function (tr) {
            var cells = tr.querySelectorAll('td[data-count]');
            return cells[i] ? parseInt(cells[i].getAttribute('data-count'), 10) : 0;
          }),
          backgroundColor: LEVEL_COLOURS[i % LEVEL_COLOURS.length],
          borderColor: '#fff',
          borderWidth: 1
        };
      });
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: rows.map(function (tr) { return tr.getAttribute('data-title'); }), datasets: datasets },
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } },
          plugins: { legend: { position: 'bottom' } }
        }
      });
    });
  }

  document.querySelectorAll('[data-levels-chart]').forEach(levelsChart);
})();
