import hashlib
from datetime import date

import pytest

from kampar_desk.domain.errors import PermissionDenied, TransitionNotAllowed, ValidationError
from kampar_desk.domain.letters import LetterKind, check_number_template, format_letter_number
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.services import authenticity, intake, letters, process
from kampar_desk.services.applications import get_application
from tests.conftest import intake_form
from tests.pdf_tools import decode_codes, page_sizes_mm, pdf_text, render_page


def approved_file(desk, officers, clock, nik="1401025708850003", review=True):
    clock.local(2026, 3, 16, 9)
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=nik))
    app_id = detail.summary.id
    process.verify(desk, officers[Role.VERIFIER], app_id, True, technical_review_needed=review)
    if review:
        clock.local(2026, 3, 18, 9)
        process.record_technical_review(desk, officers[Role.VERIFIER], app_id, "Layak", date(2026, 3, 17))
    clock.local(2026, 3, 25, 10)
    process.approve(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    return app_id


def test_letter_number_template_and_roman_month():
    assert (
        format_letter_number(
            "{klasifikasi}/{urut:04d}/{jenis}/DPMPTSP/{bulan_romawi}/{tahun}",
            "503",
            7,
            LetterKind.RECOMMENDATION,
            date(2026, 11, 3),
        )
        == "503/0007/REK/DPMPTSP/XI/2026"
    )
    for bad, fragment in (
        ("{klasifikasi}/{urut}/{tahun}", "{jenis}"),
        ("{urut}/{jenis}/{tahun}/{kota}", "kota"),
        ("{urut/{jenis}/{tahun}", "tidak dapat dibaca"),
        ("{urut}|{jenis}|{tahun}", "|"),
    ):
        with pytest.raises(
            ValidationError, match="|".join([fragment.replace("|", r"\|").replace("{", r"\{").replace("}", r"\}")])
        ):
            check_number_template(bad)


def test_recommendation_letter_reads_right_and_proves_itself(qapp, desk, officers, clock):
    app_id = approved_file(desk, officers, clock)
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    assert letter.number == "503/0001/REK/DPMPTSP/III/2026"
    assert get_application(desk, app_id).status == Status.ISSUED
    assert (
        letter.path.is_relative_to(desk.paths.letters_dir) and letter.path.name == "503-0001-REK-DPMPTSP-III-2026.pdf"
    )
    assert page_sizes_mm(letter.path) == [(210.0, 297.0)]
    text = " ".join(pdf_text(letter.path).split())
    for expected in (
        "PEMERINTAH KABUPATEN KAMPAR",
        "Nomor : 503/0001/REK/DPMPTSP/III/2026",
        "Sifat : Biasa",
        "Lampiran : -",
        "Hal : Rekomendasi Bantuan Pengiriman Pelatih Anak Putus Sekolah",
        "Bangkinang, 25 Maret 2026",
        "Yth. Saudara/i Siti Rahmawati",
        "nomor pendaftaran KPR-2026-000001",
        "kajian teknis oleh Dinas Sosial",
        "Undang-Undang Nomor 11 Tahun 2009",
        "Keputusan Bupati Kampar Nomor 503-236/I/2022",
        "REKOMENDASI kepada",
        "1401025708850003",
        "Batu Belah",
        "HAMBALI, SE, MBA, MH",
        "Pembina Utama Muda",
        "NIP. 19681024 200003 1 002",
        "Tembusan",
        "Bupati Kampar",
        "tidak tersertifikasi",
    ):
        assert expected in text, expected
    codes = decode_codes(render_page(letter.path, dpi=250))
    assert codes["Code128"] == letter.number
    assert codes["QRCode"] == letter.payload
    assert authenticity.verify_seal(desk, codes["QRCode"]).headline == "ASLI"
    pades = authenticity.check_pades(letter.path.read_bytes(), authenticity.trust_roots(desk))
    assert pades.present and pades.intact and pades.trusted and pades.covers_whole_file
    assert hashlib.sha256(letter.path.read_bytes()).hexdigest() == letter.sha256


def test_each_kind_of_tampering_is_caught(desk, officers, clock):
    letter = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock))
    payload = letter.payload
    assert authenticity.verify_seal(desk, payload).genuine
    for index in (10, 25, 40, len(payload) - 5):  # key id, letter number, registration, signature
        changed = payload[:index] + ("X" if payload[index] != "X" else "Y") + payload[index + 1 :]
        assert not authenticity.verify_seal(desk, changed).genuine, index
    assert authenticity.verify_seal(desk, "https://contoh.palsu/surat").headline == "TIDAK DIKENALI"
    data = bytearray(letter.path.read_bytes())
    for offset in (len(data) // 3, len(data) // 2, len(data) - 200):
        altered = bytearray(data)
        altered[offset] ^= 0x01
        assert not authenticity.verify_pdf(desk, bytes(altered)).genuine, offset
    assert authenticity.verify_pdf(desk, bytes(data)).genuine


def test_rejection_letter_states_the_reason(desk, officers, clock):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    process.verify(desk, officers[Role.VERIFIER], detail.summary.id, False, "SKTM sudah kedaluwarsa")
    process.reject(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id, "SKTM sudah kedaluwarsa")
    letter = letters.issue_rejection(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id)
    assert letter.number.startswith("503/0001/TLK/DPMPTSP/")
    text = " ".join(pdf_text(letter.path).split())
    assert "Penolakan Permohonan Rekomendasi Bantuan" in text and "dengan alasan: SKTM sudah kedaluwarsa" in text
    with pytest.raises(TransitionNotAllowed, match="sudah terbit"):
        letters.issue_rejection(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id)


def test_cover_letter_goes_to_the_technical_agency(desk, officers, clock):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    with pytest.raises(TransitionNotAllowed):
        letters.issue_cover_letter(desk, officers[Role.VERIFIER], detail.summary.id)
    process.verify(desk, officers[Role.VERIFIER], detail.summary.id, True, technical_review_needed=True)
    cover = letters.issue_cover_letter(desk, officers[Role.VERIFIER], detail.summary.id)
    text = " ".join(pdf_text(cover.path).split())
    assert cover.kind == LetterKind.COVER and "/PGT/" in cover.number
    assert "Yth. Kepala Dinas Sosial Kabupaten Kampar" in text and "Lampiran : 1 (satu) berkas" in text
    assert "Permohonan Kajian Teknis" in text


def test_numbers_are_yearly_per_kind_and_a_cancelled_number_is_never_reused(desk, officers, clock):
    first = letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock))
    with pytest.raises(PermissionDenied):
        letters.cancel_letter(desk, officers[Role.FRONT_OFFICE], first.id, "salah ketik")
    with pytest.raises(ValidationError, match="Alasan"):
        letters.cancel_letter(desk, officers[Role.SIGNING_OFFICIAL], first.id, " ")
    cancelled = letters.cancel_letter(desk, officers[Role.SIGNING_OFFICIAL], first.id, "Salah nama pemohon")
    assert cancelled.cancelled and cancelled.cancel_reason == "Salah nama pemohon"
    verdict = authenticity.verify_seal(desk, first.payload)
    assert not verdict.genuine and verdict.headline == "DIBATALKAN"
    second = letters.issue_recommendation(
        desk,
        officers[Role.SIGNING_OFFICIAL],
        approved_file(desk, officers, clock, nik="1401025708850004", review=False),
    )
    assert second.number == "503/0002/REK/DPMPTSP/III/2026"
    register = letters.register(desk, 2026)
    assert [(r.number, r.status) for r in register] == [
        ("503/0001/REK/DPMPTSP/III/2026", "cancelled"),
        ("503/0002/REK/DPMPTSP/III/2026", "issued"),
    ]


def test_only_the_signing_official_issues_and_only_approved_files(desk, officers, clock):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk))
    with pytest.raises(PermissionDenied):
        letters.issue_recommendation(desk, officers[Role.VERIFIER], detail.summary.id)
    with pytest.raises(TransitionNotAllowed):
        letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id)
    assert letters.letters_of(desk, detail.summary.id) == []
