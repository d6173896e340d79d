// Safi's service worker: go-app's template (pkg/app/gen/app-worker.js,
// v10.1.11) without its push notifications, which Safi does not use, and
// with two changes (issue 19, point 3):
//  - install waits for its work (event.waitUntil), so that a page the
//    worker controls is ready to work offline (activate stays as go-app has
//    it: its page script shows the update banner when the worker is
//    activated while it controls the page, which on a first visit it must
//    not yet do);
//  - app.wasm is cached from the response the page itself downloaded on a
//    first visit (the HTTP cache, "force-cache"), after checking that its
//    SHA-256 is this version's, and only otherwise from the network: the
//    first visit downloads app.wasm once instead of twice.
// go-app fills in the version and the resources; site.Handler the rest.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const wasmURL = "{{.SafiWasmURL}}";
const wasmSHA256 = "{{.SafiWasmSHA256}}";

self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await Promise.all([
      cache.addAll(resourcesToCache.filter((url) => url !== wasmURL)),
      cacheWasm(cache),
    ]);
    await self.skipWaiting();
  })());
});

// cacheWasm puts app.wasm in the cache: the copy in the browser's HTTP
// cache when it is this version's (a first visit has just downloaded it,
// or is downloading it: the browser then lets this request share that
// download), the network's otherwise.
async function cacheWasm(cache) {
  try {
    const res = await fetch(wasmURL, { cache: "force-cache" });
    if (res.ok && wasmSHA256 !== "") {
      const sum = await crypto.subtle.digest("SHA-256", await res.clone().arrayBuffer());
      const hex = Array.from(new Uint8Array(sum), (b) => b.toString(16).padStart(2, "0")).join("");
      if (hex === wasmSHA256) {
        await cache.put(wasmURL, res);
        return;
      }
      console.log("app worker: the HTTP cache holds another version of app.wasm");
    }
  } catch (err) {
    console.log("app worker: app.wasm is not in the HTTP cache:", err);
  }
  await cache.add(wasmURL);
}

self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches();
    await self.clients.claim(); // take control of the open pages
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});

async function deletePreviousCaches() {
  const keys = await caches.keys();
  await Promise.all(
    keys.map(async (key) => {
      if (key !== cacheName) {
        try {
          console.log("deleting", key, "cache");
          await caches.delete(key);
        } catch (err) {
          console.error("deleting", key, "cache failed:", err);
        }
      }
    })
  );
}

self.addEventListener("fetch", (event) => {
  event.respondWith(fetchWithCache(event.request));
});

async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}
