"""SKM on paper: the blank questionnaire for walk-ins who prefer paper, and the semester report (BAB I-V, charts)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.skm import EDUCATION, OCCUPATION, UNSUR
from kampar_desk.domain.texts import decimal_id, long_date
from kampar_desk.services.documents.layout import PAGE_SPECS, Styles, build_pdf, escape, letterhead, report_opening
from kampar_desk.services.records import OfficeRecord

if TYPE_CHECKING:
    from kampar_desk.services.complaints import ComplaintSummary
    from kampar_desk.services.survey import SkmPeriod

GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


def blank_questionnaire_pdf(office: OfficeRecord, service_name: str) -> bytes:
    spec = PAGE_SPECS[PaperLayout.A4]
    styles = Styles(9.5)
    box = "[  ]"
    story: list[Flowable] = letterhead(office, spec, styles)
    story += [
        Paragraph("KUESIONER SURVEI KEPUASAN MASYARAKAT", styles.title),
        Paragraph(f"Jenis layanan: {escape(service_name)}", styles.center),
        Spacer(1, 3 * mm),
    ]
    profile = [
        ["Tanggal survei", ": ....................", "Nomor berkas", ": ...................."],
        ["Umur", ": ........ tahun", "Jenis kelamin", f": {box} Laki-laki   {box} Perempuan"],
        ["Pendidikan", ": " + "  ".join(f"{box} {e}" for e in EDUCATION), "", ""],
        ["Pekerjaan", ": " + "  ".join(f"{box} {o}" for o in OCCUPATION), "", ""],
        ["Disabilitas", ": ........................................", "", ""],
    ]
    table = Table(profile, colWidths=[28 * mm, 62 * mm, 28 * mm, spec.frame_width - 118 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                ("SPAN", (1, 2), (3, 2)),
                ("SPAN", (1, 3), (3, 3)),
                ("SPAN", (1, 4), (3, 4)),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 3 * mm),
        Paragraph(
            "Berilah tanda silang (X) pada satu jawaban yang paling sesuai untuk setiap pertanyaan.", styles.small
        ),
        Spacer(1, 2 * mm),
    ]
    rows = []
    for number, unsur in enumerate(UNSUR, start=1):
        answers = "<br/>".join(
            f"{box} {chr(96 + v)}. {escape(label)}" for v, label in enumerate(unsur.answers, start=1)
        )
        rows.append(
            [
                Paragraph(str(number), styles.small),
                Paragraph(escape(unsur.question), styles.small),
                Paragraph(answers, styles.small),
            ]
        )
    questions = Table(
        [
            [
                Paragraph("<b>No</b>", styles.small),
                Paragraph("<b>Pertanyaan</b>", styles.small),
                Paragraph("<b>Jawaban</b>", styles.small),
            ],
            *rows,
        ],
        colWidths=[8 * mm, spec.frame_width * 0.55, spec.frame_width * 0.45 - 8 * mm],
        repeatRows=1,
    )
    questions.setStyle(GRID)
    story += [
        questions,
        Spacer(1, 3 * mm),
        Paragraph("Saran dan masukan:", styles.small),
        Spacer(1, 14 * mm),
        Paragraph("Terima kasih atas partisipasi Anda.", styles.center),
    ]
    return build_pdf(story, spec, "Kuesioner SKM", office.short_name)


def _bar_chart(
    labels: list[str],
    values: Sequence[float],
    width: float,
    height: float,
    title: str,
    top: float = 100,
    step: float = 25,
) -> Drawing:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 28, width - 40, height - 50  # pyright: ignore[reportAttributeAccessIssue] - any number; the stubs say int
    chart.data = [values]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.Color(0.11, 0.37, 0.13)
    chart.barLabelFormat = decimal_id if top == 100 else "%d"  # 76,63: the decimal comma on the bars too
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(width / 2, height - 12, title, fontSize=8.5, textAnchor="middle", fontName="Helvetica-Bold"))
    return drawing


def semester_report_pdf(
    office: OfficeRecord, service_name: str, period: SkmPeriod, previous: SkmPeriod | None
) -> bytes:
    """`period` and `previous` are survey.SkmPeriod (the previous one for the trend, may be None)."""
    spec = PAGE_SPECS[PaperLayout.A4]
    styles = Styles(10)
    width = spec.frame_width
    result = period.result
    heading = styles.bold
    story: list[Flowable] = letterhead(office, spec, styles)
    story += [
        Spacer(1, 20 * mm),
        Paragraph("LAPORAN<br/>SURVEI KEPUASAN MASYARAKAT (SKM)", styles.title),
        Spacer(1, 6 * mm),
        Paragraph(escape(service_name), styles.center),
        Paragraph(escape(office.name), styles.center),
        Spacer(1, 6 * mm),
        Paragraph(f"Periode {escape(period.label)}", styles.center),
        Paragraph(escape(period.station_label), styles.center),
        Spacer(1, 10 * mm),
    ]
    ikm_text = (
        f"{decimal_id(result.ikm)} ({result.grade} - {result.performance})"
        if result.ikm is not None
        else "belum ada data"
    )
    story += [Paragraph(f"Indeks Kepuasan Masyarakat: <b>{ikm_text}</b>", styles.center), PageBreak()]

    def chapter(title: str, paragraphs: list[tuple[str, str]]) -> None:
        story.append(Paragraph(title, styles.title))
        for sub, text in paragraphs:
            story.append(Paragraph(sub, heading))
            story.append(Paragraph(text, styles.body))
            story.append(Spacer(1, 2 * mm))

    chapter(
        "BAB I PENDAHULUAN",
        [
            (
                "1.1 Latar Belakang",
                f"Sesuai Standar Pelayanan {escape(service_name)}, setiap pemohon yang telah menerima "
                "produk layanan diminta mengisi kuesioner Survei Kepuasan Masyarakat secara elektronik atau kertas, "
                "dan hasilnya "
                "direkapitulasi setiap semester.",
            ),
            (
                "1.2 Dasar Pelaksanaan SKM",
                "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 "
                "Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.",
            ),
            (
                "1.3 Maksud dan Tujuan",
                "Mengukur tingkat kepuasan masyarakat atas pelayanan, mengetahui kelemahan dan "
                "kelebihan setiap unsur pelayanan, dan menjadi dasar perbaikan pelayanan.",
            ),
        ],
    )
    reached = "tercapai" if len(period.rows) >= period.required_sample else "belum tercapai"
    chapter(
        "BAB II PENGUMPULAN DATA SKM",
        [
            ("2.1 Pelaksana SKM", f"{escape(office.name)} {escape(office.government.title())}."),
            (
                "2.2 Metode Pengumpulan Data",
                "Kuesioner sembilan unsur (PermenPAN-RB 14/2017) diisi pemohon di kiosk "
                "layar sentuh loket atau pada lembar kuesioner kertas, sebelum surat diserahkan.",
            ),
            ("2.3 Lokasi Pengumpulan Data", f"Loket pelayanan {escape(office.short_name)}, {escape(office.address)}."),
            ("2.4 Waktu Pelaksanaan SKM", escape(period.label) + "."),
            (
                "2.5 Penentuan Jumlah Responden",
                f"Jumlah penerima layanan pada periode ini {period.recipients} orang; "
                f"menurut tabel Krejcie dan Morgan sampel minimal {period.required_sample} responden. Jumlah responden "
                f"{len(period.rows)} orang ({reached}); {period.declined} pemohon menolak mengisi.",
            ),
        ],
    )

    story += [
        PageBreak(),
        Paragraph("BAB III HASIL PENGOLAHAN DATA SKM", styles.title),
        Paragraph("3.1 Karakteristik Responden", heading),
    ]
    profile_rows = [["Karakteristik", "Kategori", "Jumlah"]]
    for group, counts in period.profile.items():
        for index, (category, count) in enumerate(counts.items()):
            profile_rows.append([group if index == 0 else "", category, str(count)])
    profile_table = Table(profile_rows, colWidths=[40 * mm, 60 * mm, 25 * mm], repeatRows=1)
    profile_table.setStyle(TableStyle([*GRID.getCommands(), ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5)]))
    story += [profile_table, Spacer(1, 4 * mm), Paragraph("3.2 Nilai per Unsur dan IKM", heading)]
    score_rows: list[list[str | Paragraph]] = [
        ["Kode", "Unsur", "Jumlah nilai", "Responden", "NRR", "Konversi", "Mutu"]
    ]
    for s in result.scores:
        nrr = decimal_id(s.nrr, 4)
        score_rows.append(
            [
                s.unsur.code,
                Paragraph(escape(s.unsur.name), styles.small),
                str(s.total),
                str(s.answered),
                nrr,
                decimal_id(s.converted),
                f"{s.grade} ({s.performance})" if s.converted else "-",
            ]
        )
    score_rows.append(
        [
            "",
            Paragraph("<b>IKM unit pelayanan</b>", styles.small),
            "",
            str(len(period.rows)),
            "",
            decimal_id(result.ikm),
            f"{result.grade} ({result.performance})",
        ]
    )
    scores = Table(
        score_rows, colWidths=[12 * mm, 55 * mm, 20 * mm, 20 * mm, 18 * mm, 18 * mm, width - 143 * mm], repeatRows=1
    )
    scores.setStyle(TableStyle([*GRID.getCommands(), ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5)]))
    story += [
        scores,
        Paragraph(
            "NRR = jumlah nilai dibagi responden yang menjawab unsur itu; IKM = rata-rata NRR (bobot 1/9) x 25, "
            "dibulatkan "
            "dua desimal (setengah ke atas) sebelum ditentukan mutunya: A 88,31-100; B 76,61-88,30; C 65,00-76,60; "
            "D 25,00-64,99. Urutan U8 Sarana, U9 Pengaduan mengikuti kuesioner.",
            styles.small,
        ),
    ]
    labels = [s.unsur.code for s in result.scores]
    story.append(
        _bar_chart(
            labels,
            [float(s.converted or 0) for s in result.scores],
            width,
            62 * mm,
            "Nilai konversi per unsur (25-100)",
        )
    )
    story += [Paragraph("3.3 Sebaran Jawaban per Unsur", heading)]
    charts = []
    for index, unsur in enumerate(UNSUR):
        counts = [sum(1 for r in period.rows if r["answers"][index] == value) for value in (1, 2, 3, 4)]
        top = max(4, max(counts) + 1)
        charts.append(
            _bar_chart(
                ["1", "2", "3", "4"],
                counts,
                width / 3 - 2,
                42 * mm,
                f"{unsur.code} {unsur.name[:26]}",
                top=top,
                step=max(1, top // 4),
            )
        )
    grid = Table([charts[i : i + 3] for i in range(0, 9, 3)], colWidths=[width / 3] * 3)
    story += [grid, PageBreak()]

    answered = [s for s in result.scores if s.nrr is not None]
    weakest = sorted(answered, key=lambda s: s.nrr or 0)[:3]
    strongest = sorted(answered, key=lambda s: s.nrr or 0, reverse=True)[:3]
    trend = "belum ada data periode sebelumnya"
    if previous is not None and previous.result.ikm is not None and result.ikm is not None:
        change = result.ikm - previous.result.ikm
        trend = (
            f"IKM periode sebelumnya {decimal_id(previous.result.ikm)}; "
            f"perubahan {'+' if change >= 0 else ''}{decimal_id(change)}"
        )
    chapter(
        "BAB IV ANALISIS HASIL SKM",
        [
            (
                "4.1 Kelemahan",
                "Unsur dengan nilai terendah: "
                + "; ".join(f"{s.unsur.code} {escape(s.unsur.name)} ({decimal_id(s.converted)})" for s in weakest)
                + "."
                if weakest
                else "Belum ada data.",
            ),
            (
                "4.2 Kelebihan",
                "Unsur dengan nilai tertinggi: "
                + "; ".join(f"{s.unsur.code} {escape(s.unsur.name)} ({decimal_id(s.converted)})" for s in strongest)
                + "."
                if strongest
                else "Belum ada data.",
            ),
            (
                "4.3 Rencana Tindak Lanjut",
                "Perbaikan diprioritaskan pada unsur terendah di atas; rencana rinci, penanggung "
                "jawab dan jadwalnya ditetapkan dalam rapat evaluasi pelayanan.",
            ),
            ("4.4 Tren", escape(trend) + "."),
        ],
    )
    conclusion = (
        f"Indeks Kepuasan Masyarakat periode {escape(period.label)} adalah <b>{decimal_id(result.ikm)}</b> dengan mutu "
        f"pelayanan <b>{result.grade}</b> dan kinerja unit pelayanan <b>{result.performance}</b>."
        if result.ikm is not None
        else "Belum ada kuesioner yang terisi pada periode ini."
    )
    chapter("BAB V KESIMPULAN", [("", conclusion)])
    story += [Paragraph("LAMPIRAN: Saran dan Masukan Responden", heading)]
    story += [Paragraph(f"{i}. {escape(s)}", styles.small) for i, s in enumerate(period.suggestions, start=1)] or [
        Paragraph("Tidak ada saran tertulis.", styles.small)
    ]
    story.append(
        Paragraph(
            f"Tabulasi jawaban per responden terdapat pada berkas xlsx laporan ini ({len(period.rows)} baris).",
            styles.small,
        )
    )
    return build_pdf(story, spec, f"Laporan SKM {period.label}", office.short_name)


def complaint_report_pdf(office: OfficeRecord, summary: ComplaintSummary) -> bytes:
    period = f"Periode {long_date(summary.start)} s.d. {long_date(summary.end)}"
    spec, styles, story = report_opening(office, "LAPORAN PENANGANAN PENGADUAN, SARAN DAN MASUKAN", period, 9.5)
    story.insert(-1, Paragraph(escape(summary.station_label), styles.center))  # below the period, above the space
    width = spec.frame_width
    median = (
        f"{decimal_id(summary.median_days_to_response, 1, trim=True)} hari kerja"
        if summary.median_days_to_response is not None
        else "-"
    )
    figures = [
        ["Pengaduan diterima", str(summary.received)],
        ["Sudah ditanggapi", str(summary.answered)],
        [f"Ditanggapi dalam {summary.limit_days} hari kerja", str(summary.answered_in_time)],
        ["Selesai", str(summary.closed)],
        ["Belum ditanggapi dan terlambat", str(summary.overdue_open)],
        ["Median waktu sampai tanggapan pertama", median],
    ]
    table = Table(figures, colWidths=[90 * mm, 40 * mm])
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 0), (-1, -1), "Helvetica", 9)])
    )
    story += [table, Spacer(1, 4 * mm)]
    for title, counts in (("Menurut saluran", summary.by_channel), ("Menurut status", summary.by_status)):
        rows = [[title, "Jumlah"], *[[k, str(v)] for k, v in counts.items()]] if counts else [[title, "0"]]
        part = Table(rows, colWidths=[90 * mm, 40 * mm])
        part.setStyle(GRID)
        story += [part, Spacer(1, 3 * mm)]
    detail: list[list[str | Paragraph]] = [["Nomor", "Diterima", "Saluran", "Pokok", "Status", "Hari kerja"]]
    for r in summary.records:
        detail.append(
            [
                r.number,
                f"{r.received_at:%d-%m-%Y}",
                r.channel_label,
                Paragraph(escape(r.subject), styles.small),
                r.status_label + (" (terlambat)" if r.overdue else ""),
                "-" if r.days_to_response is None else str(r.days_to_response),
            ]
        )
    table = Table(detail, colWidths=[26 * mm, 20 * mm, 28 * mm, width - 124 * mm, 32 * mm, 18 * mm], repeatRows=1)
    table.setStyle(TableStyle([*GRID.getCommands(), ("FONT", (0, 0), (-1, -1), "Helvetica", 8)]))
    story.append(table)
    return build_pdf(story, spec, "Laporan Pengaduan", office.short_name)
