"""Render every screen offscreen to docs/screenshots/*.png from a demo database (run after changing a screen).

uv run python packaging/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "screenshots"
TABS = (
    "beranda",
    "pendaftaran",
    "verifikasi",
    "pemeriksaan",
    "penerbitan",
    "pelacakan",
    "cek-keaslian",
    "skm",
    "pengaduan",
    "laporan",
    "standar-pelayanan",
    "pengaturan",
)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from kampar_desk.domain.roles import Role
    from kampar_desk.paths import AppPaths
    from kampar_desk.services import staff
    from kampar_desk.services.demo import DEMO_PASSWORD, fill_demo
    from kampar_desk.services.desk import open_desk
    from kampar_desk.ui.indonesian import install_indonesian
    from kampar_desk.ui.main_window import MainWindow
    from kampar_desk.ui.printing import DocumentPrinter

    app = QApplication.instance() or QApplication([])
    install_indonesian(app)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    desk = open_desk(AppPaths(Path(tempfile.mkdtemp()) / "data"))
    fill_demo(desk, 250, seed=11)
    window = MainWindow(desk, DocumentPrinter(lambda name: None))
    window.resize(1366, 728)  # a 1366x768 laptop less the Windows taskbar
    window.show()
    window.begin()
    app.processEvents()
    window.active_dialog.grab().save(str(OUTPUT / "masuk.png"))
    admin = staff.sign_in(desk, "admin", DEMO_PASSWORD)
    window.signed_in(staff.update_staff(desk, admin, "admin", frozenset(Role), True))  # every action on screen
    for index, name in enumerate(TABS):
        window.ui.tabs.setCurrentIndex(index)
        if name == "pendaftaran":
            fill_intake_example(window.intake)
        if name == "cek-keaslian":
            from kampar_desk.store.models import Letter

            window.authenticity.ui.codeEdit.setText(Letter.select().order_by(Letter.issued_at.desc()).first().payload)
            window.authenticity.check_text()
        if name == "pengaduan":
            window.complaints.ui.filterCombo.setCurrentIndex(window.complaints.ui.filterCombo.findData(""))
            window.complaints.ui.complaintsTable.selectRow(0)
        if name == "pelacakan":
            window.tracking.ui.searchEdit.setText("siti")
            window.tracking.search()
        window.ops.settle()  # figures, searches and verdicts computed on a worker
        app.processEvents()
        window.grab().save(str(OUTPUT / f"{name}.png"))
    backups_section(window, desk)
    app.processEvents()
    window.grab().save(str(OUTPUT / "cadangan.png"))
    window.lock()
    app.processEvents()
    window.grab().save(str(OUTPUT / "terkunci.png"))
    print(f"{len(TABS) + 3} screenshots in {OUTPUT.relative_to(ROOT)} ({datetime.now():%Y-%m-%d %H:%M})")
    return 0


def backups_section(window, desk) -> None:
    """Pengaturan > Cadangan with a week of rotated backups."""
    from datetime import timedelta

    from kampar_desk.services import backup

    real_clock = desk.clock
    for days, reason in ((6, backup.ON_EXIT), (3, backup.AUTOMATIC), (1, backup.ON_EXIT), (0, backup.AUTOMATIC)):
        desk.clock = lambda d=days: real_clock() - timedelta(days=d, hours=1)
        backup.create_backup(desk, reason=reason)
    desk.clock = real_clock
    window.ui.tabs.setCurrentWidget(window.ui.settingsPage)
    window.settings.ui.sections.setCurrentWidget(window.settings.ui.backupPage)


def fill_intake_example(tab) -> None:
    tab.ui.nikEdit.setText("1401025708850003")
    tab.ui.kkEdit.setText("1401021203150007")
    tab.ui.nameEdit.setText("Siti Rahmawati")
    tab.ui.phoneEdit.setText("0812-7646-0487")
    tab.ui.phoneEdit.editingFinished.emit()
    tab.ui.addressEdit.setText("Jl. Datuk Tabano No. 12, RT 002/RW 001")
    tab.select_location("14.01.02", "14.01.02.2001")
    for code in ("surat-permohonan", "sktm", "ktp", "kk"):
        tab.set_received(code, True, "asli + fotokopi")


if __name__ == "__main__":
    raise SystemExit(main())
