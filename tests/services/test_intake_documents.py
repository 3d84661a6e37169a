from datetime import date

import pytest

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.roles import Role
from kampar_desk.services import intake, intake_documents
from tests.conftest import intake_form
from tests.pdf_tools import decode_codes, page_sizes_mm, pdf_text, render_page


@pytest.fixture
def received(desk, officers, clock):
    clock.local(2026, 3, 16, 9, 30)
    return intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail


@pytest.mark.parametrize(
    ("layout", "width_mm"), [(PaperLayout.A4, 210.0), (PaperLayout.A5, 148.0), (PaperLayout.RECEIPT_80MM, 80.0)]
)
def test_receipt_carries_everything_the_counter_promises(qapp, desk, received, layout, width_mm):
    document = intake_documents.intake_document(desk, received.summary.id, layout)
    assert document.path.is_relative_to(desk.paths.documents_dir)
    assert document.path.name == f"KPR-2026-000001-tanda-terima-{layout.value}.pdf"
    sizes = page_sizes_mm(document.path)
    assert len(sizes) == 1 and sizes[0][0] == width_mm
    text = pdf_text(document.path)
    for expected in (
        "PEMERINTAH KABUPATEN KAMPAR",
        "TANDA TERIMA BERKAS PERMOHONAN",
        "KPR-2026-000001",
        "Rekomendasi Bantuan Pengiriman Pelatih Anak Putus Sekolah",
        "Siti Rahmawati",
        "1401025708850003",
        "Desa Batu Belah",
        "0812-7646-0487",
        "Senin, 16 Maret 2026 pukul 09.30 WIB",
        "Senin, 30 Maret 2026",
        "5 (lima) hari kerja",
        "Rekomendasi Dinas Sosial Kabupaten Kampar",
        "Cara melacak berkas",
        "Siti Aminah",
    ):
        assert expected in " ".join(text.split()), expected
    codes = decode_codes(render_page(document.path))
    assert codes == {"QRCode": "KPR-2026-000001", "Code128": "KPR-2026-000001"}


def test_same_data_gives_the_same_bytes(desk, received):
    first = intake_documents.intake_document(desk, received.summary.id, PaperLayout.A5).path.read_bytes()
    second = intake_documents.intake_document(desk, received.summary.id, PaperLayout.A5).path.read_bytes()
    assert first == second


def test_return_slip_names_every_missing_item(qapp, desk, officers):
    returned = intake.register_application(
        desk, officers[Role.FRONT_OFFICE], intake_form(desk, missing=("sktm", "kartu-bantuan"))
    ).detail
    document = intake_documents.intake_document(desk, returned.summary.id, PaperLayout.A5)
    assert document.path.name == "KPR-2026-K00001-slip-pengembalian-a5.pdf"
    text = " ".join(pdf_text(document.path).split())
    assert "BERKAS DIKEMBALIKAN" in text
    assert "Surat Keterangan Tidak Mampu dari Kepala Desa atau Lurah" in text
    assert "Fotocopy Kartu-kartu Bantuan" in text
    assert "Foto copy KTP" not in text  # brought: not listed as missing
    assert text.count("TIDAK ADA") == 2
    assert decode_codes(render_page(document.path))["QRCode"] == "KPR-2026-K00001"


def test_configured_layout_is_the_default(desk, officers, received):
    from kampar_desk.services.settings import update_settings

    update_settings(desk, officers[Role.ADMIN], receipt_layout="receipt80")
    document = intake_documents.intake_document(desk, received.summary.id)
    assert document.layout == PaperLayout.RECEIPT_80MM and page_sizes_mm(document.path)[0][0] == 80.0
    assert received.summary.sla.due_on == date(2026, 3, 30)
