// Progressive enhancement only: every page works without this file.
document.documentElement.classList.remove("no-js");
document.addEventListener("click", function (event) {
  // close an open menu when clicking elsewhere
  document.querySelectorAll("details.vtp-dropdown[open]").forEach(function (menu) {
    if (!menu.contains(event.target)) { menu.removeAttribute("open"); }
  });
});
