// Autosave for a quiz attempt. The page works without it (the Save and Submit buttons post the
// form); with it, each change is sent at once, kept on the device while the link is down, and
// sent again when it returns. The timer submits the attempt when time runs out.
(function () {
  "use strict";
  var form = document.querySelector("form.attempt-form");
  if (!form || !window.fetch || !window.FormData) return;
  var status = document.querySelector(".save-status");
  var storageKey = "kelisim-attempt-" + form.dataset.attempt;
  var pending = false;

  function say(text) { if (status) status.textContent = text; }

  function snapshot() {
    var entries = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken") entries.push([name, value]);
    });
    return entries;
  }

  function keep() {
    try { localStorage.setItem(storageKey, JSON.stringify(snapshot())); } catch (e) { /* full */ }
  }

  function restore() {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(storageKey) || "null"); } catch (e) { saved = null; }
    if (!saved) return false;
    // The kept snapshot is the whole form: a box or a radio not in it was not ticked, so one
    // the trainee unticked offline stays unticked though the server still has it ticked.
    var ticked = new Set(saved.map(function (pair) { return pair[0] + "\u0000" + pair[1]; }));
    form.querySelectorAll('input[type="radio"], input[type="checkbox"]').forEach(function (box) {
      box.checked = ticked.has(box.name + "\u0000" + box.value);
    });
    saved.forEach(function (pair) {
      form.querySelectorAll('[name="' + CSS.escape(pair[0]) + '"]').forEach(function (field) {
        if (field.type !== "radio" && field.type !== "checkbox" && field.type !== "hidden") {
          field.value = pair[1];
        }
      });
    });
    return true;
  }

  function send() {
    var body = new FormData(form);
    pending = true;
    return fetch(form.dataset.saveUrl, {
      method: "POST",
      body: body,
      headers: { "Accept": "application/json", "X-Requested-With": "fetch" },
      credentials: "same-origin"
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        // signed out (sent to the login page, or refused for a stale token) or a server error:
        // the answers stay on the device and go when the attempt is opened again
        var signedOut = response.redirected || response.status === 403;
        throw new Error(signedOut ? "signed-out" : "HTTP " + response.status);
      }
      return response.json().then(function (data) {
        pending = false;
        if (data.saved) {
          try { localStorage.removeItem(storageKey); } catch (e) { /* ignore */ }
          say(status.dataset.saved);
        } else {
          say(status.dataset.failed + " " + (data.error || ""));
        }
      });
    }).catch(function (error) {
      pending = true;
      if (navigator.onLine === false) say(status.dataset.offline);
      else if (error.message === "signed-out") say(status.dataset.signedOut);
      else say(status.dataset.failed + " " + error.message);
    });
  }

  var timerId = null;
  form.addEventListener("change", function () {
    keep();
    clearTimeout(timerId);
    timerId = setTimeout(send, 400);
  });
  form.addEventListener("input", keep);
  window.addEventListener("online", function () { if (pending) send(); });
  if (restore()) send();

  var timer = document.querySelector(".timer");
  if (timer) {
    // counted from the clock, not from the ticks: a phone pauses the timers of a page in the
    // background, and the time left must be right when the trainee comes back to it
    var atStart = parseInt(timer.dataset.secondsLeft, 10);
    var ends = Date.now() + atStart * 1000;
    // each said once (role="alert") when the time left falls under it; none the attempt began under
    var warning = document.querySelector(".time-warning");
    var warnings = !warning ? [] : [[300, warning.dataset.five], [60, warning.dataset.one]].filter(
      function (pair) { return atStart > pair[0]; });
    var tick = function () {
      var left = Math.max(0, Math.round((ends - Date.now()) / 1000));
      var minutes = Math.floor(left / 60), seconds = left % 60;
      timer.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
      var due = warnings.filter(function (pair) { return left <= pair[0]; });
      if (due.length) {
        warning.textContent = due[due.length - 1][1];  // the nearest, after a pause in the background
        warnings = warnings.slice(0, warnings.length - due.length);
      }
      if (left <= 0) {
        var submit = document.createElement("input");
        submit.type = "hidden"; submit.name = "submit"; submit.value = "1";
        form.appendChild(submit);
        // not form.submit(): the Submit button, named "submit", shadows that method on the form
        HTMLFormElement.prototype.submit.call(form);
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
