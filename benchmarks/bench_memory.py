"""Peak memory of the real app (a whole GUI process) with a large database open on the tracking tab: signed in,
a common name searched and five more pages scrolled in, beside a bare PySide6 window's.

uv run python benchmarks/bench_memory.py DATA_DIR [--user NAME --password WORD] [--json FILE]

The time to the first page is printed too (sign-in to rows on screen), as the officer waits for it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from common import Figure, Timing, emit, json_target

APP = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
data_dir, user, password = sys.argv[1:4]

def window():
    from kampar_desk.ui.main_window import MainWindow
    return next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)

def step():
    main = window()
    dialog = getattr(main, "active_dialog", None) if main else None
    if main is None or dialog is None or not hasattr(dialog.ui, "usernameEdit"):
        QTimer.singleShot(50, step)
        return
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog.ui.usernameEdit.setText(user)
    dialog.ui.passwordEdit.setText(password)
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    QTimer.singleShot(200, lambda: search(main))

def search(main):
    main.ui.tabs.setCurrentWidget(main.ui.trackingPage)
    main.tracking.ui.searchEdit.setText("siti")
    main.tracking.search()
    for _ in range(5):
        if main.tracking.model.canFetchMore(main.tracking.model.index(-1, -1)):
            main.tracking.model.fetchMore(main.tracking.model.index(-1, -1))
    rows = main.tracking.model.rowCount()
    print(f"ROWS {rows} rows on screen, signed in: {main.officer is not None}", flush=True)
    QTimer.singleShot(300, finish)

def finish():
    print(f"PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}", flush=True)
    app.exit(0)

QTimer.singleShot(0, step)
from kampar_desk.ui.main import run_gui
run_gui(data_dir)
"""

BARE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.resize(1366, 728); w.show()
QTimer.singleShot(200, app.quit)
app.exec()
print(f"PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
"""


def peak(code: str, *args: str) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300)
    lines = done.stdout.splitlines()
    value = next((float(line.split()[1]) for line in lines if line.startswith("PEAK")), None)
    if value is None:
        raise SystemExit(f"the probe did not report its memory:\n{done.stdout}\n{done.stderr[-3000:]}")
    return value, " ".join(line for line in lines if line.startswith("ROWS"))


def main() -> int:
    argv, out = json_target(sys.argv[1:])
    data_dir = argv[0]
    # the honest million's accounts are the demo's (build_million.py)
    user = argv[argv.index("--user") + 1] if "--user" in argv else "fo.siti"
    password = argv[argv.index("--password") + 1] if "--password" in argv else "kampar-demo-2026"
    database = Path(data_dir) / "kampar-desk.db"
    size = f"{database.stat().st_size / 1e9:.2f} GB"
    bare, _ = peak(BARE)
    app, rows = peak(APP, str(Path(data_dir)), user, password)
    figures = [
        Figure(
            "memory",
            f"GUI peak RSS, {size} database, tracking tab after a name search and 5 more pages",
            Timing(app, app, app, 1),
            "bare PySide6 window (MB)",
            Timing(bare, bare, bare, 1),
            "≤ 200 MB",
            app <= 200,
            note=rows,
        )
    ]
    emit(figures, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
