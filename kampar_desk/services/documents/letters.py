"""Official letters per Tata Naskah Dinas: kop, Nomor/Sifat/Lampiran/Hal, addressee, body, signature, tembusan."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.services.documents.codes import Code128Flowable, QrFlowable
from kampar_desk.services.documents.layout import PAGE_SPECS, Styles, build_pdf, escape, letterhead
from kampar_desk.services.records import OfficeRecord


@dataclass(frozen=True)
class LetterPage:
    """A letter's content, already worded; the layout places it."""

    office: OfficeRecord
    title: str
    number: str
    place_date: str
    nature: str
    attachment: str
    subject: str
    addressee: str
    addressee_place: str
    opening: tuple[str, ...]
    listed: tuple[str, ...]
    statement: str
    person_rows: tuple[tuple[str, str], ...]
    closing: tuple[str, ...]
    signer_title: str
    signer_name: str
    signer_rank: str
    signer_nip: str
    tembusan: tuple[str, ...]
    seal_payload: str
    signature_note: str


def _header(page: LetterPage, width: float, styles: Styles) -> Table:
    right = ParagraphStyle("right", parent=styles.body, alignment=TA_RIGHT)
    rows = [
        ["Nomor", ":", Paragraph(escape(page.number), styles.body), Paragraph(escape(page.place_date), right)],
        [
            "Sifat",
            ":",
            Paragraph(escape(page.nature), styles.body),
            Paragraph(f"Yth. {escape(page.addressee)}", styles.body),
        ],
        ["Lampiran", ":", Paragraph(escape(page.attachment), styles.body), Paragraph("di", styles.body)],
        [
            "Hal",
            ":",
            Paragraph(f"<b>{escape(page.subject)}</b>", styles.body),
            Paragraph(f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(page.addressee_place)}", styles.body),
        ],
    ]
    table = Table(rows, colWidths=[20 * mm, 4 * mm, width * 0.5, width * 0.5 - 24 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (1, -1), "Helvetica", styles.base),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _persons(page: LetterPage, width: float, styles: Styles) -> Table:
    rows = [[Paragraph(escape(k), styles.body), ":", Paragraph(escape(v), styles.body)] for k, v in page.person_rows]
    table = Table(rows, colWidths=[44 * mm, 4 * mm, width - 48 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 10 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("FONT", (1, 0), (1, -1), "Helvetica", styles.base),
            ]
        )
    )
    return table


def _closing_block(page: LetterPage, width: float, styles: Styles) -> list[Flowable]:
    """Signature on the right (jabatan, QR seal, name, pangkat, NIP); letter-number barcode and tembusan on the left."""
    small = ParagraphStyle("sig-small", parent=styles.small, fontSize=styles.base * 0.75, leading=styles.base * 0.95)
    right_width = width * 0.56
    signature = [
        Paragraph(f"<b>{escape(page.signer_title)}</b>", styles.body),
        Spacer(1, 1.5 * mm),
        Table(
            [
                [
                    QrFlowable(page.seal_payload, 25 * mm),
                    Paragraph("Ditandatangani secara elektronik. Pindai kode QR untuk memeriksa keaslian.", small),
                ]
            ],
            colWidths=[27 * mm, right_width - 27 * mm],
            style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        ),
        Spacer(1, 1.5 * mm),
        Paragraph(f"<u><b>{escape(page.signer_name)}</b></u>", styles.body),
        Paragraph(escape(page.signer_rank), styles.body),
        Paragraph(f"NIP. {escape(page.signer_nip)}", styles.body),
    ]
    left: list[Flowable] = [Spacer(1, 4 * mm)]
    if page.tembusan:
        left += [Spacer(1, 3 * mm), Paragraph("<u>Tembusan:</u>", styles.small)]
        left += [Paragraph(f"{i}. {escape(t)}", styles.small) for i, t in enumerate(page.tembusan, start=1)]
    note = ParagraphStyle(
        "note",
        parent=styles.small,
        textColor=colors.Color(0.25, 0.25, 0.25),
        fontSize=styles.base * 0.7,
        leading=styles.base * 0.85,
    )
    left += [Spacer(1, 3 * mm), Paragraph(escape(page.signature_note), note)]
    table = Table([[left, signature]], colWidths=[width - right_width, right_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    # Full width: a letter number is long, and a scanner needs modules of at least 0.3 mm.
    barcode = Table(
        [[Code128Flowable(page.number, width * 0.9, 8 * mm)], [Paragraph(escape(page.number), styles.small)]],
        colWidths=[width],
        style=TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 0.5)]),
    )
    return [table, Spacer(1, 2 * mm), barcode]


def letter_pdf(page: LetterPage) -> bytes:
    spec = PAGE_SPECS[PaperLayout.A4]
    styles = Styles(10)
    justified = ParagraphStyle("justified", parent=styles.body, alignment=TA_JUSTIFY, spaceAfter=2 * mm)
    width = spec.frame_width
    story: list[Flowable] = letterhead(page.office, spec, styles)
    story += [_header(page, width, styles), Spacer(1, 4 * mm)]
    story.append(Spacer(1, 2 * mm))
    story += [Paragraph(escape(text), justified) for text in page.opening]
    if page.listed:
        numbered = ParagraphStyle(
            "numbered",
            parent=styles.small,
            leftIndent=14 * mm,
            firstLineIndent=-5 * mm,
            alignment=TA_JUSTIFY,
            leading=styles.base * 1.05,
        )
        story += [Paragraph(f"{i}. {escape(item)}", numbered) for i, item in enumerate(page.listed, start=1)]
        story.append(Spacer(1, 2 * mm))
    # The decision, whom it concerns and the signature stay on one page: if they do not fit after the legal basis,
    # they move together to a numbered second page rather than leaving the signature alone there.
    decision: list[Flowable] = []
    if page.statement:
        decision.append(Paragraph(escape(page.statement), justified))
    if page.person_rows:
        decision += [_persons(page, width, styles), Spacer(1, 2 * mm)]
    decision += [Paragraph(escape(text), justified) for text in page.closing]
    decision += _closing_block(page, width, styles)
    story.append(KeepTogether(decision))
    return build_pdf(story, spec, page.title, page.office.short_name, number_later_pages=True)
