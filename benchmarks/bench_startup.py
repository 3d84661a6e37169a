"""Cold and warm start to a usable window (the sign-in dialog painted), as whole processes timed from outside.

uv run python benchmarks/bench_startup.py [RUNS]   (cold runs need root to drop the page cache)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Quit two event-loop turns after run_gui has shown the window and opened the sign-in dialog.
PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
from kampar_desk.ui.main import run_gui
sys.exit(run_gui(sys.argv[1]))
"""


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed_run(data_dir: Path) -> float:
    # As installed (PyInstaller ships .pyc): bytecode allowed, so the app's modules are not recompiled per start.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], check=True, env=env, capture_output=True)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    data_dir = Path(tempfile.mkdtemp()) / "data"
    timed_run(data_dir)  # first run creates the database and the app's bytecode cache
    warm = [timed_run(data_dir) for _ in range(runs)]
    print(f"warm start: median {statistics.median(warm):6.0f} ms  (min {min(warm):.0f}, max {max(warm):.0f}, n={runs})")
    if drop_caches():
        cold = []
        for _ in range(max(3, runs // 2)):
            drop_caches()
            cold.append(timed_run(data_dir))
        spread = f"min {min(cold):.0f}, max {max(cold):.0f}, n={len(cold)}"
        print(f"cold start: median {statistics.median(cold):6.0f} ms  ({spread})")
    else:
        print("cold start: not measured (dropping the page cache needs root)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
