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
// A table's scroll container is a tab stop only while it actually scrolls (keyboard users can then scroll it);
// without JavaScript every container stays focusable.
(function () {
  function update() {
    document.querySelectorAll('.table-scroll[role=region]').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute('tabindex', '0');
      } else {
        box.removeAttribute('tabindex');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', update);
  window.addEventListener('resize', update);
})();
