"""Official letters per Tata Naskah Dinas: kop, Nomor/Sifat/Lampiran/Hal, addressee, body, signature, tembusan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.services.documents.codes import QUIET_ZONE_MODULES, QrFlowable, draw_code128, qr_matrix
from kampar_desk.services.documents.layout import PAGE_SPECS, PageSpec, Styles, build_pdf, escape, letterhead
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
    qr_text: str  # the seal, or the verification page's URL carrying it
    signature_note: str
    check_line: str = ""  # beside the QR, in bold: how anyone holding the letter checks it


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
    """The signature on the right (jabatan, QR seal with how the letter is signed, name, pangkat, NIP); below it,
    from the left margin, the tembusan (Tata Naskah Dinas)."""
    note = ParagraphStyle(
        "note",
        parent=styles.small,
        textColor=colors.Color(0.25, 0.25, 0.25),
        fontSize=styles.base * 0.7,
        leading=styles.base * 0.85,
    )
    right_width = width * 0.56
    size = qr_size(page.qr_text)
    beside_qr = [Paragraph(escape(page.signature_note), note)]
    if page.check_line:
        beside_qr.append(Paragraph(f"<b>{escape(page.check_line)}</b>", note))
    signature = [
        Paragraph(f"<b>{escape(page.signer_title)}</b>", styles.body),
        Spacer(1, 1 * mm),
        Table(
            [[QrFlowable(page.qr_text, size), beside_qr]],
            colWidths=[size + 2 * mm, right_width - size - 2 * mm],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        ),
        Spacer(1, 1 * mm),
        Paragraph(f"<u><b>{escape(page.signer_name)}</b></u>", styles.body),
        Paragraph(escape(page.signer_rank), styles.body),
        Paragraph(f"NIP. {escape(page.signer_nip)}", styles.body),
    ]
    signed = Table([["", signature]], colWidths=[width - right_width, right_width])
    signed.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    block: list[Flowable] = [Spacer(1, 1 * mm), signed]
    if page.tembusan:
        block += [Spacer(1, 3 * mm), Paragraph("<u>Tembusan:</u>", styles.small)]
        block += [Paragraph(f"{i}. {escape(t)}", styles.small) for i, t in enumerate(page.tembusan, start=1)]
    return block


#: A phone camera reads modules of this size at arm's length; the QR grows with its content (a verification URL
#: holds more than the bare seal) rather than shrinking its modules.
QR_MODULE = 0.38 * mm
QR_MIN_SIZE = 23 * mm


def qr_size(text: str) -> float:
    """The printed width of the letter's QR, quiet zone included."""
    return max(QR_MIN_SIZE, (len(qr_matrix(text)) + 2 * QUIET_ZONE_MODULES) * QR_MODULE)


def _number_barcode(page: LetterPage, spec: PageSpec) -> Callable[[Canvas], None]:
    """The letter number as Code128 in the bottom margin of every page, with the number under it: out of the
    text's way, so the signature and its tembusan keep their room. Full width: a letter number is long, and a
    scanner needs modules of at least 0.3 mm."""

    def draw(canvas: Canvas) -> None:
        width = spec.frame_width * 0.9
        draw_code128(canvas, page.number, (spec.width - width) / 2, 9 * mm, width, 7 * mm)
        canvas.setFont("Helvetica", 7)
        canvas.drawCentredString(spec.width / 2, 5.5 * mm, page.number)

    return draw


def letter_pdf(page: LetterPage) -> bytes:
    spec = PAGE_SPECS[PaperLayout.A4]
    styles = Styles(10)
    justified = ParagraphStyle("justified", parent=styles.body, alignment=TA_JUSTIFY, spaceAfter=2 * mm)
    width = spec.frame_width
    story: list[Flowable] = letterhead(page.office, spec, styles)
    story += [_header(page, width, styles), Spacer(1, 4 * mm)]
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
    return build_pdf(
        story,
        spec,
        page.title,
        page.office.short_name,
        number_later_pages=True,
        decorate_page=_number_barcode(page, spec),
    )
