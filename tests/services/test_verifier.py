"""The verification page as the office makes it, and letters whose QR opens it (the browser's side is in
tests/test_verifier_browser.py)."""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kampar_desk.app import main
from kampar_desk.domain.errors import DeskError, PermissionDenied, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.domain.seal import LEGACY_PREFIX, SealClaims, decode_seal, encode_seal, seal_url
from kampar_desk.paths import resource_path
from kampar_desk.services import authenticity, keys, letters, settings, verifier
from kampar_desk.services.letters.sealing import register_digest
from kampar_desk.services.records import LetterRecord
from kampar_desk.store.models import Application, AuditEvent, Letter
from tests.pdf_tools import decode_codes, page_sizes_mm, pdf_text, render_page
from tests.services.test_letters import approved_file

ADDRESS = "https://dpmptsp.kamparkab.go.id/cek-surat/"


def issue(desk, officers, clock, nik="1401025708850003") -> LetterRecord:
    app_id = approved_file(desk, officers, clock, nik=nik)
    return letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)


def set_address(desk, officers, address=ADDRESS) -> None:
    settings.update_settings(desk, officers[Role.ADMIN], verification_address=address)


def legacy_seal(desk, letter: LetterRecord) -> str:
    """The seal version 0.2 would have given this letter (KD1), signed with the office's key."""
    key, key_id = keys.seal_key(desk)
    row = Letter.get(Letter.number == letter.number)
    application = Application.get_by_id(row.application_id)
    claims = SealClaims(
        key_id, row.number, application.number, row.issued_on, application.service_code, register_digest(row)
    )
    return encode_seal(claims, key.sign(claims.message()))


def test_a_letter_issued_with_an_address_has_a_qr_that_opens_the_page(desk, officers, clock):
    set_address(desk, officers)
    letter = issue(desk, officers, clock)
    assert page_sizes_mm(letter.path) == [(210.0, 297.0)]  # the larger QR still fits the one page
    scanned = decode_codes(render_page(letter.path, dpi=250))["QRCode"]
    assert scanned == seal_url(ADDRESS, letter.payload) and scanned.startswith(ADDRESS + "#KD2%7C")
    # The register keeps the seal itself; the name and the masked NIK are in it for the page to show.
    assert letter.payload.startswith("KD2|") and "|REK|SITI RAHMAWATI|140102******0003|" in letter.payload
    assert "1401025708850003" not in scanned
    text = " ".join(pdf_text(letter.path).split())
    assert "pindai kode QR ini dengan kamera ponsel" in text and "dpmptsp.kamparkab.go.id" in text
    for form in (scanned, letter.payload, scanned.split("#", 1)[1]):
        assert authenticity.verify_seal(desk, form).headline == "ASLI", form
        assert authenticity.verify_code(desk, form).headline == "ASLI", form
    changed = scanned.replace("2026-03-25", "2026-03-26")
    assert authenticity.verify_code(desk, changed).headline == "PALSU ATAU DIUBAH"


def test_without_an_address_the_qr_holds_the_seal_and_says_where_to_check(desk, officers, clock):
    letter = issue(desk, officers, clock)
    assert decode_codes(render_page(letter.path, dpi=250))["QRCode"] == letter.payload
    assert "di loket DPMPTSP atau di aplikasi Kampar Desk" in " ".join(pdf_text(letter.path).split())


def test_a_seal_names_what_it_holds_when_the_letter_is_not_in_this_register(desk, officers, clock):
    letter = issue(desk, officers, clock)
    Letter.update(number="503/9999/LAIN").where(Letter.number == letter.number).execute()
    verdict = authenticity.verify_seal(desk, letter.payload)
    assert verdict.genuine and verdict.headline.startswith("ASLI (segel sah")
    text = verdict.describe()
    for expected in ("Jenis: Surat Rekomendasi", "Pemohon: SITI RAHMAWATI (NIK 140102******0003)", "Pelatih Anak"):
        assert expected in text


def test_letters_sealed_in_the_old_format_still_verify_in_the_app(desk, officers, clock):
    letter = issue(desk, officers, clock)
    old = legacy_seal(desk, letter)
    assert old.startswith(f"{LEGACY_PREFIX}|") and decode_seal(old)[0].applicant_name == ""
    Letter.update(payload=old).where(Letter.number == letter.number).execute()
    assert authenticity.verify_seal(desk, old).headline == "ASLI"
    assert authenticity.verify_code(desk, letter.number).headline == "ASLI"


def test_verify_on_the_command_line_takes_the_url_too(desk, officers, clock, capsys):
    set_address(desk, officers)
    letter = issue(desk, officers, clock)
    url = seal_url(ADDRESS, letter.payload)
    capsys.readouterr()
    assert main(["--data-dir", str(desk.paths.data_dir), "verify", "--qr", url]) == 0
    assert capsys.readouterr().out.startswith("ASLI")
    forged = url.replace("SITI%20RAHMAWATI", "SITI%20RAHMAWATY")
    assert main(["--data-dir", str(desk.paths.data_dir), "verify", "--qr", forged]) == 1
    assert "PALSU ATAU DIUBAH" in capsys.readouterr().out


# --- the page ----------------------------------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.meta: dict[str, str] = {}
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: str | None = None
        self._attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        self.links += [value or "" for name, value in attrs if name in ("src", "href", "action", "srcset")]
        if tag == "meta" and found.get("http-equiv"):
            self.meta[str(found["http-equiv"])] = found.get("content") or ""
        if tag in ("script", "style"):
            self._open, self._attrs = tag, found

    def handle_data(self, data):
        if self._open == "script":
            self.scripts.append((self._attrs, data))
        elif self._open == "style":
            self.styles.append(data)

    def handle_endtag(self, tag):
        self._open = None


def parsed(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def csp_hash(text: str) -> str:
    import base64

    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_the_page_holds_everything_it_needs_and_may_load_nothing(desk, officers, clock, tmp_path):
    set_address(desk, officers)
    issue(desk, officers, clock)
    published = verifier.publish_verifier(desk, officers[Role.ADMIN], tmp_path / "situs" / "cek-surat")
    assert published.path == tmp_path / "situs" / "cek-surat" / "index.html" and published.address == ADDRESS
    html = published.path.read_text(encoding="utf-8")
    page = parsed(html)
    assert all(link.startswith("data:") for link in page.links), page.links
    policy = page.meta["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'; ") and "img-src data:;" in policy and "connect-src" not in policy
    (data_attrs, data_text), (code_attrs, code) = page.scripts
    assert data_attrs == {"type": "application/json", "id": "kd-data"} and code_attrs == {}
    assert f"script-src '{csp_hash(code)}'" in policy and f"style-src '{csp_hash(page.styles[0])}'" in policy
    data = json.loads(data_text)
    history = keys.key_history(desk)
    assert published.key_ids == tuple(sorted(key_id for key_id, _ in history))
    assert {key_id: key["fingerprint"] for key_id, key in data["keys"].items()} == dict(history)
    assert data["address"] == ADDRESS and data["office"]["short_name"] == "DPMPTSP Kabupaten Kampar"
    assert data["services"]["REK-PAPS"].startswith("Rekomendasi Bantuan")
    assert data["kinds"]["TLK"] == "Surat Penolakan"
    assert "DINAS PENANAMAN MODAL" in html.upper()
    assert "<title>Cek Keaslian Surat - DPMPTSP Kabupaten Kampar" in html
    # the vendored code with its licences, as pinned
    assert code.count("Permission is hereby granted, free of charge") == 2 and "@noble/ed25519 3.2.0" in code
    assert not re.search(r"""(?m)^(export\b|import\b.*from ["']\.)""", code)  # every module statement rewritten
    event = AuditEvent.select().where(AuditEvent.action == "publish_verifier").get()
    details = json.loads(event.details)
    assert event.actor == "admin" and details["keys"] == list(published.key_ids)
    assert details["sha256"] == hashlib.sha256(published.path.read_bytes()).hexdigest()


def test_the_office_emblem_goes_into_the_page_small(desk, officers, tmp_path):
    from PIL import Image

    from kampar_desk.services import office

    big = tmp_path / "logo.png"
    Image.new("RGB", (900, 900), "darkgreen").save(big)
    office.set_logo(desk, officers[Role.ADMIN], big.read_bytes())
    page = parsed(verifier.verifier_page(desk).html)
    emblem = [link for link in page.links if link.startswith("data:image/png;base64,")]
    assert len(emblem) == 2  # the tab's icon and the header's image
    assert len(emblem[0]) < 20_000


def test_publishing_is_the_admins_or_it_people_and_needs_a_key(desk, officers, tmp_path):
    with pytest.raises(PermissionDenied):
        verifier.publish_verifier(desk, officers[Role.FRONT_OFFICE], tmp_path)
    file = tmp_path / "berkas"
    file.write_text("bukan folder")
    with pytest.raises(ValidationError, match="bukan folder"):
        verifier.publish_verifier(desk, officers[Role.ADMIN], file / "cek")
    assert verifier.publish_verifier(desk, None, tmp_path / "it").path.exists()  # the command line
    assert AuditEvent.select().where(AuditEvent.action == "publish_verifier").get().actor == "sistem"


def test_no_page_without_a_seal_key(desk, tmp_path):
    with pytest.raises(DeskError, match="belum punya kunci segel"):
        verifier.publish_verifier(desk, None, tmp_path)
    assert not (tmp_path / "index.html").exists()


def test_a_key_change_reminds_the_admin_to_publish_again(desk, officers, clock, tmp_path):
    admin, official = officers[Role.ADMIN], officers[Role.SIGNING_OFFICIAL]
    assert verifier.verifier_status(desk).reminder is None  # no address, never published: nothing is asked
    set_address(desk, officers)
    assert "belum pernah ditulis" in (verifier.verifier_status(desk).reminder or "")
    first = verifier.publish_verifier(desk, admin, tmp_path)
    assert verifier.verifier_status(desk).reminder is None
    said = keys.password_reset_by_admin(desk, admin.username, official.username, "sandi-dari-admin")
    assert said is not None and "Halaman cek keaslian" in said
    new_key = keys.current_key(desk)
    assert new_key is not None and new_key[0] not in first.key_ids
    status = verifier.verifier_status(desk)
    assert status.missing_keys == (new_key[0],) and new_key[0] in (status.reminder or "")
    assert ADDRESS in (status.reminder or "")
    again = verifier.publish_verifier(desk, admin, tmp_path)
    assert set(first.key_ids) < set(again.key_ids)  # keys are only added: the old ones stay
    assert verifier.verifier_status(desk).reminder is None


def test_the_standard_notice_lists_every_key_and_the_page(desk, officers, tmp_path):
    from kampar_desk.services.intake_documents import standard_notice

    set_address(desk, officers)
    old = keys.current_key(desk)
    keys.password_reset_by_admin(desk, "admin", officers[Role.SIGNING_OFFICIAL].username, "sandi-dari-admin")
    new = keys.current_key(desk)
    assert old and new and old != new
    text = " ".join(pdf_text(standard_notice(desk, "REK-PAPS").path).split())
    assert "pindai kode QR surat dengan kamera ponsel" in text and ADDRESS in text
    assert f"kunci {new[0]}: sidik jari {new[1]} (dipakai sekarang)" in text and f"kunci {old[0]}: sidik jari" in text


# --- the vendored library ------------------------------------------------------------------------------------------


def test_the_vendored_files_are_the_pinned_ones_and_vendored_md_says_so():
    listed = (resource_path("verifier") / "VENDORED.md").read_text(encoding="utf-8")
    for file in verifier.VENDORED:
        data = (resource_path("verifier") / "vendor" / file.path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == file.sha256, file.path
        assert f"`{file.path}`" in listed and file.sha256 in listed, file.path
    for package, version, licence in verifier.LICENSES:
        assert f"{package}@{version}" in listed and (resource_path("verifier") / "vendor" / licence).exists()


def test_a_changed_vendored_file_stops_the_page(desk, officers, tmp_path, monkeypatch):
    tampered = tuple(
        verifier.VendoredFile(file.path, file.module, "0" * 64) if file.module == "ed25519" else file
        for file in verifier.VENDORED
    )
    monkeypatch.setattr(verifier, "VENDORED", tampered)
    with pytest.raises(verifier.VerifierResourceError, match="berbeda dari versi yang disematkan"):
        verifier.publish_verifier(desk, officers[Role.ADMIN], tmp_path)
    assert not (tmp_path / "index.html").exists()


def test_the_command_writes_the_page(desk, officers, capsys, tmp_path):
    set_address(desk, officers)
    out = tmp_path / "flashdisk" / "cek-surat"
    assert main(["--data-dir", str(desk.paths.data_dir), "verifier", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"Halaman cek keaslian ditulis: {out / 'index.html'} (1 kunci segel" in said and ADDRESS in said
    assert Path(out / "index.html").read_text(encoding="utf-8").startswith("<!doctype html>")
