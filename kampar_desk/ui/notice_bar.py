"""The last thing the desk did, kept in view at the bottom of the window with a way to open or reprint its paper."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kampar_desk.ui.feedback import show_info
from kampar_desk.ui.operations import Notice, Operations
from kampar_desk.ui.style import ERROR_COLOR, GOOD_COLOR


class NoticeBar(QWidget):
    """Shows each `Operations.announced` notice until the next one: a status message that never vanishes unread."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.notice: Notice | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("noticeLabel")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton("Buka", self)
        self.open_button.setObjectName("noticeOpenButton")
        self.open_button.setToolTip("Buka dokumen ini di pembaca PDF")
        self.reprint_button = QPushButton("Cetak ulang", self)
        self.reprint_button.setObjectName("noticeReprintButton")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.reprint_button)
        self.open_button.clicked.connect(self.open_paper)
        self.reprint_button.clicked.connect(self.reprint)
        ops.announced.connect(self.show_notice)
        self.show_notice(None)

    def show_notice(self, notice: Notice | None) -> None:
        self.notice = notice
        has_paper = notice is not None and notice.paper is not None
        self.open_button.setVisible(has_paper)
        self.reprint_button.setVisible(has_paper)
        if notice is None:
            self.label.clear()
            return
        color = ERROR_COLOR if notice.warning else GOOD_COLOR
        self.label.setStyleSheet(f"color: {color};")
        self.label.setText(notice.text)
        self.label.setToolTip(f"{notice.text}\n{notice.paper}" if notice.paper else notice.text)

    def open_paper(self) -> None:
        if self.notice is not None and self.notice.paper is not None and not self.ops.open_paper(self.notice.paper):
            show_info(
                self,
                "Dokumen tidak dapat dibuka",
                f"Tidak ada aplikasi pembaca PDF yang dapat membuka dokumen ini. Dokumennya tersimpan di:\n"
                f"{self.notice.paper}",
            )

    def reprint(self) -> None:
        if self.notice is not None and self.notice.paper is not None:
            self.ops.reprint(self, self.notice.paper, self.notice.paper_title)
