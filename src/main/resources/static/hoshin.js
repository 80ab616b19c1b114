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
        b.textContent = '処理中…';
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
