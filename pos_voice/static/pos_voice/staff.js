// Every staff page: alerts for what needs staff now (banner, tab title, a sound), lists that
// refresh themselves when a call starts or ends, and table rows that open on a tap.
(function () {
  "use strict";
  var box = document.getElementById("pv-alerts");
  if (!box || window.pvAlerts) { return; }
  var url = box.getAttribute("data-url");
  var text = box.querySelector(".pv-alert-text");
  var link = box.querySelector(".pv-alert-link");
  var dismiss = box.querySelector(".pv-alert-dismiss");
  var baseTitle = document.title;
  var POLL_MS = 1000; // an alert shows within 2 s of the call's change reaching the database
  var state = window.pvAlerts = { sounds: 0, polls: 0, stamp: null, current: [], refreshes: 0, pollMs: POLL_MS };

  function remembered(name) {
    try { return JSON.parse(sessionStorage.getItem(name) || "{}"); } catch (e) { return {}; }
  }
  function remember(name, value) {
    try { sessionStorage.setItem(name, JSON.stringify(value)); } catch (e) { /* private mode */ }
  }
  var heard = remembered("pvAlertsHeard");      // sounded once per alert, across the staff pages
  var dismissed = remembered("pvAlertsDismissed");

  function beep() {
    state.sounds += 1;
    try {
      var Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) { return; }
      var audio = state.audio || (state.audio = new Context());
      if (audio.state === "suspended") { audio.resume(); }
      [0, 0.25].forEach(function (delay) {
        var tone = audio.createOscillator();
        var gain = audio.createGain();
        tone.frequency.value = 880;
        gain.gain.value = 0.2;
        tone.connect(gain);
        gain.connect(audio.destination);
        tone.start(audio.currentTime + delay);
        tone.stop(audio.currentTime + delay + 0.18);
      });
    } catch (e) { /* no sound device: the banner and the title still show */ }
  }

  function show(alerts) {
    var active = alerts.filter(function (a) { return !dismissed[a.key]; });
    state.current = active;
    if (!active.length) {
      box.hidden = true;
      document.title = baseTitle;
      return;
    }
    var first = active[0];
    text.textContent = first.text + (active.length > 1 ? " (and " + (active.length - 1) + " more)" : "");
    link.href = first.url;
    box.setAttribute("data-kind", first.kind);
    box.hidden = false;
    document.title = "(" + active.length + ") " + first.text + " · " + baseTitle;
    var fresh = active.some(function (a) { return !heard[a.key]; });
    active.forEach(function (a) { heard[a.key] = 1; });
    remember("pvAlertsHeard", heard);
    if (fresh) { beep(); }
  }

  dismiss.addEventListener("click", function () {
    state.current.forEach(function (a) { dismissed[a.key] = 1; });
    remember("pvAlertsDismissed", dismissed);
    show(state.current);
  });

  function refreshLists() {
    var lists = document.querySelectorAll("[data-pv-refresh][id]");
    if (!lists.length) { return; }
    fetch(location.href, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        lists.forEach(function (list) {
          var replacement = fresh.getElementById(list.id);
          if (replacement) { list.innerHTML = replacement.innerHTML; }
        });
        state.refreshes += 1;
      })
      .catch(function () { /* the next change tries again */ });
  }

  function count(waiting) {
    document.querySelectorAll(".pv-count-badge").forEach(function (badge) {
      badge.textContent = waiting.toLocaleString();
    });
  }

  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (!response.ok || type.indexOf("application/json") === -1) { throw new Error("no alerts"); }
        return response.json();
      })
      .then(function (body) {
        state.polls += 1;
        show(body.alerts || []);
        count(body.attention || 0);
        if (state.stamp !== null && body.stamp !== state.stamp) { refreshLists(); }
        state.stamp = body.stamp;
      })
      .catch(function () { box.setAttribute("data-error", "1"); })
      .then(function () { setTimeout(poll, POLL_MS); });
  }
  poll();

  // A table row opens its call on a tap anywhere in it (the link in its first cell stays for keyboards).
  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("tr[data-href]");
    if (!row || event.target.closest("a, button, input, select, summary")) { return; }
    location.href = row.getAttribute("data-href");
  });
})();
