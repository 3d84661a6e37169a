from PySide6.QtCore import Qt

from kampar_desk.domain.roles import Role
from kampar_desk.services import intake, process
from tests.conftest import intake_form
from tests.ui.conftest import sign_in


def test_scanner_input_opens_the_file_with_its_timeline(qtbot, window, desk, officers):
    fo = officers[Role.FRONT_OFFICE]
    first = intake.register_application(desk, fo, intake_form(desk))
    intake.register_application(desk, fo, intake_form(desk, nik="1401025708850004", name="Ahmad Rahman"))
    process.verify(desk, officers[Role.VERIFIER], first.detail.summary.id, compliant=True, technical_review_needed=True)
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.trackingPage)
    tab = window.tracking
    # A USB scanner is a keyboard: it types the code and presses Enter.
    qtbot.keyClicks(tab.ui.searchEdit, "KPR-2026-000001")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1
    assert tab.current.number == "KPR-2026-000001"
    assert "Kajian teknis" in tab.ui.detailLabel.text()
    steps = [tab.ui.timelineTable.item(r, 2).text() for r in range(tab.ui.timelineTable.rowCount())]
    assert steps == ["Daftarkan berkas lengkap", "Verifikasi kesesuaian"]
    assert tab.ui.timelineTable.item(1, 1).text() == "Rina Marlina"
    # The next scan replaces the previous one because the text stays selected.
    qtbot.keyClicks(tab.ui.searchEdit, "KPR-2026-000002")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.current.applicant_name == "Ahmad Rahman"


def test_name_search_marks_overdue_files_in_red_and_pages_lazily(qtbot, window, desk, officers, clock):
    fo = officers[Role.FRONT_OFFICE]
    for index in range(7):
        clock.advance(minutes=1)
        intake.register_application(
            desk, fo, intake_form(desk, nik=f"14010257088500{index + 10}", name=f"Siti Nomor {chr(65 + index)}")
        )
    clock.advance(days=30)
    sign_in(qtbot, window, "fo.siti")
    tab = window.tracking
    tab.model.page_size = 3
    qtbot.keyClicks(tab.ui.searchEdit, "siti")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 3 and tab.ui.resultLabel.text() == "3+ berkas untuk nama 'SITI'."
    index = tab.model.index(0, tab.model.COL_SLA)
    assert tab.model.data(index).startswith("Terlambat")
    assert tab.model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    while tab.model.canFetchMore(index.parent()):
        tab.model.fetchMore(index.parent())
    assert tab.model.rowCount() == 7
    names = [tab.model.summary(row).applicant_name for row in range(7)]
    assert names == [f"Siti Nomor {chr(65 + index)}" for index in reversed(range(7))]  # newest first, each once


def test_a_name_too_short_to_search_is_said_under_the_box_and_the_results_stay(qtbot, window, desk, officers, dialogs):
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, name="Siti Aminah"))
    sign_in(qtbot, window, "fo.siti")
    tab = window.tracking
    qtbot.keyClicks(tab.ui.searchEdit, "amin")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1
    tab.ui.searchEdit.setText("am")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert "paling sedikit tiga huruf" in tab.ui.resultLabel.text() and tab.model.rowCount() == 1
    assert not dialogs.shown


def test_returned_file_can_be_re_registered_from_tracking(qtbot, window, desk, officers):
    returned = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, missing=("ktp",)))
    sign_in(qtbot, window, "fo.siti")
    tab = window.tracking
    qtbot.keyClicks(tab.ui.searchEdit, returned.detail.number)
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.ui.reregisterButton.isEnabled()
    qtbot.mouseClick(tab.ui.reregisterButton, Qt.MouseButton.LeftButton)
    assert window.ui.tabs.currentWidget() is window.ui.intakePage
    assert window.intake.ui.nameEdit.text() == "Siti Rahmawati"
    assert window.intake.previous_id == returned.detail.summary.id


def test_reprint_goes_to_the_printer_and_says_where(qtbot, window, desk, officers, printers, dialogs):
    registered = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    sign_in(qtbot, window, "fo.siti")
    notices = []
    window.ops.announced.connect(notices.append)
    tab = window.tracking
    qtbot.keyClicks(tab.ui.searchEdit, "1")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    reprinting = tab.reprint()
    assert not tab.ui.reprintButton.isEnabled()  # the paper is read off the GUI thread; one reprint at a time
    reprinting.wait()
    assert printers.jobs and printers.jobs[-1].exists()
    (notice,) = notices
    assert notice.text.startswith("Tanda terima KPR-2026-000001: dicetak ke printer") and not notice.warning
    assert notice.paper == registered.paper and tab.ui.reprintButton.isEnabled()
    assert not dialogs.shown


def test_no_printer_installed_saves_the_pdf_and_tells_where(qtbot, desk, officers, dialogs):
    from kampar_desk.ui.main_window import MainWindow
    from kampar_desk.ui.printing import DocumentPrinter

    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    window = MainWindow(desk, DocumentPrinter(lambda name: None))
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, "fo.siti")
    notices = []
    window.ops.announced.connect(notices.append)
    window.tracking.ui.searchEdit.setText("KPR-2026-000001")
    window.tracking.search()
    window.tracking.reprint().wait()
    (notice,) = notices
    assert notice.warning and notice.text.startswith(
        "Tanda terima KPR-2026-000001: tidak ada printer yang terpasang; dokumen tersimpan sebagai "
    )
    assert notice.text.endswith("KPR-2026-000001-tanda-terima-a5.pdf")  # the name; the whole path is behind "Buka"
    assert notice.paper is not None and notice.paper.name == "KPR-2026-000001-tanda-terima-a5.pdf"
