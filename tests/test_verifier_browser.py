"""The verification page in a real browser (Debian's headless Chromium): a printed letter's QR opens it and it says
ASLI with what was sealed; every forgery is refused with its own message; the page loads nothing from anywhere.

Screenshots at phone size go to docs/screenshots/ when KAMPAR_DESK_SCREENSHOTS is set (after changing the page).
"""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from PIL import Image

from kampar_desk.domain.roles import Role
from kampar_desk.domain.seal import URL_SAFE
from kampar_desk.services import authenticity, keys, verifier
from tests.chromium import PHONE, Chromium, LoadedPage, chromium_executable
from tests.pdf_tools import decode_codes, render_page
from tests.services.test_verifier import ADDRESS, issue, legacy_seal, set_address

pytestmark = pytest.mark.slow

SCREENSHOTS = Path(__file__).parents[1] / "docs" / "screenshots"
SETTLED = (
    "(() => { const box = document.getElementById('result');"
    " const outcome = box && box.dataset.outcome;"
    " return outcome && outcome !== 'loading' && outcome !== 'checking' ? outcome : null; })()"
)
SERVED_HOST = "kantor.test"  # a name, not localhost: a page served from it is no secure context


class RequestLog(http.server.ThreadingHTTPServer):
    requests: list[str]


def serve(folder: Path) -> RequestLog:
    """The static web host: serves `folder` on 127.0.0.1 and logs every request line."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, format: str, *args) -> None:
            server.requests.append(self.requestline)

    server = RequestLog(("127.0.0.1", 0), Handler)
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Chromium]:
    executable = chromium_executable()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    chromium = Chromium(executable, tmp_path_factory.mktemp("chromium-profile"), hosts={SERVED_HOST: "127.0.0.1"})
    yield chromium
    chromium.close()


@pytest.fixture
def site(tmp_path) -> Iterator[RequestLog]:
    server = serve(tmp_path / "situs")
    yield server
    server.shutdown()
    server.server_close()


class Reader:
    """Opens the page as a recipient would and reads what it says."""

    def __init__(self, browser: Chromium, page_file: Path) -> None:
        self.browser, self.page_file = browser, page_file

    def open(self, url: str, screenshot: str = "") -> tuple[str, str, LoadedPage]:
        page = self.browser.open(url)
        outcome = self.browser.wait_for(page, SETTLED)
        self.browser.wait_for(page, "document.readyState === 'complete'")  # every load-time request was made
        text = self.browser.evaluate(page, "document.getElementById('result').innerText")
        if screenshot:
            shot = self.browser.screenshot(page, self.page_file.parent / screenshot)
            with Image.open(shot) as image:
                assert image.size == PHONE
            if os.environ.get("KAMPAR_DESK_SCREENSHOTS"):
                shutil.copy(shot, SCREENSHOTS / screenshot)
        self.browser.close_page(page)
        return outcome, text, page

    def check(self, payload: str, **kwargs) -> tuple[str, str, LoadedPage]:
        return self.open(f"{self.page_file.as_uri()}#{quote(payload, safe=URL_SAFE)}", **kwargs)


def nothing_loaded_but(page: LoadedPage, document: str) -> None:
    """Every request the tab made: the document itself, and data: URLs (the emblem), nothing else."""
    others = [url for url in page.requests if url != document and not url.startswith("data:")]
    assert document in page.requests and others == [], page.requests


def forgeries(payload: str, trusted: set[str]) -> dict[str, tuple[str, str]]:
    """name → (forged payload, the page's outcome for it)."""
    fields = payload.split("|")

    def changed(index: int, old: str, new: str) -> str:
        altered = list(fields)
        assert old in altered[index]
        altered[index] = altered[index].replace(old, new, 1)
        return "|".join(altered)

    signature = fields[-1]
    middle = len(signature) // 2
    swapped = "B" if signature[middle] != "B" else "C"
    unknown_key = next(key for key in ("00000000", "FFFFFFFF") if key not in trusted)
    return {
        "number": (changed(2, "/0001/", "/0002/"), "signature"),
        "date": (changed(4, "-25", "-26"), "signature"),
        "name": (changed(7, "SITI", "SITA"), "signature"),
        "signature": (changed(-1, signature, signature[:middle] + swapped + signature[middle + 1 :]), "signature"),
        "unknown key": (changed(1, fields[1], unknown_key), "unknown-key"),
        "truncated": ("|".join(fields[:-1]), "malformed"),
        "not a seal": ("Surat ini asli, percayalah", "malformed"),
    }


def test_a_printed_letter_opens_the_page_and_reads_asli_and_every_forgery_tidak_asli(
    desk, officers, clock, tmp_path, browser
):
    set_address(desk, officers)
    letter = issue(desk, officers, clock)
    published = verifier.publish_verifier(desk, officers[Role.ADMIN], tmp_path / "situs")
    scanned = decode_codes(render_page(letter.path, dpi=250))["QRCode"]
    assert scanned.startswith(ADDRESS + "#")
    fragment = scanned.split("#", 1)[1]
    document = published.path.as_uri()
    reader = Reader(browser, published.path)

    outcome, text, page = reader.open(f"{document}#{fragment}", screenshot="verifier-asli.png")
    assert outcome == "genuine", text
    key_id, key_fingerprint = keys.key_history(desk)[0]
    for expected in (
        "ASLI",
        "Surat Rekomendasi",
        "503/0001/REK/DPMPTSP/III/2026",
        "25 Maret 2026",
        "Rekomendasi Bantuan Pengiriman Pelatih Anak Putus Sekolah",
        "SITI RAHMAWATI",
        "140102******0003",
        "KPR-2026-000001",
        key_fingerprint,
        f"kunci {key_id}",
        "Standar Pelayanan",
        ADDRESS,
        "WebCrypto",
    ):
        assert expected in text, expected
    assert "TIDAK ASLI" not in text and "1401025708850003" not in text
    nothing_loaded_but(page, document)

    leads = set()
    for name, (forged, expected) in forgeries(letter.payload, set(published.key_ids)).items():
        assert not authenticity.verify_seal(desk, forged).genuine, name  # the app agrees
        outcome, text, page = reader.check(forged, screenshot="verifier-tidak-asli.png" if name == "date" else "")
        assert outcome == expected, (name, text)
        assert text.startswith("TIDAK ASLI") and "SITI" not in text, (name, text)
        leads.add(text.splitlines()[1 if text.splitlines()[1].strip() else 2])
        nothing_loaded_but(page, document)
    assert len(leads) == 3  # one explanation each: changed, unknown key, not a seal

    outcome, text, page = reader.open(f"{document}#KD2%7CA1%ZZ")
    assert outcome == "malformed" and "tanda persen" in text
    outcome, text, page = reader.open(f"{document}#")
    assert outcome == "empty" and text.startswith("TIDAK ASLI") and "tidak membawa kode surat" in text
    outcome, text, page = reader.open(document)
    assert outcome == "none" and "Pindai kode QR" in text and "ASLI" not in text
    nothing_loaded_but(page, document)


def test_a_payload_typed_or_pasted_into_the_box_is_checked(desk, officers, clock, tmp_path, browser):
    letter = issue(desk, officers, clock)
    published = verifier.publish_verifier(desk, officers[Role.ADMIN], tmp_path / "situs")
    page = browser.open(published.path.as_uri())
    assert browser.wait_for(page, SETTLED) == "none"

    def submit(typed: str) -> tuple[str, str]:
        browser.evaluate(
            page,
            f"document.getElementById('code').value = {typed!r};"
            " document.getElementById('check-form').requestSubmit(); true",
        )
        outcome = browser.wait_for(page, SETTLED)
        return outcome, browser.evaluate(page, "document.getElementById('result').innerText")

    assert submit("   ") == ("none", submit("   ")[1]) and "Kotak masih kosong" in submit("")[1]
    outcome, text = submit(letter.payload)
    assert outcome == "genuine" and "SITI RAHMAWATI" in text
    outcome, text = submit(f"{ADDRESS}#{quote(letter.payload, safe=URL_SAFE)}")  # the URL copied from a scanner
    assert outcome == "genuine"
    outcome, text = submit(letter.payload.replace("KPR-2026-000001", "KPR-2026-000007"))
    assert outcome == "signature" and text.startswith("TIDAK ASLI")
    browser.close_page(page)
    nothing_loaded_but(page, published.path.as_uri())


def test_on_plain_http_the_vendored_library_verifies_and_only_the_page_is_requested(
    desk, officers, clock, tmp_path, browser, site
):
    letter = issue(desk, officers, clock)
    verifier.publish_verifier(desk, officers[Role.ADMIN], tmp_path / "situs")
    document = f"http://{SERVED_HOST}:{site.server_address[1]}/index.html"
    reader = Reader(browser, tmp_path / "situs" / "index.html")
    outcome, text, page = reader.open(f"{document}#{quote(letter.payload, safe=URL_SAFE)}")
    assert outcome == "genuine" and "noble-ed25519 3.2.0" in text and "WebCrypto" not in text
    nothing_loaded_but(page, document)
    for name, (forged, expected) in forgeries(letter.payload, {letter.payload.split("|")[1]}).items():
        outcome, text, page = reader.open(f"{document}#{quote(forged, safe=URL_SAFE)}")
        assert outcome == expected, (name, text)
    assert {line.split()[1] for line in site.requests} == {"/index.html"}, site.requests


def test_a_page_written_before_a_key_change_still_verifies_the_letters_sealed_before_it(
    desk, officers, clock, tmp_path, browser
):
    admin, official = officers[Role.ADMIN], officers[Role.SIGNING_OFFICIAL]
    first = issue(desk, officers, clock)
    old_seal = legacy_seal(desk, first)  # as version 0.2 sealed its letters
    old_page = verifier.publish_verifier(desk, admin, tmp_path / "lama").path
    keys.password_reset_by_admin(desk, admin.username, official.username, "sandi-dari-admin")
    second = issue(desk, officers, clock, nik="1401021708900002")
    new_page = verifier.publish_verifier(desk, admin, tmp_path / "baru").path

    old, new = Reader(browser, old_page), Reader(browser, new_page)
    assert old.check(first.payload)[0] == "genuine"
    outcome, text, _ = old.check(old_seal)
    assert outcome == "genuine" and "versi lama (KD1)" in text and "503/0001/REK/DPMPTSP/III/2026" in text
    outcome, text, _ = old.check(second.payload)
    assert outcome == "unknown-key" and "salinan lama" in text
    assert new.check(first.payload)[0] == new.check(second.payload)[0] == new.check(old_seal)[0] == "genuine"


def test_the_request_check_would_see_a_request(tmp_path, browser):
    """A control: a page that does fetch something is caught (and name resolution keeps it on this machine)."""
    page_file = tmp_path / "bocor.html"
    page_file.write_text(
        '<!doctype html><link rel="icon" href="data:,"><img src="https://fonts.example.invalid/a.png">'
        '<section id="result" data-outcome="none"></section>',
        encoding="utf-8",
    )
    _, _, page = Reader(browser, page_file).open(page_file.as_uri())
    assert "https://fonts.example.invalid/a.png" in page.requests
