// Invitation link just created: a "Copy the link" button (navigator.clipboard), with the read-only field as the
// fallback that works without JavaScript (the field's text is selected on focus, to copy by hand).
(function () {
  'use strict';
  var field = document.getElementById('lien');
  var button = document.getElementById('copier');
  var status = document.getElementById('copie-statut');
  if (!field) {
    return;
  }
  function selectAll() {
    field.focus();
    field.select();
    field.setSelectionRange(0, field.value.length);
  }
  field.addEventListener('focus', function () {
    field.select();
  });
  field.addEventListener('click', function () {
    field.select();
  });
  if (!button || !status) {
    return;
  }
  function failed() {
    selectAll();
    status.textContent = button.getAttribute('data-failed');
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    status.textContent = '';
    if (!navigator.clipboard || !window.isSecureContext) {
      failed();
      return;
    }
    navigator.clipboard.writeText(field.value).then(function () {
      status.textContent = button.getAttribute('data-copied');
    }, failed);
  });
})();
