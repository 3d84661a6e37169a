"""Loads the data the app ships: service standard files, the region table, the default office profile."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kampar_desk.domain.errors import NotFound, StandardFileError
from kampar_desk.domain.regions import RegionDirectory
from kampar_desk.domain.standard import ServiceStandard, parse_standard
from kampar_desk.paths import resource_path


class ServiceCatalog(Mapping[str, ServiceStandard]):
    """Every service the office serves, keyed by code, in file-name order."""

    def __init__(self, standards: list[ServiceStandard]) -> None:
        self._by_code = {s.code: s for s in standards}

    def __getitem__(self, code: str) -> ServiceStandard:
        try:
            return self._by_code[code]
        except KeyError:
            raise NotFound(f"Layanan dengan kode '{code}' tidak ada dalam katalog.") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_code)

    def __len__(self) -> int:
        return len(self._by_code)


def load_catalog(folder: Path | None = None) -> ServiceCatalog:
    """Read every `*.toml` in `resources/services/`; any bad file stops the start with file, field and reason."""
    folder = folder or resource_path("services")
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise StandardFileError(str(folder), "(folder)", "tidak berisi satu pun berkas layanan (*.toml).")
    standards: list[ServiceStandard] = []
    seen: dict[str, str] = {}
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise StandardFileError(file.name, "(format)", "bukan teks UTF-8.") from None
        standard = parse_standard(text, file.name)
        if standard.code in seen:
            raise StandardFileError(file.name, "code", f"'{standard.code}' sudah dipakai oleh {seen[standard.code]}.")
        seen[standard.code] = file.name
        standards.append(standard)
    return ServiceCatalog(standards)


def load_regions(file: Path | None = None) -> RegionDirectory:
    file = file or resource_path("regions", "wilayah-kampar.json")
    return RegionDirectory.from_data(json.loads(file.read_text(encoding="utf-8")))


def load_office_defaults(file: Path | None = None) -> dict[str, Any]:
    """The default office profile, flattened to the OfficeProfile columns."""
    file = file or resource_path("office", "dpmptsp-kampar.toml")
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    head = data.pop("head")
    data.update({f"head_{key}": value for key, value in head.items()})
    return data
