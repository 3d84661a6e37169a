"""Applying bundles between two real stations: previewed, one transaction, idempotent, conflicts listed, numbers and
letters never overwritten, other stations' audit chains kept and checked, receipts that shrink the next bundle."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from kampar_desk.domain.bundles import BundleRejected
from kampar_desk.domain.errors import PermissionDenied
from kampar_desk.domain.roles import Role
from kampar_desk.domain.stations import short_id
from kampar_desk.services import audit, bundles, calendar_admin, complaints, staff, stations, sync, tracking
from kampar_desk.store.models import (
    Application,
    AuditEvent,
    ChecklistItem,
    Complaint,
    KnownStation,
    Letter,
    LocalDay,
    Staff,
    StationAuditEvent,
    Suggestion,
    SurveyResponse,
    utc_now,
)
from tests.conftest import PASSWORD
from tests.services.test_bundles import NIK, Pair, row_counts


@pytest.fixture
def pair(desk, officers, clock, tmp_path) -> Pair:
    from tests.services.test_bundles import make_pair

    return make_pair(desk, officers, clock, tmp_path)


def send(pair: Pair, folder, **kwargs) -> bundles.BundleInfo:
    a = pair.open_a()
    folder.mkdir(exist_ok=True)
    return bundles.export_bundle(a, None, pair.b_id, folder, **kwargs)


def test_a_bundle_is_previewed_then_applied_whole_and_audit_verify_stays_clean(pair, tmp_path):
    made = send(pair, tmp_path / "stick")
    b = pair.open_b()
    before = row_counts()
    plan = sync.preview_bundle(b, None, made.path)
    assert row_counts() == before  # a preview writes nothing
    assert plan.new["applications"] == 1 and plan.new["letters"] == 1 and plan.new["complaints"] == 1
    assert plan.new["survey_responses"] == 1 and plan.new["suggestions"] == 1
    assert plan.conflicts == () and plan.new_events == made.counts["audit_events"]
    assert "Berkas permohonan" in plan.describe() and "Tidak ada konflik." in plan.describe()

    result = sync.import_bundle(b, None, made.path)
    assert result.applied
    application = Application.get(Application.applicant_nik == NIK)
    assert application.origin_station == str(pair.a_id) and application.imported_at is not None
    assert application.applicant_name_key == application.applicant_name.upper()
    requirements = [r.code for r in b.catalog[application.service_code].requirements]
    assert [item.requirement_code for item in application.checklist.order_by(ChecklistItem.position)] == requirements
    letter = Letter.get()
    assert letter.origin_station == str(pair.a_id)
    assert (b.paths.letters_dir / letter.file_name).is_file()
    assert SurveyResponse.select().count() == 1 and Suggestion.select().count() == 1
    assert Complaint.get().origin_station == str(pair.a_id)
    assert StationAuditEvent.select().where(StationAuditEvent.station == pair.a_id).count() == plan.new_events
    # A's accounts arrive marked with A's station and without a password
    remote = Staff.select().where(Staff.origin_station == str(pair.a_id))
    assert remote.count() >= 5 and all(row.username.endswith("@" + short_id(pair.a_id)) for row in remote)
    assert all(row.password_hash == "" for row in remote)
    event = AuditEvent.select().where(AuditEvent.action == sync.IMPORT_EVENT).get()
    assert json.loads(event.details)["new"]["applications"] == 1
    known = KnownStation.get_by_id(pair.a_id)
    assert known.last_received_at == made.until
    checked = audit.audit_check(b)
    assert checked.intact, checked.describe()
    # and the receipt for A lies beside the bundle, on the stick
    assert result.receipt is not None and result.receipt.parent == made.path.parent
    assert result.receipt.suffix == sync.RECEIPT_SUFFIX


def test_the_same_bundle_twice_changes_nothing_the_second_time(pair, tmp_path):
    made = send(pair, tmp_path / "stick")
    b = pair.open_b()
    sync.import_bundle(b, None, made.path)
    before = row_counts()
    head = audit.chain_head()
    again = sync.import_bundle(b, None, made.path)
    assert not again.applied and again.plan.already_received
    assert row_counts() == before and audit.chain_head() == head
    assert "sudah pernah diterima" in again.plan.describe()


def test_an_older_bundle_than_one_applied_is_refused_and_nothing_changes(pair, clock, tmp_path):
    first = send(pair, tmp_path / "one")
    clock.advance(minutes=5)
    second = send(pair, tmp_path / "two")
    b = pair.open_b()
    sync.import_bundle(b, None, second.path)
    before = row_counts()
    with pytest.raises(BundleRejected, match="lebih lama"):
        sync.import_bundle(b, None, first.path)
    assert row_counts() == before


def test_only_admins_import(pair, tmp_path):
    made = send(pair, tmp_path / "stick")
    b = pair.open_b()
    admin = staff.sign_in(b, "admin", PASSWORD)
    officer = staff.create_staff(b, admin, "loket", "Loket", PASSWORD, frozenset({Role.FRONT_OFFICE}))
    with pytest.raises(PermissionDenied):
        sync.import_bundle(b, officer, made.path)
    assert not Application.select().exists() and not StationAuditEvent.select().exists()
    assert sync.import_bundle(b, admin, made.path).applied
    assert AuditEvent.select().where(AuditEvent.action == sync.IMPORT_EVENT).get().actor == "admin"


def test_another_stations_account_never_signs_in_here(pair, tmp_path):
    made = send(pair, tmp_path / "stick")
    b = pair.open_b()
    sync.import_bundle(b, None, made.path)
    remote = Staff.get(Staff.origin_station == str(pair.a_id), Staff.username.startswith("admin@"))
    with pytest.raises(Exception, match=r"(?i)salah|tidak"):
        staff.sign_in(b, remote.username, PASSWORD)
    assert all(record.username != remote.username for record in staff.list_staff(b))


def test_a_receipt_tells_the_sender_what_arrived_and_the_next_bundle_shrinks(pair, officers, clock, tmp_path):
    made = send(pair, tmp_path / "stick")
    b = pair.open_b()
    result = sync.import_bundle(b, None, made.path)
    a = pair.open_a()
    recorded = sync.import_receipt(a, None, result.receipt)
    assert recorded.recorded
    known = KnownStation.get_by_id(pair.b_id)
    assert known.last_acknowledged_at == made.until
    assert not sync.import_receipt(a, None, result.receipt).recorded  # the same receipt again: nothing new
    clock.advance(minutes=1)
    complaints.register_complaint(a, officers[Role.FRONT_OFFICE], "langsung", "Rudi", "Parkir", "Sempit.")
    smaller = bundles.export_bundle(a, None, pair.b_id, tmp_path / "stick")
    assert smaller.counts["applications"] == 0 and smaller.counts["complaints"] == 1 and smaller.letter_files == 0
    assert 1 <= smaller.counts["audit_events"] < made.counts["audit_events"]
    b = pair.open_b()
    applied = sync.import_bundle(b, None, smaller.path)
    assert applied.plan.new["complaints"] == 1 and applied.plan.new_events == smaller.counts["audit_events"]
    assert Complaint.select().count() == 2
    assert audit.audit_check(b).intact


def test_a_receipt_from_elsewhere_or_forged_is_refused(pair, tmp_path):
    made = send(pair, tmp_path / "stick")
    b = pair.open_b()
    receipt = sync.import_bundle(b, None, made.path).receipt
    with pytest.raises(BundleRejected, match="stasiun lain"):
        sync.import_receipt(b, None, receipt)  # B's receipt is for A, not for B
    document = json.loads(receipt.read_text())
    document["signature"] = document["signature"][::-1]
    forged = tmp_path / "palsu.kdterima"
    forged.write_text(json.dumps(document))
    a = pair.open_a()
    with pytest.raises(BundleRejected):
        sync.import_receipt(a, None, forged)
    assert KnownStation.get_by_id(pair.b_id).last_acknowledged_at is None


def test_both_stations_changing_one_complaint_is_a_conflict_listed_and_both_end_equal(pair, officers, clock, tmp_path):
    made = send(pair, tmp_path / "one")
    b = pair.open_b()
    sync.import_bundle(b, None, made.path)
    complaint_id = Complaint.get().id
    admin_b = staff.sign_in(b, "admin", PASSWORD)
    clock.advance(minutes=1)
    complaints.respond(b, admin_b, complaint_id, "Ditangani loket dua.")
    a = pair.open_a()
    clock.advance(minutes=1)
    complaints.respond(a, officers[Role.ADMIN], complaint_id, "Ditangani loket satu.")
    to_b = bundles.export_bundle(a, None, pair.b_id, tmp_path / "one", everything=True)
    to_a = bundles.export_bundle(pair.open_b(), None, pair.a_id, tmp_path / "one", everything=True)
    b = pair.open_b()
    plan = sync.preview_bundle(b, None, to_b.path)
    [conflict] = [c for c in plan.conflicts if c.kind == "complaints"]
    assert "diubah di kedua stasiun" in conflict.describe()
    sync.import_bundle(b, None, to_b.path)
    on_b = Complaint.get_by_id(complaint_id).response
    event = AuditEvent.select().where(AuditEvent.action == sync.IMPORT_EVENT).order_by(AuditEvent.sequence.desc()).get()
    assert json.loads(event.details)["conflicts"][0]["id"] == str(complaint_id)
    a = pair.open_a()
    sync.import_bundle(a, None, to_a.path)
    assert Complaint.get_by_id(complaint_id).response == on_b  # the same winner on both stations
    assert audit.audit_check(a).intact


def test_a_changed_number_or_issued_letter_is_never_overwritten(pair, tmp_path):
    made = send(pair, tmp_path / "one")
    b = pair.open_b()
    sync.import_bundle(b, None, made.path)
    a = pair.open_a()
    letter = Letter.get()
    # someone at A edits the register row behind the app's back; A's next bundle must not carry it over B's copy
    Letter.update(number=letter.number + "-X", version=Letter.version + 5).where(Letter.id == letter.id).execute()
    changed = bundles.export_bundle(a, None, pair.b_id, tmp_path / "one", everything=True)
    b = pair.open_b()
    before = row_counts()
    with pytest.raises(BundleRejected, match="tidak pernah boleh berubah"):
        sync.import_bundle(b, None, changed.path)
    assert row_counts() == before and Letter.get().number == letter.number


def test_a_fork_in_the_senders_audit_chain_is_refused(pair, tmp_path):
    made = send(pair, tmp_path / "one")
    b = pair.open_b()
    sync.import_bundle(b, None, made.path)
    # B's copy of A's chain no longer agrees with A's (edited here, or A's log rewritten since): A's next bundle
    # must not be laid over it
    StationAuditEvent.update(hash="0" * 64).where(StationAuditEvent.sequence == 3).execute()
    again = bundles.export_bundle(pair.open_a(), None, pair.b_id, tmp_path / "one", everything=True)
    b = pair.open_b()
    before = row_counts()
    with pytest.raises(BundleRejected, match="bercabang"):
        sync.import_bundle(b, None, again.path)
    assert row_counts() == before


def test_a_number_another_record_of_the_same_station_holds_here_is_refused(pair, tmp_path):
    made = send(pair, tmp_path / "one")
    b = pair.open_b()
    number = "ADU-2026-0001"
    assert Complaint.select().count() == 0
    officer = staff.sign_in(b, "admin", PASSWORD)
    # a complaint of station A with A's number, but another record (another id): a number is never given twice
    Complaint.create(
        number=number,
        received_at=utc_now(),
        channel="langsung",
        complainant="Orang Lain",
        subject="Lain",
        description="Lain.",
        recorded_by=officer.id,
        origin_station=str(pair.a_id),
    )
    before = row_counts()
    with pytest.raises(BundleRejected, match="Nomor tidak pernah ditimpa"):
        sync.import_bundle(b, None, made.path)
    assert row_counts() == before


def test_a_gap_in_the_senders_audit_chain_is_refused(pair, clock, tmp_path):
    cut = utc_now()
    clock.utc = cut + timedelta(seconds=1)
    a = pair.open_a()
    complaints.register_complaint(a, staff.sign_in(a, "admin", PASSWORD), "langsung", "Rudi", "Parkir", "Sempit.")
    partial = bundles.export_bundle(a, None, pair.b_id, tmp_path, since=cut)
    b = pair.open_b()
    before = row_counts()
    with pytest.raises(BundleRejected, match="export --all"):
        sync.import_bundle(b, None, partial.path)
    assert row_counts() == before


def test_a_calendar_change_and_its_removal_travel(pair, officers, clock, tmp_path):
    a = pair.open_a()
    holiday = date(2026, 12, 28)
    calendar_admin.add_local_holiday(a, officers[Role.ADMIN], holiday, "Hari Jadi Kampar")
    first = bundles.export_bundle(a, None, pair.b_id, tmp_path)
    b = pair.open_b()
    sync.import_bundle(b, None, first.path)
    assert LocalDay.get(LocalDay.day == holiday).name == "Hari Jadi Kampar"
    a = pair.open_a()
    clock.advance(minutes=1)
    calendar_admin.remove_local_day(a, officers[Role.ADMIN], holiday)
    second = bundles.export_bundle(a, None, pair.b_id, tmp_path)
    b = pair.open_b()
    sync.import_bundle(b, None, second.path)
    assert not LocalDay.select().where(LocalDay.day == holiday).exists()
    assert audit.audit_check(b).intact


def test_an_imported_files_history_shows_the_other_stations_steps_and_officers(pair, tmp_path):
    made = send(pair, tmp_path / "stick")
    b = pair.open_b()
    sync.import_bundle(b, None, made.path)
    application = Application.get(Application.applicant_nik == NIK)
    history = tracking.file_history(b, application.id)
    assert len(history) >= 5
    assert history == sorted(history, key=lambda step: step.at)
    station_name = stations.known_station(b, pair.a_id).name
    assert all(step.officer.endswith(f"({station_name})") for step in history)
    assert any(step.officer.startswith("Hambali") for step in history)  # A's signing official, by full name
