// Progressive enhancement: forms with data-confirm ask before a change that cannot be undone easily.
// Without JavaScript the form simply submits.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
// A form being sent says so and cannot be sent twice: its submit buttons are disabled (after the browser has
// read the pressed button's name and value) and show 処理中…; they come back if the page is shown again.
document.addEventListener('submit', function (event) {
  if (event.defaultPrevented) {
    return;
  }
  var form = event.target;
  if (form.getAttribute('data-sending') === 'true') {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-sending', 'true');
  form.setAttribute('aria-busy', 'true');
  var buttons = form.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]');
  setTimeout(function () {
    buttons.forEach(function (b) {
      b.disabled = true;
      if (b.tagName === 'BUTTON' && !b.getAttribute('data-label')) {
        b.setAttribute('data-label', b.textContent);
        b.textContent = document.body.getAttribute('data-busy') || '…';
      }
    });
  }, 0);
  // a download answers without leaving the page: the form can be used again after a while
  setTimeout(function () { restore(form); }, 15000);
});
function restore(form) {
  form.removeAttribute('data-sending');
  form.removeAttribute('aria-busy');
  form.querySelectorAll('button, input[type=submit]').forEach(function (b) {
    b.disabled = false;
    if (b.getAttribute('data-label')) {
      b.textContent = b.getAttribute('data-label');
      b.removeAttribute('data-label');
    }
  });
}
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[data-sending]').forEach(restore);
});
// A PDF made on request (a proof, a booklet) takes a few seconds: the link says so while it is being made, in a
// polite live region, and is itself again when the page is shown again or after a while (a download stays on the page).
document.addEventListener('click', function (event) {
  var link = event.target.closest('a[href$=".pdf"]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
      || link.getAttribute('aria-busy') === 'true') {
    return;
  }
  var status = document.createElement('span');
  status.className = 'busy-note';
  status.setAttribute('role', 'status');
  status.textContent = document.body.getAttribute('data-pdf-busy') || '…';
  link.setAttribute('aria-busy', 'true');
  link.insertAdjacentElement('afterend', status);
  setTimeout(function () { done(link, status); }, 15000);
});
function done(link, status) {
  link.removeAttribute('aria-busy');
  if (status.parentNode) {
    status.parentNode.removeChild(status);
  }
}
window.addEventListener('pageshow', function () {
  document.querySelectorAll('a[aria-busy="true"]').forEach(function (link) {
    var next = link.nextElementSibling;
    done(link, next && next.classList.contains('busy-note') ? next : document.createElement('span'));
  });
});
