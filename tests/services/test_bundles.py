"""Bundles between two real stations: exported signed and encrypted, read back verified, every bad one refused."""

from __future__ import annotations

import json
import stat
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kampar_desk.domain import bundles as rules
from kampar_desk.domain.bundles import BundleRejected
from kampar_desk.domain.errors import PermissionDenied
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import bundles, complaints, keys, staff, stations, survey
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.store.database import close_database
from kampar_desk.store.ids import new_id
from kampar_desk.store.models import MODELS, AuditEvent, Letter, utc_now
from tests.conftest import PASSWORD
from tests.services.test_stations import other_card
from tests.services.test_survey_and_complaints import issued

NIK = "1401025708850003"


@dataclass
class Pair:
    """Station A (the `desk` fixture, with records) and station B (a second data folder), each trusting the other."""

    a_paths: AppPaths
    b_paths: AppPaths
    clock: Callable
    a_official: staff.StaffRecord
    b_official: staff.StaffRecord
    a_signing: Ed25519PrivateKey
    a_id: uuid.UUID
    b_id: uuid.UUID
    b_recipient: str

    def _open(self, paths: AppPaths, official: staff.StaffRecord) -> Desk:
        close_database()
        opened = open_desk(paths, clock=self.clock)
        assert keys.unlock_at_sign_in(opened, official, PASSWORD)
        return opened

    def open_a(self) -> Desk:
        return self._open(self.a_paths, self.a_official)

    def open_b(self) -> Desk:
        return self._open(self.b_paths, self.b_official)


def make_pair(desk, officers, clock, tmp_path) -> Pair:
    """A with an issued file, its SKM questionnaire and saran, and a complaint; B new; each trusting the other."""
    app_id = issued(desk, officers, clock, nik=NIK)
    answers = survey.SurveyAnswers((4, 4, 3, 4, 4, 4, 4, 3, 4), suggestion="Tambah kursi ruang tunggu.")
    survey.submit_survey(desk, officers[Role.HANDOVER_OFFICER], app_id, answers, "kiosk")
    complaints.register_complaint(desk, officers[Role.FRONT_OFFICE], "langsung", "Budi Santoso", "Antrian", "Lama.")
    card_a = stations.station_card(desk)
    a_signing = stations.station_keys(desk).signing_key
    a_id = stations.this_station(desk).id
    close_database()
    b_paths = AppPaths(tmp_path / "b")
    b = open_desk(b_paths, clock=clock)
    admin_b = staff.create_first_admin(b, "admin", "Admin Loket Dua", PASSWORD)
    official_b = staff.create_staff(b, admin_b, "kadis", "Hambali", PASSWORD, frozenset({Role.SIGNING_OFFICIAL}))
    keys.unlock_at_sign_in(b, official_b, PASSWORD)
    stations.rename_station(b, None, "DPMPTSP Kampar - loket 2")
    card_b = stations.station_card(b)
    stations.trust_station(b, None, stations.read_card(card_a))
    b_station = stations.this_station(b)
    made = Pair(
        desk.paths,
        b_paths,
        clock,
        officers[Role.SIGNING_OFFICIAL],
        official_b,
        a_signing,
        a_id,
        b_station.id,
        b_station.age_recipient,
    )
    a = made.open_a()
    stations.trust_station(a, None, stations.read_card(card_b))
    return made


@pytest.fixture
def pair(desk, officers, clock, tmp_path) -> Pair:
    return make_pair(desk, officers, clock, tmp_path)


def export_to_b(pair: Pair, folder: Path, **kwargs) -> bundles.BundleInfo:
    a = pair.open_a()
    return bundles.export_bundle(a, None, pair.b_id, folder, **kwargs)


def row_counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in MODELS}


def test_a_bundle_travels_from_one_station_to_the_other_and_reads_back_verified(pair, tmp_path):
    a = pair.open_a()
    events_before = AuditEvent.select().count()
    letter = Letter.get()
    pdf = (a.paths.letters_dir / letter.file_name).read_bytes()
    made = bundles.export_bundle(a, None, pair.b_id, tmp_path)
    assert made.path.parent == tmp_path and made.path.suffix == ".kdsync"
    assert made.counts == {
        "applications": 1,
        "audit_events": events_before,
        "letters": 1,
        "survey_responses": 1,
        "suggestions": 1,
        "complaints": 1,
        "staff": 5,  # every account, without its password
        "calendar_days": 0,
        "tombstones": 0,
    }
    recorded = AuditEvent.select().where(AuditEvent.action == bundles.EXPORT_EVENT).get()
    details = json.loads(recorded.details)
    assert recorded.actor == "sistem" and details["recipient"] == str(pair.b_id)
    assert details["sha256"] == made.sha256 == rules.sha256_hex(made.path.read_bytes())

    b = pair.open_b()
    before = row_counts()
    bundle = bundles.read_bundle(b, made.path)
    assert row_counts() == before  # reading changes nothing
    assert bundle.sender.id == pair.a_id and bundle.manifest.recipient_id == pair.b_id
    assert bundle.manifest.counts == made.counts and bundle.manifest.since is None
    [application] = bundle.records["applications"]
    assert application["applicant_nik"] == NIK and application["applicant_name"] == "Siti Rahmawati"
    assert [item["position"] for item in application["checklist"]] == sorted(
        i["position"] for i in application["checklist"]
    )
    assert bundle.records["suggestions"][0]["text"] == "Tambah kursi ruang tunggu."
    assert bundle.letters == {f"letters/{letter.file_name}": pdf}
    sequences = [event["sequence"] for event in bundle.records["audit_events"]]
    assert sequences == list(range(1, events_before + 1))
    assert bundle.manifest.chain_head_sequence == events_before


def test_the_bundle_reveals_no_name_or_nik_and_is_made_of_members_in_a_fixed_order(pair, tmp_path):
    made = export_to_b(pair, tmp_path / "kiriman.kdsync")
    raw = made.path.read_bytes()
    for secret in (NIK, "Siti Rahmawati", "SITI RAHMAWATI", "Budi Santoso", "Tambah kursi", "1401021203150007"):
        assert secret.encode() not in raw
    assert b"manifest" not in raw and b"records/" not in raw  # the zip itself is encrypted, its names too
    b = pair.open_b()
    archive = pyrage.decrypt(rules.open_envelope(raw).ciphertext, [stations.station_keys(b).age_identity])
    names = zipfile.ZipFile(__import__("io").BytesIO(archive)).namelist()
    assert names[:2] == ["manifest.json", "signature.json"]
    kinds = len(rules.KINDS)
    assert names[2 : 2 + kinds] == sorted(f"records/{kind}.jsonl" for kind in rules.KINDS)
    assert names[2 + kinds].startswith("letters/") and len(names) == 3 + kinds
    staff_lines = zipfile.ZipFile(__import__("io").BytesIO(archive)).read("records/staff.jsonl")
    assert b"password" not in staff_lines and b"argon2" not in staff_lines


def test_since_holds_only_what_changed_after_it(pair, desk, officers, clock, tmp_path):
    a = pair.open_a()
    # `updated_at` is the PC's clock at each save (the office clock only in production), so the cut follows it
    cut = utc_now()
    clock.utc = cut + timedelta(seconds=1)
    complaints.register_complaint(a, officers[Role.FRONT_OFFICE], "langsung", "Rudi", "Parkir", "Sempit.")
    made = bundles.export_bundle(a, None, pair.b_id, tmp_path, since=cut)
    assert made.counts["complaints"] == 1 and made.counts["applications"] == 0 and made.letter_files == 0
    assert 1 <= made.counts["audit_events"] < 10
    b = pair.open_b()
    bundle = bundles.read_bundle(b, made.path)
    assert bundle.records["complaints"][0]["complainant"] == "Rudi" and bundle.manifest.since == cut


def test_export_refuses_this_station_an_unknown_one_a_revoked_one_and_non_admins(pair, officers, tmp_path):
    a = pair.open_a()
    with pytest.raises(BundleRejected, match="komputer ini sendiri"):
        bundles.export_bundle(a, None, pair.a_id, tmp_path)
    with pytest.raises(BundleRejected, match="belum dikenal"):
        bundles.export_bundle(a, None, new_id(), tmp_path)
    third = stations.trust_station(a, None, other_card("Kantor Pusat"))
    stations.revoke_station(a, None, third.id)
    with pytest.raises(BundleRejected, match="sudah dicabut"):
        bundles.export_bundle(a, None, third.id, tmp_path)
    with pytest.raises(PermissionDenied):
        bundles.export_bundle(a, officers[Role.FRONT_OFFICE], pair.b_id, tmp_path)
    assert list(tmp_path.glob("*.kdsync")) == []
    made = bundles.export_bundle(a, officers[Role.ADMIN], pair.b_id, tmp_path)
    assert AuditEvent.select().where(AuditEvent.action == "export_bundle").get().actor == "admin"
    assert made.path.exists()


# --- bad bundles ---------------------------------------------------------------------------------------------------


@pytest.fixture
def sent(pair, tmp_path) -> tuple[Pair, Desk, dict[str, bytes]]:
    """A good bundle from A, opened at B: its members, to forge bad ones from."""
    made = export_to_b(pair, tmp_path)
    b = pair.open_b()
    archive = pyrage.decrypt(
        rules.open_envelope(made.path.read_bytes()).ciphertext, [stations.station_keys(b).age_identity]
    )
    return pair, b, rules.open_zip(archive)


def seal(pair: Pair, members: dict[str, bytes], sign_with: Ed25519PrivateKey | None = None) -> bytes:
    """The members zipped as given, the manifest signed (by A unless told), encrypted for B."""
    members = dict(members)
    members[rules.SIGNATURE] = rules.sign_manifest(members[rules.MANIFEST], sign_with or pair.a_signing)
    archive = rules.build_zip(members)
    return rules.seal_envelope(pair.b_id, pyrage.encrypt(archive, [pyrage.x25519.Recipient.from_str(pair.b_recipient)]))


def edit_manifest(members: dict[str, bytes], change: Callable[[dict], None]) -> dict[str, bytes]:
    document = json.loads(members[rules.MANIFEST])
    change(document)
    return {**members, rules.MANIFEST: json.dumps(document).encode()}


def with_member(members: dict[str, bytes], name: str, data: bytes) -> dict[str, bytes]:
    """`name` added or replaced, the manifest listing it with its true hash and size."""

    def change(document: dict) -> None:
        entries = [entry for entry in document["members"] if entry["name"] != name]
        document["members"] = [*entries, {"name": name, "sha256": rules.sha256_hex(data), "size": len(data)}]

    return {**edit_manifest(members, change), name: data}


def refused(b: Desk, data: bytes, tmp_path: Path, match: str) -> None:
    path = tmp_path / "buruk.kdsync"
    path.write_bytes(data)
    before = row_counts()
    with pytest.raises(BundleRejected, match=match):
        bundles.read_bundle(b, path)
    assert row_counts() == before


def test_the_untouched_forgery_kit_makes_a_bundle_that_reads(sent, tmp_path):
    pair, b, members = sent
    path = tmp_path / "ulang.kdsync"
    path.write_bytes(seal(pair, members))
    assert bundles.read_bundle(b, path).sender.id == pair.a_id


def test_a_truncated_bundle_and_a_changed_byte_are_refused_each_with_its_reason(pair, tmp_path):
    made = export_to_b(pair, tmp_path)
    raw = made.path.read_bytes()
    b = pair.open_b()
    refused(b, raw[: len(raw) // 2], tmp_path, "terpotong")
    refused(b, raw[:10], tmp_path, "terpotong")
    middle = len(raw) // 2
    refused(b, raw[:middle] + bytes([raw[middle] ^ 1]) + raw[middle + 1 :], tmp_path, "berubah sejak dibuat")
    refused(b, b"PK\x03\x04 bukan kiriman", tmp_path, "bukan berkas kiriman")


def test_a_bundle_for_another_station_is_refused_as_such(pair, tmp_path):
    a = pair.open_a()
    third = stations.trust_station(a, None, other_card("Kantor Pusat"))
    made = bundles.export_bundle(a, None, third.id, tmp_path)
    b = pair.open_b()
    refused(b, made.path.read_bytes(), tmp_path, "ditujukan untuk stasiun")
    # An envelope naming B around a ciphertext for someone else: age finds no key of B's.
    other = pyrage.x25519.Identity.generate().to_public()
    forged = rules.seal_envelope(pair.b_id, pyrage.encrypt(b"isi", [other]))
    refused(b, forged, tmp_path, "ditujukan untuk")


def test_a_wrong_hash_in_the_manifest_is_refused(sent, tmp_path):
    pair, b, members = sent

    def change(document: dict) -> None:
        document["members"][0]["sha256"] = "0" * 64

    refused(b, seal(pair, edit_manifest(members, change)), tmp_path, "tidak sama dengan sidik SHA-256")


def test_a_bad_signature_and_another_key_are_refused(sent, tmp_path):
    pair, b, members = sent
    good = seal(pair, members)
    archive = rules.open_zip(
        pyrage.decrypt(rules.open_envelope(good).ciphertext, [stations.station_keys(b).age_identity])
    )
    # the manifest changed after it was signed
    archive[rules.MANIFEST] = archive[rules.MANIFEST].replace(b'"since": null', b'"since": null ')
    data = rules.build_zip(archive)
    forged = rules.seal_envelope(pair.b_id, pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(pair.b_recipient)]))
    refused(b, forged, tmp_path, "Tanda tangan berkas kiriman tidak sah")
    refused(b, seal(pair, members, sign_with=Ed25519PrivateKey.generate()), tmp_path, "kunci lain")


def test_an_unknown_format_version_is_refused(sent, tmp_path):
    pair, b, members = sent

    def change(document: dict) -> None:
        document["version"] = 2

    refused(b, seal(pair, edit_manifest(members, change)), tmp_path, "versi 2 tidak dikenal")
    envelope = rules.open_envelope(seal(pair, members))
    header = {"format": rules.BUNDLE_FORMAT, "version": 9, "recipient": str(pair.b_id), "size": 1, "sha256": "0"}
    newer = rules.MAGIC + json.dumps(header).encode() + b"\n" + envelope.ciphertext
    refused(b, newer, tmp_path, "versi 9 tidak dikenal")


@pytest.mark.parametrize(
    "name", ["../luar.txt", "/etc/passwd", "letters/../../luar.pdf", "records\\..\\x.jsonl", "C:/x"]
)
def test_a_member_path_escaping_its_folder_is_refused(sent, tmp_path, name):
    pair, b, members = sent
    refused(b, seal(pair, with_member(members, name, b"x")), tmp_path, "keluar dari foldernya")


def test_a_link_or_an_unexpected_member_is_refused(sent, tmp_path):
    pair, b, members = sent
    refused(b, seal(pair, with_member(members, "catatan.txt", b"x")), tmp_path, "tidak dikenal")
    members = with_member(members, "letters/tautan.pdf", b"/etc/passwd")
    forged = dict(members)
    forged[rules.SIGNATURE] = rules.sign_manifest(forged[rules.MANIFEST], pair.a_signing)
    buffer = __import__("io").BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in forged.items():
            info = zipfile.ZipInfo(name)
            if name == "letters/tautan.pdf":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    recipient = pyrage.x25519.Recipient.from_str(pair.b_recipient)
    refused(b, rules.seal_envelope(pair.b_id, pyrage.encrypt(buffer.getvalue(), [recipient])), tmp_path, "tautan")


def test_an_oversized_member_or_too_many_members_are_refused_before_reading(sent, tmp_path, monkeypatch):
    pair, b, members = sent
    data = seal(pair, members)
    monkeypatch.setattr(rules, "MAX_MEMBER_BYTES", 200)
    refused(b, data, tmp_path, "terlalu besar")
    monkeypatch.undo()
    monkeypatch.setattr(rules, "MAX_MEMBERS", 5)
    refused(b, data, tmp_path, "terlalu banyak berkas")


def test_a_member_missing_or_not_in_the_manifest_is_refused(sent, tmp_path):
    pair, b, members = sent
    without = {name: data for name, data in members.items() if name != "records/complaints.jsonl"}
    refused(b, seal(pair, without), tmp_path, "tidak lengkap")
    extra = {**members, "records/complaints.jsonl": members["records/complaints.jsonl"], "letters/lain.pdf": b"%PDF"}
    refused(b, seal(pair, extra), tmp_path, "tidak tercantum")


def test_invalid_json_a_record_missing_a_field_and_an_unknown_kind_are_refused(sent, tmp_path):
    pair, b, members = sent
    refused(b, seal(pair, with_member(members, "records/complaints.jsonl", b"{bukan json\n")), tmp_path, "bukan JSON")
    incomplete = json.loads(members["records/complaints.jsonl"])
    del incomplete["subject"]
    line = json.dumps(incomplete).encode() + b"\n"
    refused(
        b,
        seal(pair, with_member(members, "records/complaints.jsonl", line)),
        tmp_path,
        "tidak lengkap \\(tidak ada: subject\\)",
    )
    refused(
        b,
        seal(pair, with_member(members, "records/izin.jsonl", b'{"id": "x"}\n')),
        tmp_path,
        "jenis 'izin' yang tidak dikenal",
    )


def test_a_bundle_from_an_unknown_or_revoked_station_is_refused_until_trusted(sent, tmp_path):
    pair, b, members = sent

    def stranger(document: dict) -> None:
        document["sender"] = {"station_id": str(new_id()), "name": "Loket Asing"}

    refused(b, seal(pair, edit_manifest(members, stranger)), tmp_path, "belum dikenal .*Loket Asing")
    good = seal(pair, members)
    stations.revoke_station(b, None, pair.a_id)
    refused(b, good, tmp_path, "sudah dicabut")
