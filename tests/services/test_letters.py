import hashlib
import json
import shutil
from datetime import date

import pytest
from pypdf import PdfReader

from kampar_desk.domain.errors import PermissionDenied, TransitionNotAllowed, ValidationError
from kampar_desk.domain.letters import (
    LetterKind,
    LetterWordingError,
    check_number_template,
    format_letter_number,
    salutation,
)
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.paths import resource_path
from kampar_desk.services import authenticity, intake, letters, process
from kampar_desk.services.applications import get_application
from kampar_desk.services.letters import issuing
from kampar_desk.services.letters.wording import WORDING_FILES, load_wordings
from kampar_desk.store.database import database
from kampar_desk.store.models import AuditEvent, Counter, Letter
from tests.conftest import intake_form
from tests.pdf_tools import decode_codes, page_sizes_mm, pdf_text, render_page

MALE_NIK = "1401021708900002"  # born 17-08-1990; a woman's NIK carries the day + 40 (57 in the default form)


def approved_file(desk, officers, clock, nik="1401025708850003", review=True):
    clock.local(2026, 3, 16, 9)
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik=nik)).detail
    app_id = detail.summary.id
    process.verify(desk, officers[Role.VERIFIER], app_id, True, technical_review_needed=review)
    if review:
        clock.local(2026, 3, 18, 9)
        process.record_technical_review(desk, officers[Role.VERIFIER], app_id, "Layak", date(2026, 3, 17))
    clock.local(2026, 3, 25, 10)
    process.approve(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    return app_id


def rejected_file(desk, officers, reason="SKTM sudah kedaluwarsa", **applicant):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, **applicant)).detail
    process.verify(desk, officers[Role.VERIFIER], detail.summary.id, False, reason)
    process.reject(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id, reason)
    return detail.summary.id


def flat_text(path):
    return " ".join(pdf_text(path).split())


def text_heights(path) -> list[tuple[str, float, float]]:
    """(text, x, y) of every piece of text on the first page, in PDF points from the bottom left."""
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def position_of(pieces, start: str) -> tuple[float, float]:
    (x, y), *_ = [(x, y) for text, x, y in pieces if text.startswith(start)]
    return x, y


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


def test_the_addressee_is_sdr_or_sdri_from_the_nik():
    assert salutation("1401025708850003") == ("Sdri.", "Saudari")  # day 57 = 17 + 40: a woman
    assert salutation(MALE_NIK) == ("Sdr.", "Saudara")
    assert salutation("1401024108850003").short == "Sdri."  # the 1st of the month, a woman
    assert salutation("1401023108850003").short == "Sdr."  # the 31st, a man
    with pytest.raises(ValueError):
        salutation("14010257088500")


def test_recommendation_letter_reads_right_and_proves_itself(qapp, desk, officers, clock):
    app_id = approved_file(desk, officers, clock)
    issued = letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    letter = issued.letter
    assert letter.kind == LetterKind.RECOMMENDATION and letter.number == "503/0001/REK/DPMPTSP/III/2026"
    assert issued.detail.status == Status.ISSUED and issued.detail.issued_on == date(2026, 3, 25)
    assert get_application(desk, app_id).status == Status.ISSUED
    assert (
        letter.path.is_relative_to(desk.paths.letters_dir) and letter.path.name == "503-0001-REK-DPMPTSP-III-2026.pdf"
    )
    assert page_sizes_mm(letter.path) == [(210.0, 297.0)]
    text = flat_text(letter.path)
    for expected in (
        "PEMERINTAH KABUPATEN KAMPAR",
        "Nomor : 503/0001/REK/DPMPTSP/III/2026",
        "Sifat : Biasa",
        "Lampiran : -",
        "Hal : Rekomendasi Bantuan Pengiriman Pelatih Anak Putus Sekolah",
        "Bangkinang, 25 Maret 2026",
        "Yth. Sdri. Siti Rahmawati",
        "permohonan Sdri. Siti Rahmawati",
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
    assert "Saudara/i" not in text
    codes = decode_codes(render_page(letter.path, dpi=250))
    assert codes["Code128"] == letter.number
    assert codes["QRCode"] == letter.payload
    assert authenticity.verify_seal(desk, codes["QRCode"]).headline == "ASLI"
    pades = authenticity.check_pades(letter.path.read_bytes(), authenticity.trust_roots(desk))
    assert pades.present and pades.intact and pades.trusted and pades.covers_whole_file
    assert hashlib.sha256(letter.path.read_bytes()).hexdigest() == letter.sha256


def test_the_tembusan_sits_below_the_signature_block(desk, officers, clock):
    letter = letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock)).letter
    pieces = text_heights(letter.path)
    title_x, title_y = position_of(pieces, "KEPALA DINAS PENANAMAN MODAL")
    nip_x, nip_y = position_of(pieces, "NIP. 19681024")
    tembusan_x, tembusan_y = position_of(pieces, "Tembusan")
    first_x, first_y = position_of(pieces, "1. Bupati Kampar")
    # PDF heights grow upwards: the tembusan starts below the NIP, the last line of the signature block...
    assert tembusan_y < nip_y < title_y and first_y < tembusan_y
    # ...at the left margin, while the signature block stays on the right half.
    assert tembusan_x == pytest.approx(first_x, abs=1) and tembusan_x < nip_x - 150
    assert title_x == pytest.approx(nip_x, abs=1) and nip_x > 595 / 2 - 40


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


def test_issue_letter_gives_a_rejected_file_its_rejection_letter(desk, officers, clock):
    app_id = rejected_file(desk, officers, "SKTM sudah kedaluwarsa.", nik=MALE_NIK, name="Ahmad Rahman")
    issued = letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    assert issued.letter.kind == LetterKind.REJECTION and issued.letter.number.startswith("503/0001/TLK/DPMPTSP/")
    assert issued.detail.status == Status.REJECTED  # the letter accompanies the decision, the status stays
    assert issued.letter.path.exists()
    text = flat_text(issued.letter.path)
    assert "Penolakan Permohonan Rekomendasi Bantuan" in text
    assert "dengan alasan: SKTM sudah kedaluwarsa. " in text  # one full stop, whatever the official typed
    assert "Yth. Sdr. Ahmad Rahman" in text and "permohonan Saudara yang diterima" in text
    assert "Saudara dapat mengajukan permohonan kembali" in text and "Saudara/i" not in text
    with pytest.raises(TransitionNotAllowed, match="sudah terbit"):
        letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    # one event for the letter, in the file's timeline, status unchanged
    events = [e for e in AuditEvent.select() if e.action == "issue_rejection_letter"]
    assert [(e.from_status, e.to_status) for e in events] == [("rejected", "rejected")]


def test_issue_letter_is_refused_for_a_file_not_decided(desk, officers):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    with pytest.raises(TransitionNotAllowed, match="Disetujui"):
        letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id)
    assert Letter.select().count() == 0 and Counter.select().where(Counter.series.startswith("letter-")).count() == 0


def last_refusal():
    event = AuditEvent.select().where(AuditEvent.action == "action_refused").order_by(AuditEvent.sequence.desc())
    return json.loads(event.first().details)["action"]


def test_the_rejection_letter_is_issuing_a_letter_and_the_cover_letter_is_verification(desk, officers):
    app_id = rejected_file(desk, officers)
    with pytest.raises(PermissionDenied):
        letters.issue_letter(desk, officers[Role.VERIFIER], app_id)
    assert last_refusal() == "issue_letter"
    with pytest.raises(PermissionDenied):
        letters.issue_rejection(desk, officers[Role.FRONT_OFFICE], app_id)
    assert last_refusal() == "issue_letter"
    with pytest.raises(PermissionDenied):
        letters.issue_cover_letter(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    assert last_refusal() == "verify"


def test_verification_sends_the_file_to_review_with_its_cover_letter_in_one_action(desk, officers):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    events_before = AuditEvent.select().count()
    verified = process.verify(desk, officers[Role.VERIFIER], detail.summary.id, True, technical_review_needed=True)
    assert verified.detail.status == Status.IN_TECHNICAL_REVIEW
    cover = verified.cover_letter
    assert cover is not None and cover.kind == LetterKind.COVER and "/0001/PGT/" in cover.number
    assert cover.path.exists() and cover.unsigned_path.exists()
    assert hashlib.sha256(cover.path.read_bytes()).hexdigest() == cover.sha256
    text = flat_text(cover.path)
    assert "Yth. Kepala Dinas Sosial Kabupaten Kampar" in text and "Lampiran : 1 (satu) berkas" in text
    assert "Permohonan Kajian Teknis" in text and "KPR-2026-000001" in text and "1401025708850003" in text
    assert authenticity.verify_seal(desk, cover.payload).genuine
    # one action, one event: the verification names its cover letter
    (event,) = AuditEvent.select().where(AuditEvent.sequence > events_before)
    assert (event.action, event.from_status, event.to_status) == ("verify", "received", "in_technical_review")
    assert json.loads(event.details)["cover_letter"] == {"number": cover.number, "sha256": cover.sha256}
    assert letters.letters_of(desk, detail.summary.id) == [cover]
    # only a cancelled cover letter is replaced
    with pytest.raises(TransitionNotAllowed, match="sudah terbit"):
        letters.issue_cover_letter(desk, officers[Role.VERIFIER], detail.summary.id)
    letters.cancel_letter(desk, officers[Role.SIGNING_OFFICIAL], cover.id, "Salah alamat dinas")
    again = letters.issue_cover_letter(desk, officers[Role.VERIFIER], detail.summary.id)
    assert "/0002/PGT/" in again.number and again.path.exists()


def test_verification_without_review_issues_no_letter(desk, officers):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    verified = process.verify(desk, officers[Role.VERIFIER], detail.summary.id, True, technical_review_needed=False)
    assert verified.detail.status == Status.AWAITING_DECISION and verified.cover_letter is None
    assert Letter.select().count() == 0


def test_a_letter_is_rendered_and_signed_outside_the_write_transaction(desk, officers, clock, monkeypatch):
    app_id = approved_file(desk, officers, clock)
    depths = []
    real_sign = issuing.sign_pades

    def sign_and_note(desk_, unsigned):
        depths.append(database.transaction_depth())
        return real_sign(desk_, unsigned)

    monkeypatch.setattr(issuing, "sign_pades", sign_and_note)
    letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    assert depths == [0]


def test_a_failure_while_signing_uses_no_number_and_leaves_nothing(desk, officers, clock, monkeypatch):
    app_id = approved_file(desk, officers, clock, review=False)
    events_before = AuditEvent.select().count()

    def broken_signer(desk_, unsigned):
        raise RuntimeError("token penandatangan tidak menjawab")

    monkeypatch.setattr(issuing, "sign_pades", broken_signer)
    with pytest.raises(RuntimeError):
        letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    assert Letter.select().count() == 0 and AuditEvent.select().count() == events_before
    assert Counter.get_or_none(Counter.series == "letter-recommendation") is None
    assert get_application(desk, app_id).status == Status.APPROVED
    assert not [path for path in desk.paths.letters_dir.rglob("*") if path.is_file()]
    monkeypatch.undo()
    letter = letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], app_id).letter
    assert letter.number == "503/0001/REK/DPMPTSP/III/2026"


def test_a_number_taken_while_a_letter_was_prepared_is_not_used_twice(desk, officers, clock, monkeypatch):
    """Another issuance commits between this letter's preparation and its transaction: this one is made again
    with the next number; no gap, no number twice, each PDF carries its own number."""
    first = approved_file(desk, officers, clock, review=False)
    second = approved_file(desk, officers, clock, nik="1401025708850004", review=False)
    real_prepare = issuing.prepare_letter
    interrupted = []

    def prepare_then_be_overtaken(desk_, row, kind):
        prepared = real_prepare(desk_, row, kind)
        if not interrupted:
            interrupted.append(prepared.number)
            letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], second)
        return prepared

    monkeypatch.setattr(issuing, "prepare_letter", prepare_then_be_overtaken)
    late = letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], first).letter
    register = {r.application_number: r.number for r in letters.register(desk, 2026)}
    assert interrupted == ["503/0001/REK/DPMPTSP/III/2026"]
    assert register == {"KPR-2026-000002": "503/0001/REK/DPMPTSP/III/2026", "KPR-2026-000001": late.number}
    assert late.number == "503/0002/REK/DPMPTSP/III/2026"
    assert "503/0002/REK/DPMPTSP/III/2026" in flat_text(late.path)
    assert Counter.get(Counter.series == "letter-recommendation").last == 2
    leftovers = [p.name for p in desk.paths.letters_dir.rglob("*") if p.is_file()]
    assert sorted(leftovers) == sorted(
        f"503-{n:04d}-REK-DPMPTSP-III-2026{suffix}.pdf" for n in (1, 2) for suffix in ("", "-belum-ttd")
    )


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
    assert [(r.number, r.status) for r in register if r.kind == LetterKind.RECOMMENDATION] == [
        ("503/0001/REK/DPMPTSP/III/2026", "cancelled"),
        ("503/0002/REK/DPMPTSP/III/2026", "issued"),
    ]


def test_only_the_signing_official_issues_and_only_approved_files(desk, officers, clock):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    with pytest.raises(PermissionDenied):
        letters.issue_recommendation(desk, officers[Role.VERIFIER], detail.summary.id)
    with pytest.raises(TransitionNotAllowed):
        letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id)
    assert letters.letters_of(desk, detail.summary.id) == []


# --- the wording is data ------------------------------------------------------------------------------------------


@pytest.fixture
def wording_folder(tmp_path):
    folder = tmp_path / "letters"
    shutil.copytree(resource_path("letters"), folder)
    return folder


def test_rejection_and_cover_wording_come_from_their_files(desk, officers, wording_folder):
    rejection = wording_folder / WORDING_FILES[LetterKind.REJECTION]
    text = rejection.read_text(encoding="utf-8")
    rejection.write_text(
        text.replace("Demikian disampaikan untuk dimaklumi.", "Atas perhatian {saudara} kami ucapkan terima kasih."),
        encoding="utf-8",
    )
    wordings = load_wordings(wording_folder)
    assert wordings[LetterKind.COVER].applicant_table and not wordings[LetterKind.REJECTION].applicant_table
    desk.cache["letter_wordings"] = wordings
    letter = letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], rejected_file(desk, officers)).letter
    assert "Atas perhatian Saudari kami ucapkan terima kasih." in flat_text(letter.path)


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (lambda t: t.replace('subject = "Penolakan Permohonan {layanan}"\n', ""), "subject", "tidak ada"),
        (lambda t: t.replace("{alasan}", "{sebab}"), "opening[1]", "isian tidak dikenal sebab"),
        (lambda t: t.replace('attachment = "-"', "attachment = 1"), "attachment", "harus berupa teks"),
        (lambda t: t.replace('tembusan = ["Arsip."]', 'tembusan = ["Arsip.", ""]'), "tembusan", "tidak kosong"),
        (lambda t: t.replace("closing = [", "penutup = 1\nclosing = ["), "penutup", "tidak dikenal"),
        (lambda t: t.replace('kind = "rejection"', 'kind = "cover"'), "kind", "harus 'rejection'"),
        (lambda t: t.replace("{layanan}", "{layanan"), "subject", "tidak berpasangan"),
        (lambda t: t.replace("schema = 1", "schema = [1"), "(format)", "bukan TOML"),
    ],
)
def test_a_bad_wording_file_names_the_file_and_the_field(wording_folder, change, field, reason):
    rejection = wording_folder / WORDING_FILES[LetterKind.REJECTION]
    rejection.write_text(change(rejection.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(LetterWordingError) as refused:
        load_wordings(wording_folder)
    assert refused.value.file == "surat-penolakan.toml" and refused.value.field == field
    assert str(refused.value).startswith(f"Berkas isi surat surat-penolakan.toml: bagian '{field}'")
    assert reason in str(refused.value)


def test_a_missing_wording_file_is_named(wording_folder):
    (wording_folder / WORDING_FILES[LetterKind.COVER]).unlink()
    with pytest.raises(LetterWordingError, match=r"surat-pengantar\.toml"):
        load_wordings(wording_folder)
