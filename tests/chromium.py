"""Debian's headless Chromium, driven over the DevTools protocol on a pipe: no driver and no extra package.

Each `open` loads a page in a new tab at phone size and records every request that tab makes
(`Network.requestWillBeSent`, attributed to the page, so the browser's own background traffic never counts).
Name resolution maps every host to nowhere except the ones a test serves itself: nothing leaves the machine.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PHONE = (390, 844)


def chromium_executable() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _above_four(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class DevToolsError(RuntimeError):
    pass


@dataclass
class LoadedPage:
    url: str
    requests: list[str] = field(default_factory=list)
    session: str = ""
    target: str = ""


class Chromium:
    def __init__(self, executable: str, profile: Path, hosts: dict[str, str] | None = None) -> None:
        to_chrome_read, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_write = os.pipe()
        # Above 4, so the child's redirections onto 3 and 4 never overwrite one of their own sources.
        to_chrome_read, from_chrome_write = (_above_four(to_chrome_read), _above_four(from_chrome_write))
        rules = [f"MAP {host} {address}" for host, address in (hosts or {}).items()] + ["MAP * ~NOTFOUND"]
        arguments = [
            executable,
            "--headless=new",
            "--remote-debugging-pipe",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--host-resolver-rules={', '.join(rules)}",
            "about:blank",
        ]
        # The protocol speaks on the child's fds 3 (commands in) and 4 (answers out).
        self.process = subprocess.Popen(
            ["bash", "-c", f'exec "$0" "$@" 3<&{to_chrome_read} 4>&{from_chrome_write}', *arguments],
            pass_fds=(to_chrome_read, from_chrome_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(profile / "chromium.log").open("wb"),  # why it failed, when it does
        )
        os.close(to_chrome_read)
        os.close(from_chrome_write)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    def close(self) -> None:
        with contextlib.suppress(DevToolsError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)

    # --- the protocol ---------------------------------------------------------------------------------------------

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_chrome], [], [], max(left, 0))
            if not ready:
                raise DevToolsError("Chromium did not answer in time")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise DevToolsError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str = "", timeout: float = 20) -> Any:
        self._next_id += 1
        command: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            command["sessionId"] = session
        os.write(self._to_chrome, json.dumps(command).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise DevToolsError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self._events.append(message)

    def _drain(self, session: str, page: LoadedPage) -> None:
        kept = []
        for event in self._events:
            if event.get("sessionId") == session and event["method"] == "Network.requestWillBeSent":
                page.requests.append(event["params"]["request"]["url"])
            elif event.get("sessionId") != session:
                kept.append(event)
        self._events = kept

    # --- pages ----------------------------------------------------------------------------------------------------

    def open(self, url: str, size: tuple[int, int] = PHONE) -> LoadedPage:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for method in ("Network.enable", "Page.enable", "Runtime.enable"):
            self.send(method, session=session)
        width, height = size
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True},
            session=session,
        )
        page = LoadedPage(url, session=session, target=target)
        self.send("Page.navigate", {"url": url}, session=session)
        return page

    def evaluate(self, page: LoadedPage, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, page.session
        )
        if "exceptionDetails" in result:
            raise DevToolsError(f"{expression}: {result['exceptionDetails']}")
        self._drain(page.session, page)
        return result["result"].get("value")

    def wait_for(self, page: LoadedPage, expression: str, timeout: float = 15) -> Any:
        """Evaluate until the value is truthy (the page's script has answered)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.evaluate(page, expression)
            except DevToolsError:
                value = None  # the document is still being replaced
            if value:
                return value
            if time.monotonic() > deadline:
                raise DevToolsError(f"still waiting for {expression}")
            time.sleep(0.05)

    def screenshot(self, page: LoadedPage, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"}, page.session)["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close_page(self, page: LoadedPage) -> None:
        self._drain(page.session, page)
        self.send("Target.closeTarget", {"targetId": page.target})
