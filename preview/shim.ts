// google.script.run for the sidebar in the preview: each server call is a POST to /api/run.
// Like the real one it refuses Dates and functions in arguments, passes the user object to the
// handlers, and calls asynchronously.

const SHIM = `<script>
(function () {
  function check(value, path) {
    var tag = Object.prototype.toString.call(value);
    if (typeof value === "function" || tag === "[object Date]") throw new Error("Failed due to illegal value in property: " + path);
    if (value && typeof value === "object") Object.keys(value).forEach(function (k) { check(value[k], k); });
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === "withSuccessHandler") return function (f) { return runner(f, failure, userObject); };
        if (name === "withFailureHandler") return function (f) { return runner(success, f, userObject); };
        if (name === "withUserObject") return function (u) { return runner(success, failure, u); };
        if (typeof name !== "string" || name === "then") return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          args.forEach(function (a, i) { check(a, String(i)); });
          fetch("/api/run", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (res) {
              parent.postMessage({ type: "mq-refresh" }, location.origin);
              if (res.ok) { if (success) success(res.value, userObject); return; }
              var error = new Error(res.error);
              error.name = "ScriptError";
              if (failure) failure(error, userObject); else console.error(error);
            });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: {
      close: function () { parent.postMessage({ type: "mq-close" }, location.origin); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () {} }
    }
  } };
})();
</script>`;

/** Puts the shim first in <head>, before the sidebar's own scripts, without leaving standards mode. */
export function injectShim(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return SHIM + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + SHIM + html.slice(at);
}
