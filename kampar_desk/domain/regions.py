"""Kemendagri region codes: provinces, Riau's regencies, Kampar's kecamatan and desa/kelurahan."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Village:
    code: str
    name: str
    kind: str  # "desa" or "kelurahan"
    district_code: str

    @property
    def is_kelurahan(self) -> bool:
        return self.kind == "kelurahan"

    @property
    def sktm_signer(self) -> str:
        """Who signs the Surat Keterangan Tidak Mampu for a resident: Kepala Desa for a desa, Lurah for a kelurahan."""
        return f"Lurah {self.name}" if self.is_kelurahan else f"Kepala Desa {self.name}"

    @property
    def label(self) -> str:
        return f"{'Kelurahan' if self.is_kelurahan else 'Desa'} {self.name}"


@dataclass(frozen=True)
class District:
    """A kecamatan."""

    code: str
    name: str
    villages: tuple[Village, ...]


class RegionDirectory:
    """Lookups over the region table shipped in `resources/regions/`."""

    def __init__(
        self,
        provinces: Mapping[str, str],
        regencies: Mapping[str, str],
        home_regency: str,
        districts: tuple[District, ...],
    ) -> None:
        self.provinces = dict(provinces)
        self.regencies = dict(regencies)
        self.home_regency = home_regency
        self.districts = districts
        self._districts = {d.code: d for d in districts}
        self._villages = {v.code: v for d in districts for v in d.villages}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> RegionDirectory:
        districts = tuple(
            District(
                code=d["code"],
                name=d["name"],
                villages=tuple(Village(v["code"], v["name"], v["kind"], d["code"]) for v in d["villages"]),
            )
            for d in data["districts"]
        )
        return cls(data["provinces"], data["regencies"], data["home_regency"], districts)

    def district(self, code: str) -> District | None:
        return self._districts.get(code)

    def village(self, code: str) -> Village | None:
        return self._villages.get(code)

    def villages_of(self, district_code: str) -> tuple[Village, ...]:
        district = self._districts.get(district_code)
        return district.villages if district else ()

    @property
    def home_regency_name(self) -> str:
        return self.regencies.get(self.home_regency, self.home_regency)

    def in_home_regency(self, digits: str) -> bool:
        """Whether a NIK/KK (or its first 4+ digits) was issued in the office's regency (Kampar: `1401…`)."""
        return digits[:4] == self.home_regency.replace(".", "")

    def district_of_nik(self, digits: str) -> District | None:
        """The kecamatan where a NIK/KK was issued (its first six digits), when it is one this office knows."""
        if len(digits) < 6 or not digits[:6].isdigit():
            return None
        return self.district(f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}")

    def describe_prefix(self, digits: str) -> tuple[str, bool]:
        """Name the region of a 6-digit NIK/KK prefix and whether the code is known; unknown parts are named as such."""
        province, regency, district = (
            digits[:2],
            f"{digits[:2]}.{digits[2:4]}",
            f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}",
        )
        if province not in self.provinces:
            return f"kode provinsi {province} tidak dikenal", False
        parts = [f"Provinsi {self.provinces[province]}"]
        if province != self.home_regency[:2]:
            return parts[0], True
        if regency not in self.regencies:
            return f"{parts[0]}, kode kabupaten/kota {digits[2:4]} tidak dikenal", False
        parts.insert(0, self.regencies[regency])
        if regency != self.home_regency:
            return ", ".join(parts), True
        found = self._districts.get(district)
        if found is None:
            return f"{', '.join(parts)}, kode kecamatan {digits[4:6]} tidak dikenal", False
        return f"Kecamatan {found.name}, " + ", ".join(parts), True
