"""`kampar-desk station`: this station's id, name and fingerprints; its card; trusting and revoking other stations."""

from __future__ import annotations

import io
import json

import pytest

from kampar_desk.app import main
from kampar_desk.services import stations
from kampar_desk.services.desk import open_desk
from kampar_desk.store.database import close_database
from kampar_desk.store.models import AuditEvent
from tests.services.test_stations import other_card


class Terminal(io.StringIO):
    """Standard input as a person at a terminal types it."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def data_dir(desk, officers):
    """An installation whose signing official has signed in once (so its station has keys), closed for the CLI."""
    close_database()
    yield desk.paths.data_dir
    close_database()


def cli(data_dir, *args: str) -> int:
    try:
        return main(["--data-dir", str(data_dir), "station", *args])
    finally:
        close_database()


def test_station_prints_the_id_the_name_and_the_key_fingerprints_never_a_private_key(data_dir, desk, capsys):
    assert cli(data_dir) == 0
    out = capsys.readouterr().out
    open_desk(desk.paths)
    station = stations.this_station(desk)
    assert str(station.id) in out and station.name in out
    assert f"Sidik jari stasiun          : {station.fingerprint}" in out
    assert f"Kunci tanda tangan (Ed25519): {station.signing_key_fingerprint}" in out
    assert station.age_recipient in out
    assert "AGE-SECRET-KEY" not in out and station.signing_key not in out
    assert "Stasiun lain yang dikenal: 0" in out


def test_station_before_any_keys_says_when_they_are_made(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "baru"), "station"]) == 0
    close_database()
    assert "Kunci stasiun belum dibuat" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "baru"), "station", "card", "--out", str(tmp_path)]) == 2
    close_database()
    assert "belum punya kunci" in capsys.readouterr().err


def test_card_writes_the_public_card_to_a_file_or_a_folder(data_dir, tmp_path, capsys):
    target = tmp_path / "usb" / "kartu-loket-1.json"
    target.parent.mkdir()
    assert cli(data_dir, "card", "--out", str(target)) == 0
    out = capsys.readouterr().out
    card = stations.read_card(target.read_bytes())
    assert f"Kartu stasiun ditulis: {target}" in out and card.fingerprint in out
    assert set(json.loads(target.read_bytes())) >= {"station_id", "signing_key", "age_recipient", "fingerprint"}
    assert cli(data_dir, "card", "--out", str(target.parent)) == 0
    assert (target.parent / "kartu-stasiun-dpmptsp-kabupaten-kampar-loket-1.json").exists()
    assert cli(data_dir, "card", "--out", str(tmp_path / "tidak-ada" / "k.json")) == 2
    assert "tidak ada" in capsys.readouterr().err


def test_trust_shows_the_card_and_asks_at_a_terminal(data_dir, tmp_path, capsys, monkeypatch):
    card = other_card("Kantor Pusat Bangkinang")
    path = tmp_path / "kartu.json"
    path.write_bytes(card.to_bytes())
    monkeypatch.setattr("sys.stdin", Terminal("tidak\n"))
    assert cli(data_dir, "trust", str(path)) == 1
    captured = capsys.readouterr()
    assert "Kantor Pusat Bangkinang" in captured.out and str(card.station_id) in captured.out
    assert card.fingerprint in captured.out and "Dibatalkan; tidak ada yang diubah." in captured.err
    monkeypatch.setattr("sys.stdin", Terminal("ya\n"))
    assert cli(data_dir, "trust", str(path)) == 0
    assert "Kantor Pusat Bangkinang" in capsys.readouterr().out
    assert cli(data_dir) == 0
    assert f"dipercaya  Kantor Pusat Bangkinang (KPR)  {card.station_id}" in capsys.readouterr().out


def test_trust_without_a_terminal_and_without_yes_is_refused(data_dir, tmp_path, capsys):
    path = tmp_path / "kartu.json"
    path.write_bytes(other_card().to_bytes())
    assert cli(data_dir, "trust", str(path)) == 2  # pytest's standard input is no terminal
    err = capsys.readouterr().err
    assert "Tidak ada terminal" in err and "--yes" in err and "Traceback" not in err
    assert cli(data_dir, "trust", str(path), "--yes") == 0


def test_bad_cards_are_one_indonesian_line_and_change_nothing(data_dir, desk, tmp_path, capsys):
    own = tmp_path / "sendiri.json"
    assert cli(data_dir, "card", "--out", str(own)) == 0
    truncated = tmp_path / "terpotong.json"
    truncated.write_bytes(other_card().to_bytes()[:120])
    for path, said in ((own, "sendiri"), (truncated, "tidak utuh"), (tmp_path / "hilang.json", "tidak ada")):
        capsys.readouterr()
        assert cli(data_dir, "trust", str(path), "--yes") == 2
        err = capsys.readouterr().err
        assert said in err and err.count("Galat") == 1 and "Traceback" not in err
    open_desk(desk.paths)
    assert not AuditEvent.select().where(AuditEvent.action == stations.TRUST_EVENT).exists()


def test_revoke_asks_then_revokes_as_the_system(data_dir, desk, tmp_path, capsys, monkeypatch):
    card = other_card()
    path = tmp_path / "kartu.json"
    path.write_bytes(card.to_bytes())
    assert cli(data_dir, "trust", str(path), "--yes") == 0
    assert cli(data_dir, "revoke", str(card.station_id)) == 2
    assert "Tidak ada terminal" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", Terminal("ya\n"))
    assert cli(data_dir, "revoke", str(card.station_id)) == 0
    assert "dicabut" in capsys.readouterr().out
    assert cli(data_dir, "revoke", str(card.station_id), "--yes") == 2
    assert "sudah dicabut" in capsys.readouterr().err
    assert cli(data_dir, "revoke", "bukan-id", "--yes") == 2
    assert "bukan pengenal stasiun" in capsys.readouterr().err
    open_desk(desk.paths)
    record = stations.known_station(desk, card.station_id)
    assert record.status == stations.REVOKED and record.trusted_by == "sistem" and record.revoked_by == "sistem"
