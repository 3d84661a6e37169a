"""Standar Pelayanan, read-only, as published; printable as a notice for the counter."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from kampar_desk.domain.standard import ServiceStandard
from kampar_desk.services.intake_documents import ArchivedDocument, standard_notice
from kampar_desk.ui.forms.ui_standard_tab import Ui_StandardTab
from kampar_desk.ui.operations import Operation, Operations


def _items(values: tuple[str, ...]) -> str:
    return "<ol>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ol>"


def standard_html(s: ServiceStandard) -> str:
    evaluation = (
        "<ol>"
        + "".join(
            f"<li>{escape(e.text)}"
            + ("<ul>" + "".join(f"<li>{escape(d)}</li>" for d in e.details) + "</ul>" if e.details else "")
            + "</li>"
            for e in s.evaluation
        )
        + "</ol>"
    )
    rows = [
        ("Dasar hukum", _items(s.legal_basis)),
        ("Persyaratan", _items(tuple(r.text for r in s.requirements))),
        ("Sistem, mekanisme dan prosedur", _items(s.procedure_steps)),
        ("Jangka waktu penyelesaian", escape(s.time_limit_text)),
        ("Biaya/tarif", escape(s.fee_text)),
        ("Produk pelayanan", escape(s.product)),
        ("Sarana, prasarana, dan/atau fasilitas", _items(s.facilities)),
        ("Kompetensi pelaksana", _items(s.competencies)),
        ("Pengawasan internal", escape(s.supervision_intro) + _items(s.supervision)),
        ("Penanganan pengaduan, saran, dan masukan", _items(tuple(c.text for c in s.complaint_channels))),
        ("Jumlah pelaksana", escape(s.staff_count_text)),
        ("Jaminan pelayanan", _items(s.service_guarantees)),
        ("Jaminan keamanan dan keselamatan pelayanan", _items(s.security_guarantees)),
        ("Evaluasi kinerja pelaksana", evaluation),
    ]
    body = "".join(
        f"<tr><td valign='top'>{i}.</td><td valign='top'><b>{escape(name)}</b></td><td>{value}</td></tr>"
        for i, (name, value) in enumerate(rows, start=1)
    )
    return (
        f"<h2>Standar Pelayanan {escape(s.name)}</h2>"
        f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr><th>No.</th><th>Komponen</th><th>Uraian</th></tr>{body}</table>"
    )


class StandardTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, ops.desk
        self.ui = Ui_StandardTab()
        self.ui.setupUi(self)
        for standard in self.desk.catalog.values():
            self.ui.serviceCombo.addItem(standard.name, standard.code)
        self.ui.serviceCombo.currentIndexChanged.connect(self.show_standard)
        self.ui.printButton.clicked.connect(self.print_notice)
        self.show_standard()

    def show_standard(self) -> None:
        self.ui.standardView.setHtml(standard_html(self.desk.catalog[self.ui.serviceCombo.currentData()]))

    def print_notice(self) -> Operation:
        """The notice is made off the GUI thread (with the office's current letterhead), then printed."""
        desk, code = self.desk, self.ui.serviceCombo.currentData()

        def print_it(document: ArchivedDocument) -> None:
            self.ops.reprint(self, document.path, document.title)

        return self.ops.run(
            self,
            lambda _officer: standard_notice(desk, code),
            done=print_it,
            slow=True,
            changes=False,
            triggers=(self.ui.printButton,),
        )
