// Keeps a bulk issue's progress bar current by polling its JSON endpoint; without JavaScript the
// page's "Refresh" link does the same.
(function () {
  "use strict";
  const box = document.getElementById("batch-progress");
  if (!box) return;
  const bar = document.getElementById("batch-bar");
  const status = document.getElementById("batch-status");
  const refresh = document.getElementById("batch-refresh");
  const fill = (text, data) =>
    text.replace("%(issued)s", data.issued).replace("%(total)s", data.total);

  async function poll() {
    try {
      const response = await fetch(box.dataset.url, { headers: { Accept: "application/json" } });
      if (response.ok) {
        const data = await response.json();
        bar.value = data.percent;
        bar.textContent = data.percent + "%";
        if (!data.prepared) status.textContent = box.dataset.preparing;
        else if (data.finished) status.textContent = fill(box.dataset.finished, data);
        else status.textContent = fill(box.dataset.rendering, data);
        box.dataset.state = data.finished ? "finished" : "running";
        if (data.finished) {
          refresh.hidden = true;
          return;
        }
      }
    } catch (error) {
      // a dropped connection: try again on the next tick
    }
    window.setTimeout(poll, 1500);
  }
  refresh.hidden = true;
  poll();
})();
