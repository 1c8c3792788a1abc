/*
 * Draws the radar chart of the results page from the scores table (the table stays: it is the accessible
 * alternative and holds the same values). Chart.js comes from its webjar; no inline script, no inline style.
 */
(function () {
  'use strict';
  var canvas = document.getElementById('radar');
  if (!canvas || !window.Chart) {
    return;
  }
  var rows = document.querySelectorAll('#axis-scores tr[data-axis]');
  var labels = [];
  var scores = [];
  rows.forEach(function (row) {
    labels.push(row.getAttribute('data-label'));
    scores.push(parseFloat(row.getAttribute('data-score')) || 0);
  });
  new window.Chart(canvas, {
    type: 'radar',
    data: {
      labels: labels,
      datasets: [{
        label: canvas.getAttribute('data-series'),
        data: scores,
        borderColor: '#000091',
        backgroundColor: 'rgba(0, 0, 145, 0.15)',
        pointBackgroundColor: '#000091',
        pointStyle: 'rectRot',
        pointRadius: 5
      }]
    },
    options: {
      responsive: true,
      animation: false,
      scales: { r: { min: 0, max: parseFloat(canvas.getAttribute('data-max')) || 100, ticks: { stepSize: 20 } } },
      plugins: { legend: { display: false } }
    }
  });
})();
