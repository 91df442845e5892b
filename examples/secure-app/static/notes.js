document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.delete").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm("Delete this note?")) {
        event.preventDefault();
      }
    });
  });
});
