/*
 * Charts of the dashboard's support-needs and evolution views, drawn from the tables of the page (the tables stay:
 * they are the accessible alternative and hold the same figures; without JavaScript they are all there is). Chart.js
 * comes from its webjar; no inline script, no inline style in the markup. Each chart reads its table through data
 * attributes:
 *   <div data-bar-chart="TABLE_ID" data-unit="count|score" data-x-title="…"><canvas></div>: horizontal bars, one per
 *     row tr[data-chart-label] of the table's body (the first data-limit ones, if set), its length the row's
 *     td[data-chart-value];
 *   <div data-slope-chart="TABLE_ID" data-from="2025" data-to="2026" data-y-title="…"><canvas></div>: one line per
 *     row tr[data-shown][data-kind=overall|axis] with both means (data-title, data-before, data-after), from the
 *     earlier campaign's mean to this one's.
 */
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  // colour-blind-safe (Okabe-Ito, darkened where needed for contrast on white), with a point shape each
  var COLOURS = ['#000091', '#d55e00', '#0072b2', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#161616'];
  var SHAPES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];

  /** A long label on at most three lines of about {@code width} characters, the end replaced by an ellipsis. */
  function lines(text, width) {
    var words = text.split(/\s+/);
    var result = [];
    var line = '';
    for (var i = 0; i < words.length; i++) {
      if (line && (line + ' ' + words[i]).length > width) {
        result.push(line);
        line = words[i];
        if (result.length === 3) {
          result[2] = result[2] + '…';
          return result;
        }
      } else {
        line = line ? line + ' ' + words[i] : words[i];
      }
    }
    if (line) {
      result.push(line);
    }
    return result;
  }

  function barChart(container) {
    var table = document.getElementById(container.getAttribute('data-bar-chart'));
    var canvas = container.querySelector('canvas');
    if (!table || !canvas) {
      return;
    }
    var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr[data-chart-label]'), function (tr) {
      return tr.querySelector('[data-chart-value]') !== null;
    });
    var limit = parseInt(container.getAttribute('data-limit') || '0', 10);
    if (limit > 0) {
      rows = rows.slice(0, limit);
    }
    if (rows.length === 0) {
      container.hidden = true;
      return;
    }
    var score = container.getAttribute('data-unit') === 'score';
    var labels = rows.map(function (tr) { return tr.getAttribute('data-chart-label'); });
    // about a third of the chart's width for the labels: 40 characters on a desktop, fewer on a phone
    var width = Math.max(14, Math.min(40, Math.floor(container.clientWidth / 16)));
    var wrapped = labels.map(function (label) { return lines(label, width); });
    var height = 4;
    wrapped.forEach(function (label) { height += Math.max(1.8, label.length * 0.9 + 0.9); });
    container.style.height = height + 'rem';
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: wrapped,
        datasets: [{
          data: rows.map(function (tr) {
            return parseFloat(tr.querySelector('[data-chart-value]').getAttribute('data-chart-value'));
          }),
          backgroundColor: '#000091'
        }]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            min: 0,
            max: score ? 100 : undefined,
            ticks: { precision: 0 },
            title: { display: true, text: container.getAttribute('data-x-title') }
          },
          y: { ticks: { autoSkip: false } }
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { title: function (items) { return labels[items[0].dataIndex]; } } }
        }
      }
    });
  }

  function slopeChart(container) {
    var table = document.getElementById(container.getAttribute('data-slope-chart'));
    var canvas = container.querySelector('canvas');
    if (!table || !canvas) {
      return;
    }
    var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr[data-shown][data-before]'), function (tr) {
      var kind = tr.getAttribute('data-kind');
      return kind === 'overall' || kind === 'axis';
    });
    if (rows.length === 0) {
      container.hidden = true;
      return;
    }
    var datasets = rows.map(function (tr, i) {
      var overall = tr.getAttribute('data-kind') === 'overall';
      return {
        label: tr.getAttribute('data-title'),
        data: [parseFloat(tr.getAttribute('data-before')), parseFloat(tr.getAttribute('data-after'))],
        borderColor: COLOURS[i % COLOURS.length],
        backgroundColor: COLOURS[i % COLOURS.length],
        borderWidth: overall ? 4 : 2,
        borderDash: overall ? [] : (i % 2 === 0 ? [8, 4] : []),
        pointStyle: SHAPES[i % SHAPES.length],
        pointRadius: 6,
        pointHoverRadius: 8
      };
    });
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: [container.getAttribute('data-from'), container.getAttribute('data-to')], datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { offset: true },
          y: { min: 0, max: 100, title: { display: true, text: container.getAttribute('data-y-title') } }
        },
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
      }
    });
  }

  document.querySelectorAll('[data-bar-chart]').forEach(barChart);
  document.querySelectorAll('[data-slope-chart]').forEach(slopeChart);
})();
