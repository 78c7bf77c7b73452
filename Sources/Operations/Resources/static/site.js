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

// On a phone the header's navigation folds behind a menu button, so that the page's own
// content begins on the first screen (the stylesheet folds it only under body.js-menu).
const menuButton = document.querySelector(".menu-button");
if (menuButton) {
  document.body.classList.add("js-menu");
  menuButton.hidden = false;
  menuButton.addEventListener("click", () => {
    const open = document.body.classList.toggle("menu-open");
    menuButton.setAttribute("aria-expanded", String(open));
  });
}

// Below 600 px a data table reads as one card per row: each cell gets its column's
// heading as data-label, which the stylesheet shows above the value.
for (const table of document.querySelectorAll("table.data-table")) {
  const headings = Array.from(table.querySelectorAll("thead th"), (th) => th.textContent.trim());
  if (headings.length === 0) continue;
  for (const row of table.querySelectorAll("tbody tr")) {
    Array.from(row.children).forEach((cell, index) => {
      if (headings[index] && !cell.hasAttribute("data-label")) cell.setAttribute("data-label", headings[index]);
    });
  }
  table.classList.add("data-table--cards");
}

// A list of checkboxes with a filter box (the occupation picker): typing a name or a code
// hides the entries that do not contain it; ticked entries stay. The box is shown only here.
for (const filter of document.querySelectorAll("input[data-filter-for]")) {
  const list = document.getElementById(filter.dataset.filterFor);
  if (!list) continue;
  filter.hidden = false;
  filter.addEventListener("input", () => {
    const words = filter.value.trim().toLowerCase();
    for (const item of list.children) {
      const ticked = item.querySelector("input:checked") !== null;
      item.hidden = words !== "" && !ticked && !item.textContent.toLowerCase().includes(words);
    }
  });
}

// On a phone a search's conditions start folded, so that its results are in view first.
if (window.matchMedia("(max-width: 40rem)").matches) {
  for (const details of document.querySelectorAll("details.filter-details")) details.open = false;
}

// A checkbox marked data-check-all="NAME" ticks or clears every box named NAME in its
// form (choosing all the reports to confirm); without the script each is ticked alone.
document.addEventListener("change", (event) => {
  const all = event.target;
  if (!(all instanceof HTMLInputElement) || !all.dataset.checkAll || !all.form) return;
  for (const box of all.form.querySelectorAll(`input[type=checkbox][name="${all.dataset.checkAll}"]`)) {
    box.checked = all.checked;
  }
});
