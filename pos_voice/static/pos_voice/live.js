// Live calls: poll the JSON endpoint and swap in the server-rendered list (escaped by Jinja).
(function () {
  "use strict";
  var box = document.getElementById("pv-live");
  if (!box) { return; }
  var status = document.getElementById("pv-live-status");
  var url = box.getAttribute("data-url");
  var interval = parseInt(box.getAttribute("data-interval"), 10) || 2000;
  var busy = false;

  function refresh() {
    if (busy || document.hidden) { return; }
    busy = true;
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (response.redirected || type.indexOf("application/json") === -1) {
          // The staff session ended: the auth check answered with a login page instead of data.
          throw new Error("signed out, reload the page to sign in again");
        }
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (body) {
        box.innerHTML = body.html;
        box.setAttribute("data-count", String(body.calls.length));
        if (status) { status.textContent = "updated " + new Date().toLocaleTimeString(); }
      })
      .catch(function (error) {
        if (status) { status.textContent = "not updating: " + error.message; }
      })
      .then(function () { busy = false; });
  }

  setInterval(refresh, interval);
  document.addEventListener("visibilitychange", refresh);
})();
