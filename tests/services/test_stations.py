"""Stations: this installation's id, name and sealed bundle keys; other stations trusted from their cards, strictly."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kampar_desk.domain.errors import DeskError, NotFound, PermissionDenied, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.domain.stations import MAX_CARD_BYTES, StationCard, parse_card
from kampar_desk.services import audit, keys, stations
from kampar_desk.services.desk import open_desk
from kampar_desk.services.exporting import ExportError
from kampar_desk.store.database import close_database
from kampar_desk.store.ids import new_id
from kampar_desk.store.models import AuditEvent, KnownStation, LocalStation
from tests.conftest import PASSWORD


def other_card(name: str = "DPMPTSP Kampar - loket 2", station_id: uuid.UUID | None = None) -> StationCard:
    """The card of another installation: its own id and fresh keys, as its `station card` would write it."""
    signing = Ed25519PrivateKey.generate().public_key()
    raw = signing.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    return StationCard(station_id or new_id(), name, "KPR", "DINAS PENANAMAN MODAL", raw.hex(), recipient)


def events(action: str) -> list[dict]:
    rows = AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.sequence)
    return [{"actor": row.actor, **json.loads(row.details)} for row in rows]


def _every_byte_of(folder) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


# --- this station -------------------------------------------------------------------------------------------------


def test_each_installation_is_a_station_with_a_stable_id_and_the_offices_name(desk):
    station = stations.this_station(desk)
    assert station.id.version == 7
    assert station.name == f"{desk.office().short_name} - loket 1" == "DPMPTSP Kabupaten Kampar - loket 1"
    assert not station.has_keys and station.fingerprint is None
    with pytest.raises(DeskError, match="belum punya kunci"):
        stations.station_card(desk)
    close_database()
    again = open_desk(desk.paths)
    assert stations.this_station(again).id == station.id and LocalStation.select().count() == 1


def test_the_signing_officials_first_sign_in_makes_the_station_keys_sealed_with_the_office_keys(desk, officers):
    station = stations.this_station(desk)
    assert station.has_keys and station.age_recipient.startswith("age1") and len(station.signing_key) == 64
    [made] = events(keys.STATION_KEYS_EVENT)
    assert made["station"] == str(station.id) and made["fingerprint"] == station.fingerprint
    assert (made["signing_key"], made["age_recipient"]) == (station.signing_key, station.age_recipient)
    private = stations.station_keys(desk)
    # The keys work as a bundle will use them: signed by one half, encrypted for the other.
    message = b"berkas kiriman"
    private.signing_key.public_key().verify(private.signing_key.sign(message), message)
    signing_public = private.signing_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    assert signing_public.hex() == station.signing_key
    recipient = pyrage.x25519.Recipient.from_str(station.age_recipient)
    assert pyrage.decrypt(pyrage.encrypt(message, [recipient]), [private.age_identity]) == message
    # Another sign-in opens the same keys: nothing new is made.
    close_database()
    fresh = open_desk(desk.paths)
    with pytest.raises(keys.KeysLocked):
        stations.station_keys(fresh)
    assert keys.unlock_at_sign_in(fresh, officers[Role.SIGNING_OFFICIAL], PASSWORD)
    assert stations.station_keys(fresh).age_identity.to_public().__str__() == station.age_recipient
    assert len(events(keys.STATION_KEYS_EVENT)) == 1
    close_database()


def test_an_office_keys_file_from_before_stations_gets_station_keys_at_the_next_unlock(desk, officers):
    unlocked = keys.unlocked(desk)
    older = dataclasses.replace(unlocked.secrets, station_signing_key=None, station_age_identity=None)
    keys._write_secrets(desk, unlocked.master, older)
    assert b"station" not in older.to_json()
    assert keys.OfficeSecrets.from_json(older.to_json()) == older  # the older layout still reads
    LocalStation.update(signing_key="", age_recipient="", keys_created_at=None).execute()
    close_database()
    fresh = open_desk(desk.paths)
    assert not stations.this_station(fresh).has_keys
    assert keys.unlock_at_sign_in(fresh, officers[Role.SIGNING_OFFICIAL], PASSWORD)
    station = stations.this_station(fresh)
    assert station.has_keys
    assert events(keys.STATION_KEYS_EVENT)[-1]["reason"] == "kunci stasiun pertama"
    sealed = keys._read_secrets(fresh, keys.unlocked(fresh).master)
    assert sealed.station_signing_key is not None and sealed.station_age_identity is not None
    assert sealed.seal_key == unlocked.secrets.seal_key  # the office's own keys are untouched
    assert stations.station_keys(fresh).station_id == station.id
    close_database()


@pytest.mark.sqlite_only
def test_no_private_station_key_is_in_the_database_the_data_folder_or_the_log_in_clear(desk, officers):
    private = keys.unlocked(desk).secrets
    assert private.station_signing_key is not None and private.station_age_identity is not None
    identity = private.station_age_identity
    secrets = (
        private.station_signing_key,
        private.station_signing_key.hex().encode(),
        private.station_signing_key.hex().upper().encode(),
        identity.encode(),
        identity.lower().encode(),
        identity.split("1", 1)[1].encode(),  # the key's bech32 data, whatever prefix would be written before it
    )
    public = stations.this_station(desk)
    close_database()
    everything = _every_byte_of(desk.paths.data_dir)  # database, WAL, keys/, logs/
    for secret in secrets:
        assert secret not in everything
    assert public.age_recipient.encode() in everything  # the public halves are there, readable without unlocking
    open_desk(desk.paths)


def test_an_admin_reset_gives_the_station_new_keys_and_says_so(desk, officers):
    before = stations.this_station(desk)
    said = keys.password_reset_by_admin(desk, "admin", officers[Role.SIGNING_OFFICIAL].username, "sandi-dari-admin")
    assert said is not None and "Kunci stasiun juga baru" in said
    after = stations.this_station(desk)
    assert after.id == before.id and after.fingerprint != before.fingerprint
    assert stations.station_keys(desk).station_id == after.id
    assert parse_card(stations.station_card(desk)).fingerprint == after.fingerprint


def test_importing_a_certificate_keeps_the_station_keys(desk, officers):
    from tests.services.test_signatures import make_p12

    before = stations.station_keys(desk)
    keys.import_pkcs12(desk, officers[Role.ADMIN], make_p12("Kepala DPMPTSP Kampar", b"rahasia"), "rahasia")
    close_database()
    fresh = open_desk(desk.paths)
    keys.unlock_at_sign_in(fresh, officers[Role.SIGNING_OFFICIAL], PASSWORD)
    after = stations.station_keys(fresh)
    assert str(after.age_identity.to_public()) == str(before.age_identity.to_public())
    assert len(events(keys.STATION_KEYS_EVENT)) == 1
    close_database()


def test_the_card_carries_the_public_keys_and_reads_back(desk, officers, tmp_path):
    station = stations.this_station(desk)
    card = stations.read_card(stations.station_card(desk))
    assert (card.station_id, card.name, card.office_code) == (station.id, station.name, "KPR")
    assert (card.signing_key, card.age_recipient, card.fingerprint) == (
        station.signing_key,
        station.age_recipient,
        station.fingerprint,
    )
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    written = stations.save_card(desk, folder)
    assert written.name == "kartu-stasiun-dpmptsp-kabupaten-kampar-loket-1.json"
    assert stations.read_card_file(written) == card
    named = stations.save_card(desk, folder / "kartu.json")
    assert named == folder / "kartu.json" and stations.read_card_file(named) == card
    with pytest.raises(ExportError, match="tidak ada"):
        stations.save_card(desk, tmp_path / "terlepas" / "kartu.json")


def test_renaming_keeps_the_id_and_fingerprint_and_is_audited(desk, officers):
    before = stations.this_station(desk)
    renamed = stations.rename_station(desk, officers[Role.ADMIN], "  Kantor   Pusat  Bangkinang ")
    assert renamed.name == "Kantor Pusat Bangkinang"
    assert (renamed.id, renamed.fingerprint) == (before.id, before.fingerprint)
    assert stations.read_card(stations.station_card(desk)).name == "Kantor Pusat Bangkinang"
    [event] = events(stations.RENAME_EVENT)
    assert event["actor"] == "admin" and event["to"] == "Kantor Pusat Bangkinang"
    for bad in ("   ", "x" * 101, "loket\u202e2"):
        with pytest.raises(ValidationError):
            stations.rename_station(desk, officers[Role.ADMIN], bad)
    with pytest.raises(PermissionDenied):
        stations.rename_station(desk, officers[Role.FRONT_OFFICE], "Loket liar")
    assert stations.this_station(desk).name == "Kantor Pusat Bangkinang"


# --- other stations -------------------------------------------------------------------------------------------------


def test_trusting_a_card_then_revoking_it_each_an_audit_event(desk, officers):
    admin = officers[Role.ADMIN]
    card = other_card()
    trusted = stations.trust_station(desk, admin, card)
    assert trusted.trusted and trusted.status == stations.TRUSTED and trusted.trusted_by == "admin"
    assert trusted.fingerprint == card.fingerprint and trusted.trusted_at == desk.now()
    assert stations.trusted_station(desk, card.station_id) == trusted
    assert stations.trusted_station(desk, str(card.station_id)) == trusted
    [event] = events(stations.TRUST_EVENT)
    assert event["station"] == str(card.station_id) and event["fingerprint"] == card.fingerprint
    assert event["signing_key"] == card.signing_key and event["age_recipient"] == card.age_recipient

    revoked = stations.revoke_station(desk, admin, card.station_id)
    assert revoked.status == stations.REVOKED and revoked.revoked_by == "admin" and not revoked.trusted
    assert stations.trusted_station(desk, card.station_id) is None
    assert [e["station"] for e in events(stations.REVOKE_EVENT)] == [str(card.station_id)]
    assert stations.known_stations(desk) == (revoked,)
    with pytest.raises(ValidationError, match="sudah dicabut"):
        stations.revoke_station(desk, admin, card.station_id)
    with pytest.raises(NotFound):
        stations.revoke_station(desk, admin, new_id())
    with pytest.raises(ValidationError, match="bukan pengenal stasiun"):
        stations.revoke_station(desk, admin, "loket-2")
    assert audit.audit_check(desk).intact


def test_trusting_is_refused_for_this_stations_own_card_and_for_a_second_set_of_keys(desk, officers):
    admin = officers[Role.ADMIN]
    with pytest.raises(ValidationError, match="kartu stasiun komputer ini sendiri"):
        stations.trust_station(desk, admin, stations.read_card(stations.station_card(desk)))
    card = other_card()
    stations.trust_station(desk, admin, card)
    with pytest.raises(ValidationError, match="sudah dipercaya dengan kartu ini"):
        stations.trust_station(desk, admin, card)
    rekeyed = other_card(station_id=card.station_id)
    with pytest.raises(ValidationError, match="cabut dulu"):
        stations.trust_station(desk, admin, rekeyed)
    # The same keys under another id: two stations never share keys.
    impostor = dataclasses.replace(card, station_id=new_id(), name="Loket palsu")
    with pytest.raises(ValidationError, match="sudah dipakai stasiun lain"):
        stations.trust_station(desk, admin, impostor)
    assert [record.fingerprint for record in stations.known_stations(desk)] == [card.fingerprint]
    assert len(events(stations.TRUST_EVENT)) == 1


def test_a_revoked_station_is_trusted_again_only_with_a_new_card(desk, officers):
    admin = officers[Role.ADMIN]
    first = other_card()
    stations.trust_station(desk, admin, first)
    KnownStation.update(last_received_sequence=7).where(KnownStation.id == first.station_id).execute()
    stations.revoke_station(desk, admin, first.station_id)
    with pytest.raises(ValidationError, match="hanya dapat dipercaya lagi dengan kartu baru"):
        stations.trust_station(desk, admin, first)
    second = other_card(station_id=first.station_id)
    again = stations.trust_station(desk, admin, second)
    assert again.trusted and again.fingerprint == second.fingerprint and again.revoked_at is None
    assert again.last_received_sequence == 7  # the bundles already received from it stay counted
    # The first keys stay revoked for good, even after the second card was revoked in turn.
    stations.revoke_station(desk, admin, first.station_id)
    with pytest.raises(ValidationError, match="kartu baru"):
        stations.trust_station(desk, admin, first)
    assert audit.audit_check(desk).intact


def test_only_the_administrator_manages_stations_and_a_refusal_is_recorded(desk, officers):
    card = other_card()
    for role in (Role.FRONT_OFFICE, Role.SIGNING_OFFICIAL):
        with pytest.raises(PermissionDenied, match="Kelola stasiun"):
            stations.trust_station(desk, officers[role], card)
    stations.trust_station(desk, officers[Role.ADMIN], card)
    with pytest.raises(PermissionDenied):
        stations.revoke_station(desk, officers[Role.VERIFIER], card.station_id)
    refused = events("action_refused")
    assert [(e["actor"], e["action"]) for e in refused] == [
        ("fo.siti", "manage_stations"),
        ("kadis", "manage_stations"),
        ("verif.rina", "manage_stations"),
    ]
    assert stations.trusted_station(desk, card.station_id) is not None


def test_the_command_line_acts_as_the_system(desk, officers):
    card = other_card()
    assert stations.trust_station(desk, None, card).trusted_by == "sistem"
    assert stations.revoke_station(desk, None, card.station_id).revoked_by == "sistem"
    assert [e["actor"] for e in events(stations.TRUST_EVENT) + events(stations.REVOKE_EVENT)] == ["sistem"] * 2


@pytest.mark.sqlite_only
def test_a_station_row_put_in_or_changed_outside_the_app_is_not_trusted_and_is_named(desk, officers):
    card = other_card()
    stations.trust_station(desk, officers[Role.ADMIN], card)
    # A row inserted by hand, with no trust event behind it.
    forged = other_card("Loket siluman")
    KnownStation.create(
        id=forged.station_id,
        name=forged.name,
        office_code="KPR",
        office_name="X",
        signing_key=forged.signing_key,
        age_recipient=forged.age_recipient,
        fingerprint=forged.fingerprint,
        trusted_at=desk.now(),
        trusted_by="admin",
    )
    assert stations.trusted_station(desk, forged.station_id) is None
    assert stations.known_station(desk, forged.station_id).status == stations.TAMPERED
    # A trusted row whose key was swapped in the database.
    swapped = other_card()
    close_database()
    with sqlite3.connect(desk.paths.database) as connection:
        connection.execute(
            "UPDATE known_station SET signing_key = ? WHERE id = ?", (swapped.signing_key, card.station_id.hex)
        )
    open_desk(desk.paths)
    assert stations.trusted_station(desk, card.station_id) is None
    assert stations.known_station(desk, card.station_id).status == stations.TAMPERED
    report = "\n".join(audit.audit_check(desk).lines())
    assert f"stasiun '{card.name}'" in report


def test_this_stations_public_key_swapped_in_the_database_stops_its_card(desk, officers):
    swapped = other_card()
    LocalStation.update(age_recipient=swapped.age_recipient).execute()
    with pytest.raises(DeskError, match="tidak sama dengan yang dicatat log audit"):
        stations.station_card(desk)
    with pytest.raises(DeskError):
        stations.station_keys(desk)
    assert "stasiun ini" in "\n".join(audit.audit_check(desk).lines())
    # The official's next sign-in records the public halves of the sealed keys again.
    close_database()
    fresh = open_desk(desk.paths)
    keys.unlock_at_sign_in(fresh, officers[Role.SIGNING_OFFICIAL], PASSWORD)
    assert stations.this_station(fresh).age_recipient != swapped.age_recipient
    assert parse_card(stations.station_card(fresh)).age_recipient == stations.this_station(fresh).age_recipient
    close_database()


# --- hostile cards --------------------------------------------------------------------------------------------------


def _edited(change) -> bytes:
    document = json.loads(other_card().to_bytes())
    change(document)
    return json.dumps(document).encode()


def _refit(document: dict) -> None:
    """After an edit, a fingerprint that matches again: only the edit itself is then refused."""
    card = StationCard(
        uuid.UUID(document["station_id"]),
        document["station_name"],
        document["office_code"],
        document["office_name"],
        document["signing_key"],
        document["age_recipient"],
    )
    document["fingerprint"] = card.fingerprint


def _break_recipient(document: dict) -> None:
    recipient = document["age_recipient"]
    document["age_recipient"] = recipient[:-1] + ("q" if recipient[-1] != "q" else "p")


def _flip_key(document: dict) -> None:
    key = document["signing_key"]
    document["signing_key"] = ("0" if key[0] != "0" else "1") + key[1:]


HOSTILE = {
    "truncated": (lambda: other_card().to_bytes()[:150], "tidak utuh"),
    "empty": (lambda: b"", "tidak utuh"),
    "binary": (lambda: bytes(range(256)), "bukan kartu stasiun"),
    "a list": (lambda: b"[1, 2]", "bukan kartu stasiun"),
    "another format": (lambda: _edited(lambda d: d.update(format="kampar-desk-backup")), "bukan kartu stasiun"),
    "oversized": (lambda: b" " * (MAX_CARD_BYTES + 1), "terlalu besar|hanya beberapa ratus byte"),
    "changed fingerprint": (lambda: _edited(lambda d: d.update(fingerprint="0000 " * 7 + "0000")), "diubah atau rusak"),
    "changed key": (lambda: _edited(_flip_key), "diubah atau rusak"),
    "changed id": (lambda: _edited(lambda d: d.update(station_id=str(new_id()))), "diubah atau rusak"),
    "unknown version": (lambda: _edited(lambda d: d.update(version=2)), "versi 2 tidak dikenal"),
    "version as text": (lambda: _edited(lambda d: d.update(version="1")), "Versi kartu stasiun tidak terbaca"),
    "missing key": (lambda: _edited(lambda d: d.pop("age_recipient")), "bagian age_recipient tidak ada"),
    "extra field": (lambda: _edited(lambda d: d.update(private_key="00")), "tidak dikenal \\(private_key\\)"),
    "number as name": (
        lambda: _edited(lambda d: d.update(station_name=5)),
        "station_name pada kartu stasiun bukan teks",
    ),
    "hidden characters in the name": (
        lambda: _edited(lambda d: (d.update(station_name="loket \u202e1"), _refit(d))),
        "station_name",
    ),
    "uuid4 id": (lambda: _edited(lambda d: (d.update(station_id=str(uuid.uuid4())), _refit(d))), "Pengenal stasiun"),
    "short key": (lambda: _edited(lambda d: d.update(signing_key="abcd")), "Kunci tanda tangan"),
    "bad age checksum": (lambda: _edited(_break_recipient), "Kunci enkripsi \\(age\\)"),
    "age secret key": (
        lambda: _edited(lambda d: d.update(age_recipient=str(pyrage.x25519.Identity.generate()))),
        "Kunci enkripsi \\(age\\)",
    ),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_bad_card_is_refused_with_an_indonesian_sentence(kind):
    make, message = HOSTILE[kind]
    data = make()
    with pytest.raises(ValidationError, match=message) as refused:
        stations.read_card(data)
    assert refused.value.field == "card" and "Traceback" not in str(refused.value)


def test_a_card_saved_again_by_notepad_still_reads(desk):
    card = other_card()
    assert stations.read_card(b"\xef\xbb\xbf" + card.to_bytes().replace(b"\n", b"\r\n")) == card


def test_a_card_file_that_is_missing_or_too_large_is_a_sentence(desk, officers, tmp_path):
    with pytest.raises(ValidationError, match="tidak ada"):
        stations.read_card_file(tmp_path / "hilang.json")
    large = tmp_path / "besar.json"
    large.write_bytes(b"{" + b" " * (MAX_CARD_BYTES * 4))
    with pytest.raises(ValidationError, match="terlalu besar"):
        stations.card_to_trust(desk, large)
    own = tmp_path / "sendiri.json"
    own.write_bytes(stations.station_card(desk))
    with pytest.raises(ValidationError, match="sendiri"):
        stations.card_to_trust(desk, own)
    assert not KnownStation.select().exists()
