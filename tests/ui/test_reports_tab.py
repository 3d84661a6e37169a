import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kampar_desk.domain.roles import Role
from kampar_desk.services import intake
from kampar_desk.ui.drives import removable_drives
from tests.conftest import intake_form
from tests.ui.conftest import sign_in


def test_laporan_tab_shows_the_month_and_exports_to_a_folder(qtbot, window, desk, officers, clock, tmp_path, dialogs):
    clock.local(2026, 3, 16, 9)
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    intake.register_application(
        desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik="1401025708850004", missing=("ktp",))
    )
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.reportsPage)
    tab = window.reports
    tab.ui.monthCombo.setCurrentIndex(tab.ui.monthCombo.findData("2026-03"))
    window.ops.settle()  # counted off the GUI thread
    html = tab.ui.figuresView.toPlainText()
    assert "Laporan pelayanan Maret 2026" in html
    assert "Berkas diterima lengkap\t1" in html or "Berkas diterima lengkap 1" in " ".join(html.split())
    assert "Foto copy KTP" in html and "Kampar" in html and "Siti Aminah" in html
    assert not tab.ui.progressBar.isVisible()  # no idle bar at 0% that reads as stuck
    paths = tab.export_to(tmp_path).wait()
    assert [p.name for p in paths] == ["laporan-bulanan-2026-03.xlsx", "laporan-bulanan-2026-03.pdf"]
    assert tab.ui.progressBar.isVisible() and tab.ui.progressBar.value() == tab.ui.progressBar.maximum()
    assert "laporan-bulanan-2026-03.pdf" in dialogs.texts("information")[-1]


def test_opening_laporan_counts_the_month_on_a_worker_never_in_the_constructor(qtbot, window):
    tab = window.reports
    assert tab.report is None and tab.counting is None  # nothing counted while the window was built
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.reportsPage)
    (asked, counting) = tab.counting
    assert counting.job is not None, "the month is counted by a worker, not on the GUI thread"
    assert tab.show_figures() is counting, "the same month is not counted twice"
    window.ops.settle()
    assert asked == tab.period() == (date(2026, 3, 1), date(2026, 3, 31))
    assert (tab.report.start, tab.report.end) == asked
    assert "Laporan pelayanan Maret 2026" in tab.ui.figuresView.toPlainText()


def test_clicking_an_export_button_twice_quickly_runs_one_export(qtbot, window, tmp_path, dialogs):
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.reportsPage)
    tab = window.reports
    window.ops.settle()
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    tab.ui.driveCombo.clear()
    tab.ui.driveCombo.addItem("FLASHDISK (uji)", str(stick))
    tab.ui.exportDriveButton.setEnabled(True)
    qtbot.mouseClick(tab.ui.exportDriveButton, Qt.MouseButton.LeftButton)
    assert not tab.ui.exportDriveButton.isEnabled() and not tab.ui.exportFolderButton.isEnabled()
    qtbot.mouseClick(tab.ui.exportDriveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.exportFolderButton, Qt.MouseButton.LeftButton)
    second = tab.export_to(stick)  # a shortcut or a queued click that reaches the tab all the same
    assert second.finished and second.job is None
    window.ops.settle()
    assert len([text for text in dialogs.texts("information") if text.startswith("Laporan tersimpan")]) == 1
    assert sorted(p.name for p in stick.iterdir()) == ["laporan-bulanan-2026-03.pdf", "laporan-bulanan-2026-03.xlsx"]
    assert tab.ui.exportDriveButton.isEnabled() and tab.ui.exportFolderButton.isEnabled()


def test_a_read_only_stick_is_refused_with_a_message(qtbot, window, tmp_path, dialogs):
    stick = tmp_path / "stick"
    stick.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(stick)]).returncode
    ):
        pytest.skip("mounting a test filesystem needs root")
    try:
        sign_in(qtbot, window, "fo.siti")
        window.ui.tabs.setCurrentWidget(window.ui.reportsPage)
        assert window.reports.export_to(stick).wait() is None
        assert "tidak dapat ditulisi" in dialogs.texts("warning")[-1]
        assert "tidak dapat ditulisi" in window.reports.ui.statusLabel.text() and list(stick.iterdir()) == []
    finally:
        subprocess.run(["umount", str(stick)], check=False)


def test_a_usb_stick_is_detected_with_its_name_and_free_space(qtbot, window):
    mount_point = Path("/mnt/kampar-desk-test-usb")
    if os.geteuid() != 0:
        pytest.skip("mounting a test filesystem needs root")
    mount_point.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "FLASHDISK", str(mount_point)]).returncode:
        pytest.skip("mounting a test filesystem is not allowed here")
    try:
        drives = [d for d in removable_drives() if d.root == mount_point]
        assert drives and not drives[0].read_only and 7_000_000 < drives[0].free_bytes <= 8_388_608
        window.reports.refresh_drives()
        labels = [window.reports.ui.driveCombo.itemText(i) for i in range(window.reports.ui.driveCombo.count())]
        assert any(str(mount_point) in label and "GB bebas" in label for label in labels)
        assert window.reports.ui.exportDriveButton.isEnabled()
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)
        mount_point.rmdir()
