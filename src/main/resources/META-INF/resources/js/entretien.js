/*
 * The interview page, keyboard first (progressive enhancement: without this script the page is a plain form with
 * "Save" buttons and a "next unanswered question" link computed by the server).
 *
 * - Autosave: every change posts the form with fetch and "Accept: application/json" (text fields after a pause);
 *   the answer gives the new revisions, relevance, per-axis scores, the "to review" list and conflicts.
 * - Keys, when the focus is in a question and not in a text field, without Ctrl/Alt/Meta: 1–9 choose the nth
 *   answer, 0 "not applicable", u "to review", c the notes; n/j/Enter the next unanswered question, p/k the previous
 *   question, v the validation button. Escape in a text field returns to its question.
 */
(function () {
  'use strict';
  var form = document.getElementById('itv-form');
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) {
    return;
  }
  var status = document.getElementById('itv-status');
  var nextLink = document.getElementById('itv-next');
  var timer = null;
  var pending = false;
  var running = false;
  var afterSave = [];
  var lastQuestion = null;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function sayKey(key) {
    say(status ? status.getAttribute('data-' + key) || '' : '');
  }

  function questions() {
    return Array.prototype.slice.call(form.querySelectorAll('.itv-q[data-question]'));
  }

  function byQuestion(id) {
    var all = questions();
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-question') === id) {
        return all[i];
      }
    }
    return null;
  }

  function hiddenField(name) {
    var fields = form.querySelectorAll('input[type="hidden"]');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].name === name) {
        return fields[i];
      }
    }
    return null;
  }

  function relevant(block) {
    return !block.classList.contains('itv-q-off');
  }

  /** Answered as the page shows it now (a choice ticked, a value typed, or "not applicable"). */
  function answered(block) {
    var value = block.querySelector('[data-key]:checked, [data-role="na"]:checked');
    if (value) {
      return true;
    }
    var text = block.querySelector('[data-role="value"]');
    return !!(text && text.value.trim() !== '');
  }

  function choices(block) {
    return Array.prototype.slice.call(block.querySelectorAll('input[data-key]'));
  }

  /** Puts the focus in a question: its ticked answer, else its first answer or field. */
  function focusQuestion(block) {
    if (!block) {
      return;
    }
    var target = block.querySelector('input[data-key]:checked') || block.querySelector('input[data-key]')
      || block.querySelector('[data-role="value"]') || block;
    if (block.querySelector('fieldset').disabled) {
      target = block;
    }
    target.focus({ preventScroll: true });
    block.scrollIntoView({ block: 'center' });
    lastQuestion = block;
  }

  function nextUnanswered(from) {
    var all = questions();
    var start = from ? all.indexOf(from) + 1 : 0;
    for (var n = 0; n < all.length; n++) {
      var block = all[(start + n) % all.length];
      if (block !== from && relevant(block) && !answered(block)) {
        return block;
      }
    }
    return null;
  }

  function previousQuestion(from) {
    var all = questions();
    var i = from ? all.indexOf(from) - 1 : all.length - 1;
    for (; i >= 0; i--) {
      if (relevant(all[i])) {
        return all[i];
      }
    }
    return null;
  }

  /** Runs an action once the saves under way (and a pending text save) are done, so relevance is current. */
  function whenSaved(action) {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      afterSave.push(action);
      save();
    } else if (running) {
      afterSave.push(action);
    } else {
      action();
    }
  }

  function goNext(from) {
    whenSaved(function () {
      var block = nextUnanswered(from);
      if (block) {
        focusQuestion(block);
      } else {
        sayKey('all-done');
        var validate = document.getElementById('valider');
        if (validate) {
          validate.focus();
        }
      }
    });
  }

  function setTag(block, name, show) {
    var tag = block.querySelector('.itv-tag-' + name);
    if (tag) {
      tag.hidden = !show;
    }
  }

  function refreshLocal(block) {
    var done = answered(block);
    block.setAttribute('data-answered', String(done));
    block.classList.toggle('itv-q-done', done);
    setTag(block, 'todo', relevant(block) && !done);
    var unsure = block.querySelector('[data-role="unsure"]');
    setTag(block, 'unsure', !!(unsure && unsure.checked));
  }

  function setText(root, selector, text) {
    var el = root.querySelector(selector);
    if (el && text !== undefined && text !== null) {
      el.textContent = text;
    }
  }

  function apply(answer) {
    var revisions = answer.revisions || {};
    var conflicts = answer.conflicts || [];
    Object.keys(revisions).forEach(function (q) {
      var rev = hiddenField('q.' + q + '.rev');
      var block = byQuestion(q);
      var conflicted = conflicts.some(function (c) { return c.question === q; });
      if (rev && !conflicted && !(block && block.hasAttribute('data-keep'))) {
        rev.value = revisions[q];
      }
    });
    var notRelevant = answer.notRelevant || [];
    questions().forEach(function (block) {
      var off = notRelevant.indexOf(block.getAttribute('data-question')) >= 0;
      block.classList.toggle('itv-q-off', off);
      block.querySelector('fieldset').disabled = off;
      block.querySelector('.itv-body').hidden = off;
      setTag(block, 'off', off);
      refreshLocal(block);
    });
    var scores = answer.scores || {};
    Object.keys(scores).concat(['overall']).forEach(function (axis) {
      var s = axis === 'overall' ? answer.overall : scores[axis];
      var row = document.querySelector('.itv-scores tr[data-axis="' + axis + '"]');
      if (!s || !row) {
        return;
      }
      setText(row, '[data-score]', s.score);
      setText(row, '[data-level]', s.level);
      setText(row, '[data-progress]', s.progress);
    });
    if (answer.unsure) {
      var list = document.getElementById('itv-unsure');
      var none = document.getElementById('itv-unsure-none');
      if (list) {
        list.textContent = '';
        answer.unsure.forEach(function (u) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = u.href;
          a.textContent = u.text;
          li.appendChild(a);
          list.appendChild(li);
        });
        list.hidden = answer.unsure.length === 0;
        if (none) {
          none.hidden = answer.unsure.length !== 0;
        }
      }
    }
    if (nextLink && answer.next !== undefined) {
      nextLink.href = answer.next || '#validation';
      nextLink.textContent = nextLink.getAttribute(answer.next ? 'data-some' : 'data-none');
    }
    document.querySelectorAll('.js-conflict').forEach(function (box) { box.hidden = true; });
    conflicts.concat(answer.errors || []).forEach(function (problem) {
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

  function finish() {
    running = false;
    if (pending) {
      pending = false;
      save();
      return;
    }
    var actions = afterSave;
    afterSave = [];
    actions.forEach(function (action) { action(); });
  }

  function save() {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    sayKey('saving');
    fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json' },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (answer) {
        apply(answer);
        if (answer.saved) {
          sayKey('saved');
        } else {
          var first = (answer.conflicts || []).concat(answer.errors || [])[0];
          say(first ? first.message : status.getAttribute('data-failed'));
        }
      });
    }).catch(function () {
      sayKey('failed');
    }).then(finish);
  }

  form.addEventListener('change', function (event) {
    var block = event.target.closest('.itv-q');
    if (block) {
      refreshLocal(block);
    }
    clearTimeout(timer);
    timer = null;
    save();
  });
  form.addEventListener('input', function (event) {
    if (event.target.matches('textarea, input[type="text"], input[type="url"]')) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        timer = null;
        save();
      }, 800);
    }
  });
  form.addEventListener('click', function (event) {
    var keep = event.target.closest('.js-keep');
    if (!keep) {
      return;
    }
    var rev = hiddenField('q.' + keep.getAttribute('data-question') + '.rev');
    if (rev && keep.getAttribute('data-revision') !== '') {
      rev.value = keep.getAttribute('data-revision');
    }
    save();
  });
  form.addEventListener('focusin', function (event) {
    var block = event.target.closest('.itv-q');
    if (block) {
      lastQuestion = block;
    }
  });

  // the validation form waits for the last change to be saved
  var validateForm = document.getElementById('itv-validate-form');
  if (validateForm) {
    validateForm.addEventListener('submit', function (event) {
      if (timer !== null || running) {
        event.preventDefault();
        whenSaved(function () { validateForm.submit(); });
      }
    });
  }

  function typing(el) {
    if (!el || !el.tagName) {
      return false;
    }
    var tag = el.tagName.toLowerCase();
    if (tag === 'textarea' || tag === 'select' || el.isContentEditable) {
      return true;
    }
    return tag === 'input' && !/^(radio|checkbox|button|submit|reset|hidden)$/.test(el.type);
  }

  function toggle(input) {
    if (!input || input.disabled) {
      return;
    }
    input.checked = !input.checked;
    input.focus();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function pick(block, n) {
    var list = choices(block);
    var input = list[n - 1];
    if (!input || input.disabled) {
      return;
    }
    if (input.type === 'radio') {
      if (!input.checked) {
        input.checked = true;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      input.focus();
    } else {
      toggle(input);
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    var target = event.target;
    var block = target && target.closest ? target.closest('.itv-q') : null;
    if (block && !form.contains(block)) {
      block = null;
    }
    if (typing(target)) {
      if (event.key === 'Escape' && block) {
        event.preventDefault();
        block.focus();
      }
      return;
    }
    var key = event.key;
    if (key === 'Enter') {
      if (block && (target.type === 'radio' || target.type === 'checkbox')) {
        event.preventDefault();
        goNext(block);
      }
      return;
    }
    // digits by their key position too: on AZERTY keyboards the digit row gives "&", "é"… without Shift
    var code = /^(?:Digit|Numpad)([0-9])$/.exec(event.code || '');
    var digit = code ? code[1] : (/^[0-9]$/.test(key) ? key : null);
    if (event.shiftKey && digit === null) {
      // Shift+letter stays a letter (assistive technologies' own commands)
      return;
    }
    var from = block || lastQuestion;
    if (digit !== null && digit !== '0') {
      if (block) {
        event.preventDefault();
        // in a matrix question, the digits choose within the row that has the focus
        var row = target.closest ? target.closest('[data-matrix-row]') : null;
        pick(row && block.contains(row) ? row : block, Number(digit));
      }
    } else if (digit === '0') {
      if (block) {
        event.preventDefault();
        toggle(block.querySelector('[data-role="na"]'));
      }
    } else if (key === 'u' || key === 'U') {
      if (block) {
        event.preventDefault();
        toggle(block.querySelector('[data-role="unsure"]'));
      }
    } else if (key === 'c' || key === 'C') {
      if (block) {
        var note = block.querySelector('[data-role="note"]');
        if (note && !note.disabled) {
          event.preventDefault();
          note.focus();
        }
      }
    } else if (key === 'n' || key === 'j') {
      event.preventDefault();
      goNext(from);
    } else if (key === 'p' || key === 'k') {
      event.preventDefault();
      var prev = previousQuestion(from);
      if (prev) {
        focusQuestion(prev);
      }
    } else if (key === 'v') {
      var validate = document.getElementById('valider');
      if (validate) {
        event.preventDefault();
        whenSaved(function () {
          validate.focus();
          validate.scrollIntoView({ block: 'center' });
        });
      }
    }
  });
})();
