from pathlib import Path

import pytest

from kampar_desk.domain.errors import StandardFileError
from kampar_desk.domain.standard import parse_standard
from kampar_desk.paths import resource_path
from kampar_desk.services.catalog import load_catalog

SEED = resource_path("services", "rekomendasi-pelatih-anak-putus-sekolah.toml")


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_service_carries_all_14_components_as_published():
    s = parse_standard(seed_text(), SEED.name)
    assert s.code == "REK-PAPS"
    assert s.name == "Rekomendasi Bantuan Pengiriman Pelatih Anak Putus Sekolah"
    assert len(s.legal_basis) == 11 and s.legal_basis[0].startswith("Undang-Undang Nomor 11 Tahun 2009")
    assert s.legal_basis[10].startswith("Keputusan Bupati Kampar Nomor 503-236/I/2022")
    assert [r.text for r in s.requirements] == [
        "Surat Permohonan Bermaterai",
        "Surat Keterangan Tidak Mampu dari Kepala Desa atau Lurah",
        "Foto copy KTP",
        "Fotocopy Kartu Keluarga (KK)",
        "Fotocopy Kartu-kartu Bantuan, Seperti; BPJS,JKS-KIN,RASTRA,PKH dll",
        "Rekomendasi Dinas Sosial Kabupaten Kampar",
    ]
    assert 'B -- "Tidak lengkap dikembalikan" --> A' in s.procedure_flow
    assert len(s.procedure_steps) == 7 and s.procedure_steps[6].startswith("Penyerahkan izin")
    assert (s.time_limit_working_days, s.time_limit_text) == (5, "5 (lima) hari kerja")
    assert (s.fee_rupiah, s.fee_text, s.has_fee) == (0, "Rp. 0 (Nol Rupiah)", False)
    assert s.product == "Surat Rekomendasi Bantuan Pengiriman Pelatih Anak Putus Sekolah"
    assert len(s.facilities) == 27 and s.facilities[-1] == "Ruang server."
    assert len(s.competencies) == 4
    assert s.supervision_intro == "Dilaksanakan secara terus-menerus oleh;" and len(s.supervision) == 3
    assert len(s.complaint_channels) == 7 and "0812-7646-0487" in s.complaint_channels[5].text
    assert s.staff_count == 5
    assert len(s.service_guarantees) == 5 and "Tracking System" in s.service_guarantees[3]
    assert len(s.security_guarantees) == 2 and "barkode" in s.security_guarantees[1]
    assert len(s.evaluation) == 3 and len(s.evaluation[0].details) == 3
    assert s.signatory.name == "HAMBALI, SE, MBA, MH" and s.signatory.nip == "19681024 200003 1 002"


def test_records_are_immutable():
    s = parse_standard(seed_text(), SEED.name)
    with pytest.raises(AttributeError):
        s.fee_rupiah = 5  # type: ignore[misc]
    assert isinstance(s.requirements, tuple)


@pytest.mark.parametrize(
    ("edit", "field", "reason"),
    [
        (lambda t: t.replace('name = "Rekomendasi', 'nama = "Rekomendasi', 1), "name", "tidak ada"),
        (lambda t: t.replace("working_days = 5", 'working_days = "lima"'), "time_limit.working_days", "bilangan bulat"),
        (lambda t: t.replace("working_days = 5", "working_days = 0"), "time_limit.working_days", "paling sedikit 1"),
        (lambda t: t.replace("rupiah = 0", "rupiah = -5"), "fee.rupiah", "paling sedikit 0"),
        (lambda t: t.replace('code = "ktp"', 'code = "sktm"'), "requirements", "lebih dari sekali"),
        (lambda t: t.replace('text = "Foto copy KTP"', 'text = ""'), "requirements[3].text", "kosong"),
        (
            lambda t: t.replace('technical_review = "if_needed"', 'technical_review = "kadang"'),
            "technical_review",
            "salah satu",
        ),
        (lambda t: t.replace("date = 2022-02-25", 'date = "25 Februari"'), "signatory.date", "tanggal"),
        (lambda t: t.replace("schema = 1", "schema = 2"), "schema", "harus 1"),
        (lambda t: t + "\n[fee\n", "(format)", "bukan TOML"),
    ],
)
def test_malformed_file_is_refused_naming_file_field_and_reason(edit, field, reason):
    with pytest.raises(StandardFileError) as refused:
        parse_standard(edit(seed_text()), "layanan-rusak.toml")
    assert refused.value.file == "layanan-rusak.toml"
    assert refused.value.field == field
    assert reason in refused.value.reason
    assert str(refused.value).startswith("Berkas standar pelayanan layanan-rusak.toml: bagian")


def test_catalog_refuses_an_empty_folder_and_duplicate_codes(tmp_path: Path):
    with pytest.raises(StandardFileError, match="tidak berisi satu pun"):
        load_catalog(tmp_path)
    (tmp_path / "a.toml").write_text(seed_text(), encoding="utf-8")
    (tmp_path / "b.toml").write_text(seed_text(), encoding="utf-8")
    with pytest.raises(StandardFileError) as refused:
        load_catalog(tmp_path)
    assert refused.value.file == "b.toml" and "sudah dipakai oleh a.toml" in refused.value.reason


def test_second_service_is_a_new_file_not_new_code():
    catalog = load_catalog(Path(__file__).parent.parent / "data" / "services")
    second = catalog["IZN-CONTOH"]
    assert second.has_fee and second.fee_rupiah == 150_000
    assert second.technical_review == "always" and second.time_limit_working_days == 3
