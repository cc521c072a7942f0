// Small progressive enhancements; every page works without them.
(function () {
  'use strict';

  // Ask before giving up a seat or a whole registration (forms marked data-confirm).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form && form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) event.preventDefault();
  });

  // After a refused submission, move focus to the list of problems so screen readers read it first.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-focus-on-load]');
    if (summary) summary.focus();
  });
})();
