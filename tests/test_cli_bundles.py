"""`kampar-desk export` and `kampar-desk import --check` between two real stations, in Indonesian, no NIK printed."""

from __future__ import annotations

import io

import pytest

from kampar_desk.app import main
from kampar_desk.store.database import close_database
from kampar_desk.store.models import Application, AuditEvent, KnownStation
from tests.conftest import PASSWORD
from tests.services.test_bundles import NIK, Pair, make_pair


@pytest.fixture
def pair(desk, officers, clock, tmp_path) -> Pair:
    return make_pair(desk, officers, clock, tmp_path)


def cli(monkeypatch: pytest.MonkeyPatch, data_dir, *args: str, password: str = PASSWORD) -> int:
    """The command as a script runs it: the official's password on standard input, no terminal."""
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    close_database()
    try:
        return main(["--data-dir", str(data_dir), *args])
    finally:
        close_database()


def export(monkeypatch, pair: Pair, out, *more: str, password: str = PASSWORD) -> int:
    """`kampar-desk export` at station A for station B, the official's password given as a script gives it."""
    args = ("export", "--to", str(pair.b_id), "--out", str(out), "--official", "kadis", *more)
    return cli(monkeypatch, pair.a_paths.data_dir, *args, password=password)


def export_all(monkeypatch, pair: Pair, folder) -> None:
    assert export(monkeypatch, pair, folder, "--all") == 0


def test_export_then_import_check_lists_what_the_bundle_holds_and_changes_nothing(
    pair: Pair, tmp_path, monkeypatch, capsys
):
    code = export(monkeypatch, pair, tmp_path, "--all")
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Berkas kiriman ditulis:" in out and "DPMPTSP Kampar - loket 2" in out and "semua catatan" in out
    [path] = tmp_path.glob("*.kdsync")
    assert f"{path}" in out
    pair.open_b()
    events = AuditEvent.select().count()
    code = cli(monkeypatch, pair.b_paths.data_dir, "import", str(path), "--check", "--official", "kadis")
    captured = capsys.readouterr()
    assert code == 0, captured.err
    out = captured.out
    assert "Berkas kiriman UTUH dan sah" in out and str(pair.a_id) in out
    assert "Berkas permohonan" in out and "Register surat" in out and "Berkas PDF surat di dalamnya: 1" in out
    assert "Tidak ada yang diubah" in out
    assert NIK not in out + captured.err and "Siti Rahmawati" not in out
    pair.open_b()
    assert AuditEvent.select().count() == events  # checking writes nothing, not even an event


def test_import_applies_after_yes_writes_a_receipt_and_the_sender_records_it(pair: Pair, tmp_path, monkeypatch, capsys):
    export_all(monkeypatch, pair, tmp_path)
    [bundle] = tmp_path.glob("*.kdsync")
    capsys.readouterr()
    b = pair.b_paths.data_dir
    # from a script, without --yes, nothing is applied
    assert cli(monkeypatch, b, "import", str(bundle), "--official", "kadis") == 2
    assert "--yes" in capsys.readouterr().err
    pair.open_b()
    assert not Application.select().exists()
    assert cli(monkeypatch, b, "import", str(bundle), "--yes", "--official", "kadis") == 0
    out = capsys.readouterr().out
    assert "Kiriman diterapkan." in out and "Berkas permohonan" in out and "Tanda terima untuk stasiun pengirim" in out
    assert NIK not in out and "Siti Rahmawati" not in out
    pair.open_b()
    assert Application.select().count() == 1
    [receipt] = tmp_path.glob("*.kdterima")
    assert cli(monkeypatch, b, "import", str(bundle), "--yes", "--official", "kadis") == 0
    assert "sudah pernah diterima" in capsys.readouterr().out
    assert cli(monkeypatch, pair.a_paths.data_dir, "import", str(receipt), "--official", "kadis") == 0
    assert "Tanda terima dicatat" in capsys.readouterr().out
    pair.open_a()
    assert KnownStation.get_by_id(pair.b_id).last_acknowledged_at is not None


def test_export_refusals_are_one_indonesian_line(pair: Pair, tmp_path, monkeypatch, capsys):
    a = pair.a_paths.data_dir
    assert cli(monkeypatch, a, "export", "--to", str(pair.b_id), "--out", str(tmp_path)) == 2
    assert "Kunci stasiun masih terkunci: tambahkan --official" in capsys.readouterr().err
    assert cli(monkeypatch, a, "export", "--to", str(pair.a_id), "--out", str(tmp_path), "--official", "kadis") == 2
    assert "komputer ini sendiri" in capsys.readouterr().err
    assert cli(monkeypatch, a, "export", "--to", str(pair.b_id), "--out", str(tmp_path), "--since", "16-03-2026") == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    wrong = export(monkeypatch, pair, tmp_path, password="salah")
    assert wrong == 2 and "Galat:" in capsys.readouterr().err
    assert list(tmp_path.glob("*.kdsync")) == []


def test_import_check_of_a_bad_bundle_exits_non_zero_with_the_reason(pair: Pair, tmp_path, monkeypatch, capsys):
    assert export(monkeypatch, pair, tmp_path / "k.kdsync") == 0
    raw = (tmp_path / "k.kdsync").read_bytes()
    (tmp_path / "k.kdsync").write_bytes(raw[: len(raw) - 100])
    capsys.readouterr()
    assert (
        cli(monkeypatch, pair.b_paths.data_dir, "import", str(tmp_path / "k.kdsync"), "--check", "--official", "kadis")
        == 2
    )
    assert "terpotong" in capsys.readouterr().err
