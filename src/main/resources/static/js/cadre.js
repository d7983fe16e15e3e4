// htmx requests carry the CSRF token of the page, so that forms posted by htmx pass the server's CSRF check.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Confirm buttons: <button data-confirm="…">
document.addEventListener('click', function (event) {
  var el = event.target.closest('[data-confirm]');
  if (el && !window.confirm(el.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
