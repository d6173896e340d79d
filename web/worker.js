// Safi's analysis worker: the page's own app.wasm, started in worker mode,
// runs the engine off the main thread so the page stays responsive while a
// large paste is analysed. Paths are relative to this file (web/), so the
// site works under any base path.
"use strict";
importScripts("../wasm_exec.js");

// Messages that arrive while app.wasm compiles wait here: the Go side sets
// its own onmessage when it starts, and gets them then, in order.
const early = [];
self.onmessage = (e) => early.push(e);

(async () => {
  try {
    const go = new Go();
    go.env = { SAFI_ROLE: "worker" };
    const { instance } = await WebAssembly.instantiateStreaming(fetch("app.wasm"), go.importObject);
    const done = go.run(instance); // runs until Go waits for messages, its onmessage set
    for (const e of early.splice(0)) self.onmessage(e);
    await done;
  } catch (err) {
    self.postMessage({ error: String(err) });
  }
})();
