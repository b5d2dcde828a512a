"""Debian's firefox-esr driven over WebDriver BiDi: just what the extension's Firefox tests need.

Why not Playwright: its Firefox is a patched build it downloads (impossible here), and its BiDi mode
for a stock Firefox sends commands that 153 ESR does not know (emulation.setMediaFeaturesOverride).
Firefox speaks BiDi itself (--remote-debugging-port), so this module launches it and sends the
commands of the W3C protocol over one WebSocket: install the unpacked extension as a temporary
add-on, open tabs, answer their requests, run scripts in them and move the real pointer.
"""
from __future__ import annotations

import itertools
import json
import os
import queue
import re
import subprocess
import threading
import time
from collections import deque
from contextlib import ExitStack
from pathlib import Path

from websockets.sync.client import connect

FIREFOX = Path("/usr/bin/firefox-esr")


class BidiError(RuntimeError):
    """An error answer to a command: {error, message} as Firefox sent it."""


class Firefox:
    """A headless firefox-esr with a fresh profile, and the BiDi session to it.

    prefs go to the profile's user.js before start; --remote-allow-system-access lets the session
    open the extension's own pages (Firefox 153 refuses moz-extension:// navigation without it).
    """

    def __init__(self, profile: Path, prefs: dict, timeout: float = 60):
        profile.mkdir(parents=True, exist_ok=True)
        (profile / "user.js").write_text("".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in prefs.items()))
        home = profile / "home"   # Firefox refuses a $HOME another user owns; keep its files out of the real one
        home.mkdir(exist_ok=True)
        self.timeout = timeout
        self.log: deque[str] = deque(maxlen=200)
        self.proc = subprocess.Popen(
            [str(FIREFOX), "--headless", "--no-remote", "--remote-debugging-port=0", "--remote-allow-system-access",
             "--profile", str(profile)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace",
            env={**os.environ, "HOME": str(home), "MOZ_CRASHREPORTER_DISABLE": "1"})
        endpoint: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read_log, args=(endpoint,), daemon=True).start()
        try:
            url = endpoint.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            raise RuntimeError("firefox-esr did not open its BiDi port:\n" + "\n".join(self.log)) from None
        self._exit = ExitStack()
        self.ws = self._exit.enter_context(connect(url + "/session", max_size=None, open_timeout=timeout, close_timeout=5))
        self._ids = itertools.count(1)
        self._pending: dict[int, queue.Queue] = {}
        self._send_lock = threading.Lock()
        self._handlers: dict[str, list] = {}
        threading.Thread(target=self._read_messages, daemon=True).start()
        self.capabilities = self.send("session.new", capabilities={"alwaysMatch": {
            "acceptInsecureCerts": False, "unhandledPromptBehavior": {"default": "dismiss"}}})["capabilities"]

    def _read_log(self, endpoint: queue.Queue) -> None:
        for line in self.proc.stderr:
            self.log.append(line.rstrip())
            found = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
            if found:
                endpoint.put(found.group(1))

    def _read_messages(self) -> None:
        try:
            for raw in self.ws:
                message = json.loads(raw)
                if message.get("type") == "event":
                    for handler in self._handlers.get(message["method"], []):
                        # A handler may send commands: run it beside this loop, which must go on reading.
                        threading.Thread(target=handler, args=(message["params"],), daemon=True).start()
                elif message.get("id") in self._pending:
                    self._pending.pop(message["id"]).put(message)
        except Exception:   # the connection closed (the browser ended): waiting commands fail on their timeout
            pass

    def send(self, method: str, **params) -> dict:
        """Send one command and wait for its answer: the result, or BidiError."""
        command_id = next(self._ids)
        answer: queue.Queue = queue.Queue()
        self._pending[command_id] = answer
        with self._send_lock:
            self.ws.send(json.dumps({"id": command_id, "method": method, "params": params}))
        try:
            message = answer.get(timeout=self.timeout)
        except queue.Empty:
            raise BidiError(f"{method}: no answer in {self.timeout} s") from None
        if message.get("type") == "error":
            raise BidiError(f"{method}: {message.get('error')}: {message.get('message')}")
        return message["result"]

    def on(self, event: str, handler) -> None:
        """Call handler(params) on every `event` (subscribed once for the whole session)."""
        if event not in self._handlers:
            self._handlers[event] = []
            self.send("session.subscribe", events=[event])
        self._handlers[event].append(handler)

    def close(self) -> None:
        try:
            self.send("browser.close")
        except Exception:   # already gone: kill() below makes sure
            pass
        try:
            self._exit.close()
        finally:
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


class Tab:
    """One top-level browsing context: scripts run in the page's own world (as the tests' JS expects)."""

    def __init__(self, firefox: Firefox, context: str):
        self.firefox, self.context = firefox, context
        self.console: list[str] = []
        self.dialogs: list[str] = []

    def goto(self, url: str, wait: str = "complete") -> None:
        self.firefox.send("browsingContext.navigate", context=self.context, url=url, wait=wait)

    def reload(self) -> None:
        self.firefox.send("browsingContext.reload", context=self.context, wait="complete")

    def call(self, function: str, *args):
        """Run a JS function (source text) on JSON arguments; its (awaited) value comes back through JSON."""
        expression = f"(async () => JSON.stringify(await ({function})(...{json.dumps(list(args))})))()"
        result = self.firefox.send("script.evaluate", expression=expression, target={"context": self.context},
                                   awaitPromise=True, userActivation=False)
        if result["type"] == "exception":
            details = result["exceptionDetails"]
            raise BidiError(f"script threw: {details.get('text')}")
        value = result["result"]
        return json.loads(value["value"]) if value["type"] == "string" else None

    def eval(self, expression: str):
        return self.call(f"() => ({expression})")

    def wait_for(self, expression: str, timeout: float = 30, interval: float = 0.1) -> None:
        """Poll until the expression is truthy, or AssertionError naming it."""
        deadline = time.monotonic() + timeout
        while True:
            if self.eval(f"Boolean({expression})"):
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"not true after {timeout} s: {expression}")
            time.sleep(interval)

    def _pointer(self, *actions: dict) -> None:
        self.firefox.send("input.performActions", context=self.context, actions=[
            {"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": list(actions)}])

    def move_mouse(self, x: float, y: float) -> None:
        self._pointer({"type": "pointerMove", "x": round(x), "y": round(y), "origin": "viewport"})

    def click_at(self, x: float, y: float) -> None:
        """A real click (with the user activation a click gives, which the clipboard needs)."""
        self._pointer({"type": "pointerMove", "x": round(x), "y": round(y), "origin": "viewport"},
                      {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0})

    def click(self, element: str) -> None:
        """Scroll the element (a JS expression, e.g. a shadowRoot.querySelector) into view and click its centre."""
        x, y = self.call(f"""() => {{ const e = {element}; e.scrollIntoView({{ block: 'center' }});
          const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }}""")
        self.click_at(x, y)

    def close(self) -> None:
        self.firefox.send("browsingContext.close", context=self.context)
