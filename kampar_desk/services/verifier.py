"""The letter verification page: one static `index.html` that checks a letter's seal in the visitor's browser.

The office uploads the file to any web space (or copies it to a USB stick); a letter's QR opens it with the seal
in the URL's fragment, which never reaches the web server. The page holds everything it needs inline, the
office's trusted public seal keys (the whole key history: keys are only ever added, so a page still verifies
every letter sealed before it was written), its name and emblem, and the code, and loads nothing from anywhere:
its Content-Security-Policy forbids every request but `data:` images. The signature is checked with the
browser's WebCrypto Ed25519, or else with the vendored @noble/ed25519 (resources/verifier/VENDORED.md).

Publishing is recorded in the audit log with the key ids the page holds; a key added since then (a new key pair
after a password reset, a trusted key) makes `verifier_status` remind the admin to publish the page again.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kampar_desk import __version__
from kampar_desk.domain.errors import DeskError, ValidationError
from kampar_desk.domain.letters import LetterKind
from kampar_desk.domain.permissions import OfficeAction
from kampar_desk.domain.texts import long_date
from kampar_desk.paths import resource_path
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import write_atomically
from kampar_desk.services.keys import fingerprint, public_seal_key, trusted_seal_keys
from kampar_desk.services.records import StaffRecord
from kampar_desk.services.settings import get_settings
from kampar_desk.services.staff import SYSTEM_ACTOR
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import AuditEvent

PAGE_NAME = "index.html"
PUBLISH_EVENT = "publish_verifier"
EMBLEM_PIXELS = 160  # twice the header's size: sharp on a phone, small in the file


@dataclass(frozen=True)
class VendoredFile:
    """A file copied unchanged from an npm package, pinned by its SHA-256 (VENDORED.md lists the same)."""

    path: str  # under resources/verifier/vendor
    module: str  # the name its siblings import it by ("./utils.js" is "utils")
    sha256: str


NOBLE_ED25519_VERSION = "3.2.0"
NOBLE_HASHES_VERSION = "2.4.0"
#: in the order they run: each file after the ones it imports
VENDORED = (
    VendoredFile(
        "noble-hashes-2.4.0/utils.js", "utils", "037ad49adb78168b6b699598fd33f85f7877456b1d28b4d032e2a1a16807947c"
    ),
    VendoredFile(
        "noble-hashes-2.4.0/_u64.js", "_u64", "b09da8c07fe8187c07649494cdb7cd0bcf13df90b506a9473d19e4d5f8c2e102"
    ),
    VendoredFile(
        "noble-hashes-2.4.0/_md.js", "_md", "60cf3010fda89e3e4d3f0e7ff1ce249e9c467f34b4fd41b6fd6101d9f69be763"
    ),
    VendoredFile(
        "noble-hashes-2.4.0/sha2.js", "sha2", "471746bba6ec4c6238ca41358d1d3b40b6ff31cf3363f0b4d550c649c1a8e83b"
    ),
    VendoredFile(
        "noble-ed25519-3.2.0/index.js", "ed25519", "a4f631d1876b5d9e43a86cd71194ca27b5e1451edf4ba4db9a418f40a475569a"
    ),
)
LICENSES = (
    ("@noble/hashes", NOBLE_HASHES_VERSION, "noble-hashes-2.4.0/LICENSE"),
    ("@noble/ed25519", NOBLE_ED25519_VERSION, "noble-ed25519-3.2.0/LICENSE"),
)

_NAMED_IMPORT = re.compile(r"""^import \{([^}]*)\} from ["']\./([\w-]+)\.js["'];?[ \t]*$""", re.M)
_NAMESPACE_IMPORT = re.compile(r"""^import \* as (\w+) from ["']\./([\w-]+)\.js["'];?[ \t]*$""", re.M)
_EXPORT_LIST = re.compile(r"^export \{([^}]*)\};?[ \t]*$", re.M)
_EXPORT_DECLARATION = re.compile(r"^export ((?:async )?function\*? ?|const |let |class )(\w+)", re.M)
_LEFT_OVER = re.compile(r"""^(export\b|import\b.*from ["']\.)""", re.M)


class VerifierResourceError(DeskError):
    """A file of the page's code is missing or not the pinned one: no page is written."""


def _resource(relative: str) -> str:
    path = resource_path("verifier") / relative
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        raise VerifierResourceError(
            f"Berkas program {path} tidak ada; halaman cek keaslian tidak dibuat. Pasang ulang Kampar Desk."
        ) from None


def _vendored(file: VendoredFile) -> str:
    text = _resource(f"vendor/{file.path}")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != file.sha256:
        raise VerifierResourceError(
            f"Berkas program vendor/{file.path} berbeda dari versi yang disematkan; halaman cek keaslian tidak "
            "dibuat. Pasang ulang Kampar Desk."
        )
    return text


def _as_function(file: VendoredFile, source: str) -> str:
    """One ES module as a function run in order: its relative imports read the modules run before it, its
    exports are what it returns. The module's own text is unchanged but for those statements."""
    exported: list[str] = []

    def named_import(match: re.Match[str]) -> str:
        names = [name.strip() for name in match[1].split(",") if name.strip()]
        bindings = [name.replace(" as ", ": ") for name in names]
        return f"const {{ {', '.join(bindings)} }} = modules[{json.dumps(match[2])}];"

    def export_list(match: re.Match[str]) -> str:
        for name in (name.strip() for name in match[1].split(",")):
            if name:
                local, _, public = name.partition(" as ")
                exported.append(f"{(public or local).strip()}: {local.strip()}")
        return ""

    def declaration(match: re.Match[str]) -> str:
        exported.append(f"{match[2]}: {match[2]}")
        return match[1] + match[2]

    body = _NAMED_IMPORT.sub(named_import, source)
    body = _NAMESPACE_IMPORT.sub(lambda match: f"const {match[1]} = modules[{json.dumps(match[2])}];", body)
    body = _EXPORT_LIST.sub(export_list, body)
    body = _EXPORT_DECLARATION.sub(declaration, body)
    left = _LEFT_OVER.search(body)
    if left is not None:
        raise VerifierResourceError(f"vendor/{file.path}: pernyataan modul tidak dikenal: {left[0]}")
    name = json.dumps(file.module)
    return f'modules[{name}] = (function () {{\n"use strict";\n{body}\nreturn {{ {", ".join(exported)} }};\n}})();\n'


def _licence_comment(package: str, version: str, relative: str) -> str:
    text = _resource(f"vendor/{relative}").strip()
    return f"/*! {package} {version}, vendored unchanged from the npm registry (VENDORED.md).\n{text}\n*/\n"


def noble_bundle() -> str:
    """`NOBLE`: @noble/ed25519 with @noble/hashes' synchronous SHA-512, from the pinned files, licences first."""
    parts = [_licence_comment(*licence) for licence in LICENSES]
    parts.append('const NOBLE = (function () {\n"use strict";\nconst modules = {};\n')
    parts += [_as_function(file, _vendored(file)) for file in VENDORED]
    parts.append('const ed = modules["ed25519"];\ned.hashes.sha512 = modules["sha2"].sha512;\nreturn ed;\n})();\n')
    return "".join(parts)


@dataclass(frozen=True)
class VerifierPage:
    html: str
    key_ids: tuple[str, ...]


def page_keys(desk: Desk) -> dict[str, dict[str, str]]:
    """Every seal key the app itself would accept (`authenticity.verify_seal`): recorded in the audit log and
    agreeing with the key table."""
    keys = {}
    for key_id, public_hex in sorted(trusted_seal_keys(desk).items()):
        if public_seal_key(desk, key_id) is not None:
            keys[key_id] = {"public_key": public_hex, "fingerprint": fingerprint(public_hex)}
    return keys


def _emblem(logo: bytes | None) -> str:
    """The letterhead's emblem as a data: URL, made small; empty without one."""
    if not logo:
        return ""
    from PIL import Image

    with Image.open(io.BytesIO(logo)) as image:
        image.thumbnail((EMBLEM_PIXELS, EMBLEM_PIXELS))
        small = io.BytesIO()
        image.save(small, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(small.getvalue()).decode("ascii")


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _script_safe(text: str, what: str) -> str:
    """Text placed inside <script> or <style>: it must not end the element early."""
    if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
        raise VerifierResourceError(f"{what} memuat teks yang memutus halaman; halaman cek keaslian tidak dibuat.")
    return text


def verifier_page(desk: Desk) -> VerifierPage:
    """The page's HTML for this office as it is now: keys, name, emblem, services, verification address."""
    office = desk.office()
    keys = page_keys(desk)
    data = {
        "office": {"short_name": office.short_name, "name": office.name, "phone": office.phone},
        "address": get_settings(desk).verification_address,
        "keys": keys,
        "services": {code: standard.name for code, standard in desk.catalog.items()},
        "kinds": {kind.code: kind.label for kind in LetterKind},
        "noble_version": NOBLE_ED25519_VERSION,
        "made_on": desk.today().isoformat(),
        "made_by": f"Kampar Desk {__version__}",
    }
    # "<" as \u003c: no value typed into the app can end the data block.
    data_text = json.dumps(data, ensure_ascii=False, indent=1).replace("<", "\\u003c").replace(">", "\\u003e")
    script = _script_safe(noble_bundle() + _resource("verifier.js"), "Kode halaman")
    style = _script_safe(_resource("verifier.css"), "Tampilan halaman")
    emblem = _emblem(office.logo_png)
    values = {
        "@@SCRIPT_HASH@@": _csp_hash(script),
        "@@STYLE_HASH@@": _csp_hash(style),
        "@@OFFICE_SHORT@@": html.escape(office.short_name),
        "@@ICON@@": emblem or "data:,",
        "@@EMBLEM@@": f'<img src="{emblem}" alt="Lambang {html.escape(office.short_name)}">' if emblem else "",
        "@@GOVERNMENT@@": html.escape(office.government),
        "@@OFFICE_NAME@@": html.escape(office.name),
        "@@KEY_COUNT@@": str(len(keys)),
        "@@MADE_ON@@": long_date(desk.today()),
        "@@DATA@@": data_text,
        "@@STYLE@@": style,
        "@@SCRIPT@@": script,
    }
    template = _resource("page.html")
    # One pass, so a value that happens to hold a marker is never replaced again.
    page = re.sub(r"@@[A-Z_]+@@", lambda match: values[match[0]], template)
    return VerifierPage(page, tuple(keys))


@dataclass(frozen=True)
class PublishedVerifier:
    path: Path
    key_ids: tuple[str, ...]
    size: int
    address: str


def _target_folder(folder: Path) -> Path:
    existing = next(path for path in (folder, *folder.parents) if path.exists())
    if not existing.is_dir():
        raise ValidationError("out", f"Tujuan {folder} adalah berkas, bukan folder; sebutkan folder untuk halaman.")
    return folder


def publish_verifier(desk: Desk, actor: StaffRecord | None, folder: Path) -> PublishedVerifier:
    """Write `index.html` into `folder` (made if missing) and record it, which ends the reminder. An admin in
    the app, or `actor` None for `kampar-desk verifier` run by the office's IT person."""
    username = SYSTEM_ACTOR if actor is None else require(desk, actor, OfficeAction.PUBLISH_VERIFIER).username
    page = verifier_page(desk)
    if not page.key_ids:
        raise DeskError(
            "Kantor belum punya kunci segel (dibuat saat Pejabat Penandatangan pertama kali masuk): halaman cek "
            "keaslian belum dapat dibuat."
        )
    path = _target_folder(folder) / PAGE_NAME
    data = page.html.encode("utf-8")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    except OSError as error:
        raise DeskError(f"Halaman cek keaslian tidak dapat ditulis ke {folder}: {error.strerror}.") from None
    with write_transaction():
        append_event(
            desk.now(),
            username,
            "publish_verifier",
            details={"keys": list(page.key_ids), "file": str(path), "sha256": hashlib.sha256(data).hexdigest()},
        )
    return PublishedVerifier(path, page.key_ids, len(data), get_settings(desk).verification_address)


@dataclass(frozen=True)
class VerifierStatus:
    """Whether the page the office last wrote still verifies every letter it can seal now."""

    address: str
    published_at: datetime | None
    published_file: str
    missing_keys: tuple[str, ...]  # seal keys the last page does not hold

    @property
    def reminder(self) -> str | None:
        """What the admin must do, or None when nothing is needed."""
        where = f" lalu unggah ke {self.address}" if self.address else ""
        if self.published_at is not None and self.missing_keys:
            keys = ", ".join(self.missing_keys)
            return (
                f"Kunci segel kantor bertambah ({keys}) sejak halaman cek keaslian terakhir ditulis: tulis halaman "
                f"lagi{where}. Halaman lama tetap memeriksa surat yang terbit sebelumnya, tetapi menolak surat baru."
            )
        if self.published_at is None and self.address:
            return f"Halaman cek keaslian belum pernah ditulis: tulis halaman{where}, agar kode QR surat berfungsi."
        return None


def verifier_status(desk: Desk) -> VerifierStatus:
    address = get_settings(desk).verification_address
    last = (
        AuditEvent.select(AuditEvent.at, AuditEvent.details)
        .where(AuditEvent.action == PUBLISH_EVENT)
        .order_by(AuditEvent.sequence.desc())
        .first()
    )
    if last is None:
        return VerifierStatus(address, None, "", tuple(page_keys(desk)))
    details = json.loads(last.details)
    missing = tuple(key_id for key_id in page_keys(desk) if key_id not in details.get("keys", ()))
    return VerifierStatus(address, last.at, str(details.get("file", "")), missing)
