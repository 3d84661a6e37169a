"""Start to the daily sign-in (the sign-in dialog painted on a data folder that has staff) beside its floors: a bare
PySide6 window and the heavy libraries' imports; whole processes timed from outside, warm and (as root) cold.

uv run python benchmarks/bench_startup.py [--runs N] [--data DIR] [--warm-only]

Without --data the app starts on a throwaway data folder made once through the services (an Administrator, today's
backup taken); with --data it starts on that existing folder (e.g. one filled by build_million.py), which must
already have staff (its first start of the day, untimed, takes the daily backup). Cold runs drop the page cache
before each process (root only). The line "the app:" names the copy measured: to measure another one (an earlier
commit's `git archive`), run from outside the repository with PYTHONPATH set to it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from common import Figure, Timing, emit

# The floor: what any PySide6 program pays for one shown window.
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.resize(640, 480)
window.show()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
sys.exit(app.exec())
"""

#: the third-party libraries the app uses besides Qt and peewee's SQLite; the start should pay for none it can defer
HEAVY_MODULES = (
    "peewee",
    "playhouse.migrations",
    "cryptography.x509",
    "cryptography.hazmat.primitives.serialization",
    "argon2",
    "pyrage",
    "filelock",
    "platformdirs",
    "holidays",
    "phonenumbers",
    "reportlab.pdfgen.canvas",
    "reportlab.platypus",
    "pyhanko.sign.signers",
    "pypdf",
    "xlsxwriter",
    "qrcode",
    "barcode",
    "PIL.Image",
)

# Each heavy import timed inside the process too (printed once), so the whole-process time can be read.
HEAVY = """
import importlib, sys, time
for name in sys.argv[1:]:
    started = time.perf_counter()
    importlib.import_module(name)
    print(f"{name} {(time.perf_counter() - started) * 1000:.1f}")
"""

# The installed program's start (kampar_desk.app.main, as `kampar-desk --data-dir DIR`) until the sign-in dialog has
# painted, then exit. The probe loads nothing before the app (Qt included) and sees no event but the dialogs' own: an
# import hook, the moment the app has loaded kampar_desk.ui.session, makes each sign-in or first-admin dialog carry an
# event filter that waits for its first paint. (A filter on the whole application would make Python look at every
# event of the start, which the app itself does not do before its window exists: tens of milliseconds.)
# It exits with app.exit(), not app.quit(): quit() first asks every window to close, and the sign-in dialog refuses
# (only signing in or "Keluar" leaves it), so the quit was cancelled and the process never ended. Before exiting, the
# window's running actions (the daily backup on a first start of the day) are waited for: the folder is never left
# half-written.
APP = """
import importlib.util
import sys

WATCHED = "kampar_desk.ui.session"


def leave(app, code):
    for widget in app.topLevelWidgets():
        if type(widget).__name__ == "MainWindow":
            widget.ops.settle()
    app.exit(code)


def watch(session):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    paint = QEvent.Type.Paint

    class Probe(QObject):
        def eventFilter(self, watched, event):
            if event.type() == paint:
                watched.removeEventFilter(self)
                signing_in = isinstance(watched, session.SignInDialog)
                if not signing_in:
                    print("the data folder has no staff: the first-admin dialog opened", file=sys.stderr)
                QTimer.singleShot(0, lambda: leave(app, 0 if signing_in else 4))
            return False

    probe = Probe(app)
    for dialog in (session.SignInDialog, session.FirstAdminDialog):

        def init(self, *args, original=dialog.__init__, **kwargs):
            original(self, *args, **kwargs)
            self.installEventFilter(probe)

        dialog.__init__ = init
    QTimer.singleShot(120_000, lambda: (print("no sign-in dialog after 120 s", file=sys.stderr), leave(app, 5)))


class Watcher:
    def find_spec(self, name, path=None, target=None):
        if name != WATCHED:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def run_then_watch(module):
            run_module(module)
            watch(module)

        spec.loader.exec_module = run_then_watch
        return spec


sys.meta_path.insert(0, Watcher())
from kampar_desk.app import main

sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# Which copy of the app the timed processes load (`python -c` puts the working directory first on sys.path).
WHERE = "import kampar_desk; print(kampar_desk.__file__)"

# A data folder as on a counter PC after its first day: one Administrator, today's automatic backup already taken.
PREPARE = """
import sys
from pathlib import Path
from kampar_desk.paths import AppPaths
from kampar_desk.services import staff
from kampar_desk.services.backup import AUTOMATIC, create_backup
from kampar_desk.services.desk import open_desk
from kampar_desk.store.database import close_database

desk = open_desk(AppPaths(Path(sys.argv[1])))
staff.create_first_admin(desk, "admin", "Administrator Kantor", "kata-sandi-bench-2026")
create_backup(desk, reason=AUTOMATIC)
close_database()
"""


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def _environment() -> dict[str, str]:
    # As installed (PyInstaller ships .pyc): bytecode allowed, so the app's modules are not recompiled per start.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return env


@dataclass(frozen=True)
class Run:
    """One whole process: wall-clock milliseconds timed from outside, the CPU milliseconds it used (all its threads;
    steadier than the wall clock on a shared machine), and its standard output."""

    wall: float
    cpu: float
    output: str


def run(code: str, *args: str) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=_environment(), capture_output=True, text=True, check=False
    )
    wall = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"the timed process failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return Run(wall, cpu, done.stdout)


def measure(starts: dict[str, Callable[[], Run]], runs: int, cold: bool) -> dict[str, list[Run]]:
    """`runs` rounds of one process of each kind, interleaved, so a load that comes and goes meets them alike."""
    for start in starts.values():
        start()  # untimed: the bytecode cache, and for the app the first start of the day
    done: dict[str, list[Run]] = {name: [] for name in starts}
    for _ in range(runs):
        for name, start in starts.items():
            if cold:
                drop_caches()
            done[name].append(start())
    for name, taken in done.items():
        walls = [one.wall for one in taken]
        cpu = statistics.median(one.cpu for one in taken)
        print(
            f"  {name:<22} median {statistics.median(walls):6.0f} ms   max {max(walls):6.0f} ms   "
            f"(n={runs}; CPU median {cpu:.0f} ms)"
        )
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each process (default 9)")
    parser.add_argument("--data", type=Path, help="an existing data folder with staff (default: a throwaway one)")
    parser.add_argument("--warm-only", action="store_true", help="skip the cold runs even as root")
    parser.add_argument("--json", type=Path, help="append the figures as JSON lines (run_all.py)")
    args = parser.parse_args(argv)
    figures = []
    if args.data is not None:
        if not (args.data / "kampar-desk.db").is_file():
            parser.error(f"{args.data} has no kampar-desk.db")
        data_dir = args.data
    else:
        data_dir = Path(tempfile.mkdtemp(prefix="bench-startup-")) / "data"
        run(PREPARE, str(data_dir))
    database = data_dir / "kampar-desk.db"
    print(f"data folder {data_dir} (database {database.stat().st_size / 1e6:.1f} MB), Python {sys.version.split()[0]}")
    print(f"the app: {run(WHERE).output.strip()}")
    kinds = {
        "bare PySide6 window": lambda: run(BARE),
        "heavy imports": lambda: run(HEAVY, *HEAVY_MODULES),
        "app to sign-in": lambda: run(APP, str(data_dir)),
    }
    inside = run(HEAVY, *HEAVY_MODULES).output
    print("heavy imports, each in order inside one process (ms): " + ", ".join(inside.split("\n")).strip(", "))
    can_drop = not args.warm_only and drop_caches()
    for cold in (False, True) if can_drop else (False,):
        print("cold (page cache dropped before each run):" if cold else "warm:")
        done = measure(kinds, args.runs, cold)
        app, bare = done["app to sign-in"], done["bare PySide6 window"]
        wall = statistics.median(one.wall for one in app) / statistics.median(one.wall for one in bare)
        cpu = statistics.median(one.cpu for one in app) / statistics.median(one.cpu for one in bare)
        print(f"  ratio app / bare window: {wall:.1f}x wall clock, {cpu:.1f}x CPU (medians; goal at most 3x)")
        state = "cold" if cold else "warm"
        size = f"{database.stat().st_size / 1e6:,.0f} MB database"
        walls = {name: [one.wall for one in taken] for name, taken in done.items()}
        bare_timing = Timing.of_samples(walls["bare PySide6 window"])
        figures += [
            Figure(
                "start",
                f"start to the daily sign-in, {state} ({size})",
                Timing.of_samples(walls["app to sign-in"]),
                "bare PySide6 window",
                bare_timing,
                "≤ 3× bare window",
                wall <= 3,
                note=f"{cpu:.1f}× by CPU time",
            ),
            Figure("floors", f"heavy imports in one process, {state}", Timing.of_samples(walls["heavy imports"])),
        ]
    if not can_drop:
        print("cold: not measured" + ("" if args.warm_only else " (dropping the page cache needs root)"))
    if args.json is not None:
        emit(figures, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
