"""The preview of a received bundle before it is applied: who sent it, what it would add, replace or leave, and the
records both stations changed; "Terapkan" only when something would change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from kampar_desk.domain.bundles import KIND_LABELS
from kampar_desk.services.desk import Desk
from kampar_desk.services.sync import ImportPlan
from kampar_desk.ui.forms.ui_bundle_preview import Ui_BundlePreviewDialog
from kampar_desk.ui.style import WARNING_STYLE

AUDIT_EVENTS = "audit_events"
#: the table's columns after the kind: heading, what it means, the plan's count per kind
COUNT_COLUMNS = (
    ("Baru", "Belum ada di komputer ini: ditambahkan."),
    ("Diperbarui", "Versi di kiriman lebih baru: menggantikan yang ada di sini."),
    ("Sama", "Sudah ada di sini dalam bentuk yang sama: dibiarkan."),
    ("Tetap", "Versi di komputer ini lebih baru: dipertahankan."),
)
NOTHING_NEW = (
    "Semua isi kiriman ini sudah ada di komputer ini: tidak ada data yang berubah. Terapkan tetap mencatat kiriman "
    "ini dan menulis tanda terima untuk stasiun pengirim, sehingga kiriman berikutnya darinya lebih kecil."
)
ALREADY_RECEIVED = (
    "Kiriman ini sudah pernah diterima di komputer ini: tidak ada yang berubah. Bila tanda terimanya hilang, tulis "
    "lagi untuk stasiun pengirim."
)
RECEIPT_AGAIN = "Tulis tanda terima lagi"


def _count_item(value: int | str) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class BundlePreviewDialog(QDialog):
    """Shows an `ImportPlan`; accepted (the "Terapkan" button) means the officer asked to apply the bundle."""

    def __init__(self, desk: Desk, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.ui = Ui_BundlePreviewDialog()
        self.ui.setupUi(self)
        #: something would change: the bundle may be applied
        # a bundle with nothing new is still applied: it is recorded, and its receipt lets the sender's next shrink
        self.applicable = not plan.already_received
        bundle, manifest = plan.bundle, plan.bundle.manifest
        self.ui.senderLabel.setText(f"<b>{bundle.sender.name}</b> ({bundle.sender.office_code})")
        self.ui.fingerprintLabel.setText(bundle.sender.fingerprint)
        span = (
            "seluruh data stasiun pengirim"
            if manifest.since is None
            else f"perubahan sejak {desk.to_local(manifest.since):%d-%m-%Y %H:%M}"
        )
        self.ui.rangeLabel.setText(
            f"{span} s.d. {desk.to_local(manifest.until):%d-%m-%Y %H:%M} "
            f"(dibuat {desk.to_local(manifest.created_at):%d-%m-%Y %H:%M}; berkas PDF surat: {bundle.letter_files})"
        )
        self.ui.pathLabel.setText(str(bundle.path))
        self.ui.summaryLabel.setText(self._summary())
        if not self.applicable or not plan.changes:
            self.ui.summaryLabel.setStyleSheet(WARNING_STYLE)
        self._fill_counts()
        self._fill_conflicts()
        if plan.already_received:  # nothing was compared: a table of zeros would mislead
            self.ui.countsTable.hide()
            self.ui.conflictsBox.hide()
            self.resize(self.width(), self.sizeHint().height())
        self.apply_button: QPushButton | None = None
        buttons = self.ui.buttonBox
        if self.applicable:
            self.apply_button = buttons.addButton("Terapkan", QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
            self.apply_button.setDefault(True)
        else:  # importing the same file again changes nothing and writes its receipt anew
            buttons.addButton(RECEIPT_AGAIN, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton("Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _summary(self) -> str:
        plan = self.plan
        if plan.already_received:
            return ALREADY_RECEIVED
        if not plan.changes:
            return NOTHING_NEW
        added, updated = sum(plan.new.values()), sum(plan.updated.values())
        return (
            f"Bila diterapkan: {added} catatan baru, {updated} diperbarui, {plan.new_events} peristiwa log audit "
            "stasiun pengirim. Semuanya diterapkan sekaligus, atau tidak sama sekali bila ada yang gagal. "
            "Sesudahnya tanda terima untuk stasiun pengirim ditulis di folder berkas kiriman ini."
        )

    def _fill_counts(self) -> None:
        plan, table = self.plan, self.ui.countsTable
        kinds = [kind for kind in KIND_LABELS if kind != AUDIT_EVENTS]
        table.setColumnCount(1 + len(COUNT_COLUMNS))
        table.setHorizontalHeaderLabels(["Jenis catatan", *(heading for heading, _ in COUNT_COLUMNS)])
        for column, (_heading, meaning) in enumerate(COUNT_COLUMNS, start=1):
            header = table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(meaning)
        table.setRowCount(len(kinds) + 1)
        for row, kind in enumerate(kinds):
            table.setItem(row, 0, QTableWidgetItem(KIND_LABELS[kind]))
            counts = (plan.new[kind], plan.updated[kind], plan.unchanged[kind], plan.kept[kind])
            for column, count in enumerate(counts, start=1):
                table.setItem(row, column, _count_item(count))
        events = len(kinds)
        table.setItem(events, 0, QTableWidgetItem("Peristiwa log audit stasiun lain"))
        table.setItem(events, 1, _count_item(plan.new_events))
        for column in range(2, table.columnCount()):
            table.setItem(events, column, _count_item("-"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        # the whole table without scrolling: every kind is always listed
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setMinimumHeight(rows + header.sizeHint().height() + 2 * table.frameWidth())

    def _fill_conflicts(self) -> None:
        conflicts = self.plan.conflicts
        self.ui.conflictsBox.setTitle(f"Konflik ({len(conflicts)})")
        listing = self.ui.conflictsList
        for conflict in conflicts:
            listing.addItem(QListWidgetItem(conflict.describe()))
        if not conflicts:
            self.ui.conflictsHelp.setText("Tidak ada konflik: tidak ada catatan yang diubah di kedua stasiun.")
            listing.hide()
