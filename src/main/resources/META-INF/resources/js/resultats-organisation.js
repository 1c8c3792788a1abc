/*
 * The organisation page's charts, drawn from its history table (the table stays: it is the accessible alternative
 * and holds the same figures): a radar overlaying the axis scores of each campaign's diagnostic, and a line of the
 * overall score from one campaign to the next. Chart.js comes from its webjar; no inline script, no inline style.
 *   <div data-history-charts="TABLE_ID" hidden> holds canvas#history-radar and canvas#history-line;
 *   the table's thead th[data-axis] name the axes; each tbody tr[data-series] is a diagnostic, its
 *   td[data-score] cells hold the raw scores (the overall one first, then td[data-axis] per axis; empty: no score).
 */
(function () {
  'use strict';
  var container = document.querySelector('[data-history-charts]');
  if (!container || !window.Chart) {
    return;
  }
  var table = document.getElementById(container.getAttribute('data-history-charts'));
  if (!table) {
    return;
  }
  // colour-blind-safe (Okabe-Ito) series, each also with its own point shape and dash pattern
  var COLOURS = ['#000091', '#d55e00', '#009e73', '#cc79a7', '#0072b2', '#e69f00', '#56b4e9'];
  var POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot', 'rectRounded'];
  var DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 2], [8, 8], [4, 2, 1, 2]];

  function score(cell) {
    var value = cell ? cell.getAttribute('data-score') : '';
    return value === null || value === '' ? null : parseFloat(value);
  }

  var axes = Array.prototype.map.call(table.querySelectorAll('thead th[data-axis]'), function (th) {
    return { id: th.getAttribute('data-axis'), title: th.textContent.trim() };
  });
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-series]'));
  if (rows.length === 0) {
    return;
  }
  container.hidden = false;

  var radar = rows.map(function (tr, i) {
    var colour = COLOURS[i % COLOURS.length];
    return {
      label: tr.getAttribute('data-series'),
      data: axes.map(function (axis) {
        return score(tr.querySelector('td[data-axis="' + window.CSS.escape(axis.id) + '"]'));
      }),
      borderColor: colour,
      backgroundColor: 'transparent',
      borderDash: DASHES[i % DASHES.length],
      borderWidth: 2,
      pointBackgroundColor: colour,
      pointStyle: POINTS[i % POINTS.length],
      pointRadius: 5
    };
  });
  new window.Chart(document.getElementById('history-radar'), {
    type: 'radar',
    data: { labels: axes.map(function (a) { return a.title; }), datasets: radar },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      spanGaps: true,
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 20 } } },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
    }
  });

  var line = document.getElementById('history-line');
  new window.Chart(line, {
    type: 'line',
    data: {
      labels: rows.map(function (tr) { return tr.getAttribute('data-series'); }),
      datasets: [{
        label: line.getAttribute('data-axis-label'),
        data: rows.map(function (tr) { return score(tr.querySelector('td[data-score]')); }),
        borderColor: COLOURS[0],
        backgroundColor: COLOURS[0],
        pointStyle: 'rectRot',
        pointRadius: 6,
        borderWidth: 2,
        spanGaps: true
      }]
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { min: 0, max: 100, ticks: { stepSize: 20 }, title: { display: true,
        text: line.getAttribute('data-axis-label') } } },
      plugins: { legend: { display: false } }
    }
  });
})();
