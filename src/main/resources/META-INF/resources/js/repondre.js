/*
 * Progressive enhancement of an axis page: every change is saved at once (the same form, posted with fetch and
 * "Accept: application/json"), questions appear and disappear as their relevance changes, and the result is
 * announced in the polite live region. Without this script the page works with its "Save" buttons.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var timer = null;
  var pending = false;
  var running = false;

  function say(key) {
    if (status) {
      status.textContent = status.getAttribute('data-' + key) || '';
    }
  }

  function byQuestion(id) {
    var blocks = document.querySelectorAll('[data-question]');
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].getAttribute('data-question') === id && blocks[i].classList.contains('question')) {
        return blocks[i];
      }
    }
    return null;
  }

  function field(name) {
    var fields = form.querySelectorAll('input[type="hidden"]');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].name === name) {
        return fields[i];
      }
    }
    return null;
  }

  function apply(answer) {
    var revisions = answer.revisions || {};
    Object.keys(revisions).forEach(function (q) {
      var rev = field('q.' + q + '.rev');
      var block = byQuestion(q);
      var conflicted = (answer.conflicts || []).some(function (c) { return c.question === q; });
      if (rev && !conflicted && !(block && block.hasAttribute('data-keep'))) {
        rev.value = revisions[q];
      }
    });
    var notRelevant = answer.notRelevant || [];
    document.querySelectorAll('.question[data-question]').forEach(function (block) {
      var hide = notRelevant.indexOf(block.getAttribute('data-question')) >= 0;
      block.hidden = hide;
      var fieldset = block.querySelector('fieldset');
      if (fieldset) {
        fieldset.disabled = hide;
      }
    });
    var progress = answer.progress || {};
    Object.keys(progress).forEach(function (axis) {
      document.querySelectorAll('[data-progress]').forEach(function (el) {
        if (el.getAttribute('data-progress') === axis) {
          el.textContent = progress[axis];
        }
      });
    });
    document.querySelectorAll('.js-conflict').forEach(function (box) { box.hidden = true; });
    (answer.conflicts || []).concat(answer.errors || []).forEach(function (problem) {
      var block = byQuestion(problem.question);
      if (!block) {
        return;
      }
      var box = block.querySelector('.js-conflict');
      box.querySelector('.js-conflict-text').textContent = problem.message;
      var keep = box.querySelector('.js-keep');
      keep.hidden = problem.revision === undefined;
      keep.setAttribute('data-revision', problem.revision === undefined ? '' : String(problem.revision));
      box.hidden = false;
    });
  }

  function save() {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    say('saving');
    fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json' },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (answer) {
        apply(answer);
        say(answer.saved ? 'saved' : 'failed');
        if (!answer.saved && status) {
          var first = (answer.conflicts || []).concat(answer.errors || [])[0];
          if (first) {
            status.textContent = first.message;
          }
        }
      });
    }).catch(function () {
      say('failed');
    }).then(function () {
      running = false;
      if (pending) {
        pending = false;
        save();
      }
    });
  }

  form.addEventListener('change', function () {
    clearTimeout(timer);
    save();
  });
  form.addEventListener('input', function (event) {
    if (event.target.matches('textarea, input[type="text"], input[type="url"]')) {
      clearTimeout(timer);
      timer = setTimeout(save, 800);
    }
  });
  form.addEventListener('click', function (event) {
    var keep = event.target.closest('.js-keep');
    if (!keep) {
      return;
    }
    var q = keep.getAttribute('data-question');
    var rev = field('q.' + q + '.rev');
    if (rev && keep.getAttribute('data-revision') !== '') {
      rev.value = keep.getAttribute('data-revision');
    }
    save();
  });
})();
