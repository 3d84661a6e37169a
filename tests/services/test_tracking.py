import pytest

from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.services import intake, tracking
from kampar_desk.services.tracking import QueryKind, classify
from tests.conftest import intake_form


@pytest.mark.parametrize(
    ("typed", "kind", "text"),
    [
        ("kpr-2026-000012", QueryKind.NUMBER, "KPR-2026-000012"),
        ("  KPR-2026-K00003\n", QueryKind.NUMBER, "KPR-2026-K00003"),
        ("1401025708850003", QueryKind.NIK, "1401025708850003"),
        ("12", QueryKind.SHORT_NUMBER, "12"),
        ("siti  rah", QueryKind.NAME, "SITI RAH"),
        ("", QueryKind.EMPTY, ""),
    ],
)
def test_what_was_typed_or_scanned_is_recognised(typed, kind, text):
    assert classify(typed) == tracking.TrackingQuery(kind, text)


@pytest.fixture
def files(desk, officers, clock):
    fo = officers[Role.FRONT_OFFICE]
    people = [
        ("Siti Rahmawati", "1401025708850003"),
        ("Siti Aminah", "1401025708850004"),
        ("Ahmad Rahman", "1401021203800005"),
        ("Nur'aini Siregar", "1401025708850006"),
    ]
    made = {}
    for name, nik in people:
        clock.advance(minutes=5)
        made[name] = intake.register_application(desk, fo, intake_form(desk, nik=nik, name=name)).detail
    clock.advance(minutes=5)
    made["returned"] = intake.register_application(
        desk, fo, intake_form(desk, nik="1401021203800008", missing=("ktp",), name="Budi Santoso")
    ).detail
    return made


def numbers(page):
    return [row.number for row in page.rows]


def test_search_by_number_nik_and_short_number(desk, files):
    assert numbers(tracking.search(desk, "kpr-2026-000002")) == ["KPR-2026-000002"]
    assert numbers(tracking.search(desk, "1401021203800005")) == ["KPR-2026-000003"]
    assert numbers(tracking.search(desk, "1")) == ["KPR-2026-K00001", "KPR-2026-000001"]


def test_search_by_prefix_and_any_part_of_the_name_newest_first(desk, files):
    assert numbers(tracking.search(desk, "siti")) == ["KPR-2026-000002", "KPR-2026-000001"]
    assert numbers(tracking.search(desk, "rah")) == ["KPR-2026-000003", "KPR-2026-000001"]
    assert numbers(tracking.search(desk, "siti rah")) == ["KPR-2026-000001"]
    assert numbers(tracking.search(desk, "nuraini")) == ["KPR-2026-000004"]
    assert numbers(tracking.search(desk, "Santoso")) == ["KPR-2026-K00001"]
    assert numbers(tracking.search(desk, "zainal")) == []


def test_a_part_inside_a_word_is_found_and_too_short_a_name_is_refused_in_words(desk, files):
    assert numbers(tracking.search(desk, "urai")) == ["KPR-2026-000004"]  # Nur'aini, typed without the apostrophe
    assert numbers(tracking.search(desk, "ant s")) == ["KPR-2026-K00001"]  # a short part starts a word
    with pytest.raises(ValidationError, match="paling sedikit tiga huruf"):
        tracking.search(desk, "si")


def test_pages_continue_after_the_last_row_seen(desk, files):
    first = tracking.search(desk, "", limit=2)
    assert len(first.rows) == 2 and first.has_more and first.next_after is not None
    middle = tracking.search(desk, "", after=first.next_after, limit=2)
    last = tracking.search(desk, "", after=middle.next_after, limit=2)
    assert len(last.rows) == 1 and not last.has_more and last.next_after is None
    seen = numbers(first) + numbers(middle) + numbers(last)
    assert sorted(seen) == sorted(numbers(tracking.search(desk, ""))) and len(set(seen)) == 5


def test_a_file_registered_while_paging_does_not_shift_the_next_page(desk, files, officers):
    """OFFSET would show the last row of page one again on page two; the cursor does not."""
    first = tracking.search(desk, "", limit=2)
    fo = officers[Role.FRONT_OFFICE]
    intake.register_application(desk, fo, intake_form(desk, nik="1401021203800009", name="Zainal Abidin"))
    second = tracking.search(desk, "", after=first.next_after, limit=2)
    assert not set(numbers(first)) & set(numbers(second))
    assert numbers(tracking.search(desk, "zainal"))  # and the new file is found at once, in the same transaction


def test_results_carry_status_and_sla(desk, files, clock):
    clock.advance(days=20)
    row = tracking.search(desk, "KPR-2026-000001").rows[0]
    assert row.status.label == "Diterima lengkap"
    assert row.sla.overdue and row.sla.describe().startswith("Terlambat")


def test_a_files_history_reads_in_office_words_with_full_names(desk, officers, clock):
    from datetime import date

    from kampar_desk.services import letters, process

    fo, verifier = officers[Role.FRONT_OFFICE], officers[Role.VERIFIER]
    official, admin = officers[Role.SIGNING_OFFICIAL], officers[Role.ADMIN]
    app_id = intake.register_application(desk, fo, intake_form(desk)).detail.summary.id
    clock.advance(hours=1)
    cover = process.verify(desk, verifier, app_id, True, technical_review_needed=True).cover_letter
    clock.advance(hours=1)
    letters.cancel_letter(desk, admin, cover.id, "Dinas teknis salah")
    letters.issue_cover_letter(desk, verifier, app_id)
    process.record_technical_review(desk, verifier, app_id, "Layak", date(2026, 3, 16))
    clock.advance(days=2)
    process.approve(desk, official, app_id)
    letters.issue_recommendation(desk, official, app_id)

    history = tracking.file_history(desk, app_id)
    assert [(h.officer, h.step, h.status) for h in history] == [
        ("Siti Aminah", "Daftarkan berkas lengkap", "Diterima lengkap"),
        ("Rina Marlina", "Verifikasi kesesuaian", "Diterima lengkap \u2192 Kajian teknis"),
        ("Admin Kantor", "Batalkan surat", ""),  # the status stayed: no "Kajian teknis → Kajian teknis"
        ("Rina Marlina", "Terbitkan surat pengantar", ""),
        ("Rina Marlina", "Catat hasil kajian teknis", "Kajian teknis \u2192 Menunggu keputusan"),
        ("Hambali", "Setujui permohonan", "Menunggu keputusan \u2192 Disetujui"),
        ("Hambali", "Terbitkan surat", "Disetujui \u2192 Surat terbit"),
    ]
    assert history[0].when == "16-03-2026 09.00"
    shown = " ".join(f"{h.officer} {h.step} {h.status}" for h in history)
    assert "_" not in shown and "fo.siti" not in shown and "verif.rina" not in shown
