// The platform's only script: small enhancements of pages that work without it. It is a
// file rather than inline code because the Content-Security-Policy allows scripts from
// this site only (issue 14: an injected inline script must not run).
"use strict";

// A button marked data-print prints the page (the certificate sheet).
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-print]")) {
    window.print();
  }
});

// An element marked data-refresh-seconds reloads the page after that many seconds
// (the status of an import that is still running).
const refreshing = document.querySelector("[data-refresh-seconds]");
if (refreshing) {
  const seconds = Number(refreshing.getAttribute("data-refresh-seconds")) || 2;
  setTimeout(() => location.reload(), seconds * 1000);
}

// A form marked data-confirm asks before it is sent (a step that cannot be undone, such
// as discarding a draft); without the script the form is sent as it is.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
