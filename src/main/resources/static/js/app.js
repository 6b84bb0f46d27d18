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

// Nothing typed is lost: a form with data-autosave-key keeps a copy of its values in this browser
// until the server has confirmed a save. If the session timed out, the copy is offered back on the
// next visit of the page.
(function () {
  'use strict';

  function values(form) {
    var result = {};
    form.querySelectorAll('input[name], textarea[name], select[name]').forEach(function (field) {
      if (field.type !== 'hidden' && field.type !== 'file') {
        result[field.name] = field.value;
      }
    });
    return result;
  }

  function same(a, b) {
    return Object.keys(a).every(function (k) { return a[k] === b[k]; });
  }

  function keep(form) {
    try {
      window.localStorage.setItem(form.dataset.autosaveKey, JSON.stringify(values(form)));
    } catch (e) {
      // Storage full or disabled: the server-side autosave still runs.
    }
  }

  function stored(form) {
    try {
      return JSON.parse(window.localStorage.getItem(form.dataset.autosaveKey) || 'null');
    } catch (e) {
      return null;
    }
  }

  function forget(form) {
    window.localStorage.removeItem(form.dataset.autosaveKey);
  }

  document.addEventListener('input', function (event) {
    var form = event.target.closest('form[data-autosave-key]');
    if (form) {
      keep(form);
    }
  });

  // Only the status line may replace the status line: a login page after a timeout must not.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var form = event.detail.elt.closest && event.detail.elt.closest('form[data-autosave-key]');
    if (!form) {
      return;
    }
    var saved = event.detail.xhr.status === 200 && event.detail.xhr.responseText.indexOf('data-saved="true"') >= 0;
    if (saved) {
      forget(form);
    } else {
      event.detail.shouldSwap = false;
      var status = document.getElementById('autosave-status');
      if (status) {
        status.textContent = form.dataset.autosaveFailed;
        status.classList.add('text-danger');
      }
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-autosave-key]');
    if (!form) {
      return;
    }
    var copy = stored(form);
    var banner = document.getElementById('restore-banner');
    if (!copy || same(copy, values(form)) || !banner) {
      forget(form);
      return;
    }
    banner.classList.remove('d-none');
    document.getElementById('restore-button').addEventListener('click', function () {
      Object.keys(copy).forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (field && !field.disabled) {
          field.value = copy[name];
        }
      });
      banner.classList.add('d-none');
      form.dispatchEvent(new Event('change', { bubbles: true }));
    });
    document.getElementById('restore-discard').addEventListener('click', function () {
      forget(form);
      banner.classList.add('d-none');
    });
  });
})();
