// Starts Safi's analysis worker (worker.js) while the page's own app.wasm
// loads, so that the worker's app.wasm is compiled and started beside it
// rather than after it: a paste right after the page opens then waits for
// the worker's start-up no longer (the page's Go adopts this worker:
// worker.Start). Only on a page a service worker controls, which gives
// both their app.wasm from its cache: on a first visit the worker's fetch
// would download app.wasm a second time, beside the page's.
"use strict";
(() => {
  const sw = navigator.serviceWorker;
  if (!self.Worker || !sw || !sw.controller || !document.currentScript) return;
  try {
    const w = new Worker(new URL("worker.js", document.currentScript.src));
    // What the worker says before the page's Go takes it over waits
    // here, in order.
    const early = [];
    w.onmessage = (e) => early.push(e);
    w.onerror = (e) => early.push(e);
    self.__safiWorker = { worker: w, early };
  } catch (err) {
    // The page starts its worker itself.
  }
})();
