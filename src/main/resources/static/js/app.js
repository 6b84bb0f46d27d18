// Page behaviour without inline script (the content security policy forbids it).
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header && token.content ? { header: header.content, token: token.content } : null;
  }

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // Irreversible actions ask first: <form data-confirm="...">.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    // One click submits once: further clicks while the page is leaving do nothing.
    if (form.dataset.submitted === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = 'true';
    form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.classList.add('disabled'); });
  });

  // Links in the error summary move focus to the field they name.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('.error-summary a[href^="#"]');
    if (link) {
      var field = document.getElementById(link.getAttribute('href').substring(1));
      if (field) {
        event.preventDefault();
        field.focus();
      }
    }
  });

  // Select lists that submit their filter form when changed: <select data-autosubmit>.
  document.addEventListener('change', function (event) {
    if (event.target.matches('select[data-autosubmit]')) {
      event.target.form.requestSubmit();
    }
  });

  // The error summary takes focus so that screen readers announce it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();

// Parts of a form that apply only to some choices of a select:
// <div data-show-if-field="kind" data-show-if-values="PARK CITY_AUTHORITY">.
(function () {
  'use strict';

  function refresh() {
    document.querySelectorAll('[data-show-if-field]').forEach(function (part) {
      var field = document.getElementById(part.getAttribute('data-show-if-field'));
      if (!field) {
        return;
      }
      var values = part.getAttribute('data-show-if-values').split(' ');
      part.hidden = values.indexOf(field.value) < 0;
    });
  }

  document.addEventListener('DOMContentLoaded', refresh);
  document.addEventListener('change', refresh);
})();
