"""Cek Keaslian answers every question with a verdict, through the operation runner."""

from PySide6.QtCore import Qt

from tests.ui.conftest import sign_in


def test_an_unknown_number_and_an_unreadable_file_are_verdicts(qtbot, window, tmp_path, dialogs):
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.authenticityPage)
    tab = window.authenticity
    qtbot.keyClicks(tab.ui.codeEdit, "503/0999/REK/DPMPTSP/III/2026")
    qtbot.keyClick(tab.ui.codeEdit, Qt.Key.Key_Return)
    assert tab.ui.verdictLabel.text() == "TIDAK TERDAFTAR" and not tab.verdict.genuine
    assert "503/0999/REK/DPMPTSP/III/2026 tidak terdaftar" in tab.ui.detailsLabel.text()
    assert tab.ui.codeEdit.selectedText() == "503/0999/REK/DPMPTSP/III/2026"  # the next scan replaces it
    assert not dialogs.shown  # a verdict, not a refusal
    checking = tab.check_file(tmp_path / "tidak-ada.pdf")
    assert not tab.ui.openPdfButton.isEnabled()
    checking.wait()
    assert tab.ui.verdictLabel.text() == "TIDAK DAPAT DIBACA" and "tidak-ada.pdf" in tab.ui.detailsLabel.text()
    assert not dialogs.shown and tab.ui.openPdfButton.isEnabled()  # said on screen, no box on top
