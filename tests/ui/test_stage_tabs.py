"""A file walked through Verifikasi, Pemeriksaan and Penerbitan in the real widgets, to approval and to rejection."""

from PySide6.QtCore import QDate, Qt

from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.services import authenticity, intake, letters
from kampar_desk.services.applications import find_by_number
from tests.conftest import PASSWORD, intake_form
from tests.pdf_tools import decode_codes, pdf_text, render_page
from tests.ui.conftest import sign_in


def switch(qtbot, window, username):
    window.sign_out(ask=False)
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.officer.username == username


def open_stage(window, stage, number):
    page = {
        window.verification: window.ui.verificationPage,
        window.review: window.ui.reviewPage,
        window.issuance: window.ui.issuancePage,
    }[stage]
    window.ui.tabs.setCurrentWidget(page)
    stage.refresh()
    stage.select_number(number)
    assert stage.detail.number == number


def test_approval_path_through_the_widgets(qtbot, window, desk, officers, printers, clock):
    clock.local(2026, 3, 16, 9)
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    sign_in(qtbot, window, "verif.rina")
    stage = window.verification
    open_stage(window, stage, "KPR-2026-000001")
    assert stage.ui.actionStack.currentWidget() is stage.ui.verifyPage
    stage.ui.checklistTable.item(1, 2).setText("SKTM asli, masih berlaku")
    stage.ui.reviewCheck.setChecked(True)
    qtbot.mouseClick(stage.ui.verifyButton, Qt.MouseButton.LeftButton)
    window.ops.settle()  # with the cover letter, a paper: on a worker
    detail = find_by_number(desk, "KPR-2026-000001")
    assert detail.status == Status.IN_TECHNICAL_REVIEW
    assert detail.checklist[1].verification_note == "SKTM asli, masih berlaku"
    cover = letters.letters_of(desk, detail.summary.id)[0]
    assert "Permohonan Kajian Teknis" in " ".join(pdf_text(cover.path).split())
    assert printers.jobs  # the cover letter went to the printer
    clock.local(2026, 3, 19, 10)
    open_stage(window, window.review, "KPR-2026-000001")
    review = window.review
    assert review.ui.actionStack.currentWidget() is review.ui.reviewPage
    qtbot.keyClicks(review.ui.reviewResultEdit, "Layak direkomendasikan")
    review.ui.reviewDateEdit.setDate(QDate(2026, 3, 18))
    qtbot.mouseClick(review.ui.recordReviewButton, Qt.MouseButton.LeftButton)
    assert find_by_number(desk, "KPR-2026-000001").status == Status.AWAITING_DECISION
    switch(qtbot, window, "kadis")
    open_stage(window, window.review, "KPR-2026-000001")
    assert window.review.ui.actionStack.currentWidget() is window.review.ui.decisionPage
    qtbot.mouseClick(window.review.ui.approveButton, Qt.MouseButton.LeftButton)
    open_stage(window, window.issuance, "KPR-2026-000001")
    issuance = window.issuance
    assert issuance.ui.actionStack.currentWidget() is issuance.ui.issuePage
    qtbot.mouseClick(issuance.ui.issueButton, Qt.MouseButton.LeftButton)
    window.ops.settle()
    issued = find_by_number(desk, "KPR-2026-000001")
    assert issued.status == Status.ISSUED
    letter = next(r for r in letters.letters_of(desk, issued.summary.id) if r.kind.value == "recommendation")
    codes = decode_codes(render_page(printers.jobs[-1], dpi=250))  # read back from what the printer received
    assert codes["QRCode"] == letter.payload and codes["Code128"] == letter.number
    assert authenticity.verify_seal(desk, codes["QRCode"]).genuine
    switch(qtbot, window, "serah.yusuf")
    open_stage(window, window.issuance, "KPR-2026-000001")
    handover = window.issuance
    assert handover.ui.actionStack.currentWidget() is handover.ui.surveyPage
    dialog = handover.open_paper_survey()
    dialog.set_answers((4, 4, 3, 4, 4, 4, 4, 3, 4))
    dialog.save()
    assert handover.ui.actionStack.currentWidget() is handover.ui.handoverPage
    qtbot.keyClicks(handover.ui.receivedByEdit, "Siti Rahmawati")
    qtbot.mouseClick(handover.ui.handOverButton, Qt.MouseButton.LeftButton)
    done = find_by_number(desk, "KPR-2026-000001")
    assert done.status == Status.HANDED_OVER and done.handed_over_to == "Siti Rahmawati"


def test_rejection_path_and_the_refusals_on_the_way(qtbot, window, desk, officers, dialogs):
    intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    sign_in(qtbot, window, "verif.rina")
    open_stage(window, window.verification, "KPR-2026-000001")
    stage = window.verification
    stage.ui.notCompliantRadio.setChecked(True)
    qtbot.mouseClick(stage.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning")[-1] == "Alasan ketidaksesuaian wajib diisi."
    stage.ui.verifyNoteEdit.setPlainText("SKTM sudah kedaluwarsa")
    qtbot.mouseClick(stage.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert find_by_number(desk, "KPR-2026-000001").status == Status.AWAITING_DECISION
    open_stage(window, window.review, "KPR-2026-000001")
    assert window.review.ui.actionStack.currentWidget() is window.review.ui.donePage  # a verifier may not decide
    window.review.approve()  # and if it were reached anyway, the service refuses
    assert "Pejabat Penandatangan" in dialogs.texts("warning")[-1]
    switch(qtbot, window, "kadis")
    open_stage(window, window.review, "KPR-2026-000001")
    window.review.ui.decisionNoteEdit.setPlainText("SKTM sudah kedaluwarsa; ajukan kembali dengan SKTM baru")
    qtbot.mouseClick(window.review.ui.rejectButton, Qt.MouseButton.LeftButton)
    assert find_by_number(desk, "KPR-2026-000001").status == Status.REJECTED
    open_stage(window, window.issuance, "KPR-2026-000001")
    assert "ditolak" in window.issuance.ui.issueLabel.text()
    qtbot.mouseClick(window.issuance.ui.issueButton, Qt.MouseButton.LeftButton)
    window.ops.settle()
    letter = letters.letters_of(desk, find_by_number(desk, "KPR-2026-000001").summary.id)[-1]
    assert letter.kind.value == "rejection"
    assert "ajukan kembali dengan SKTM baru" in " ".join(pdf_text(letter.path).split())
    window.issuance.refresh()
    assert window.issuance.model.rowCount() == 0  # nothing left to issue


def test_cek_keaslian_reads_a_scanned_seal_and_a_pdf(qtbot, window, desk, officers, clock, tmp_path):
    from tests.services.test_letters import approved_file

    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock))
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.authenticityPage)
    tab = window.authenticity
    qtbot.keyClicks(tab.ui.codeEdit, letter.payload)
    qtbot.keyClick(tab.ui.codeEdit, Qt.Key.Key_Return)
    assert tab.ui.verdictLabel.text() == "ASLI" and letter.number in tab.ui.detailsLabel.text()
    forged = letter.payload.replace("KPR-2026-000001", "KPR-2026-000002")
    tab.ui.codeEdit.setText(forged)
    tab.check_text()
    assert tab.ui.verdictLabel.text() == "PALSU ATAU DIUBAH" and "#b00020" in tab.ui.verdictLabel.styleSheet()
    tab.ui.codeEdit.setText(letter.number)
    tab.check_text()
    assert tab.verdict.genuine
    altered = tmp_path / "surat.pdf"
    content = bytearray(letter.path.read_bytes())
    content[len(content) // 2] ^= 0x01
    altered.write_bytes(bytes(content))
    tab.check_file(altered).wait()  # the signature is checked off the GUI thread
    assert tab.ui.verdictLabel.text() == "TIDAK ASLI ATAU DIUBAH"
    tab.check_file(letter.path).wait()
    assert tab.ui.verdictLabel.text() == "ASLI"
