"""Caches of the paper rendering change nothing on the paper: the emblem decoded once per process gives the bytes
reportlab's own Image gives."""

import io

import pytest
from PIL import Image as Picture
from reportlab.lib.units import mm
from reportlab.platypus import Image

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.services.documents import layout


def _png(mode: str, size: tuple[int, int]) -> bytes:
    picture = Picture.new(mode, size)
    for x in range(0, size[0], 7):
        for y in range(0, size[1], 5):
            picture.putpixel((x, y), 90 if mode == "L" else (200, 30, 30, 128)[: len(mode)])
    data = io.BytesIO()
    picture.save(data, "PNG")
    return data.getvalue()


@pytest.mark.parametrize(("mode", "size"), [("RGBA", (400, 480)), ("RGB", (64, 90)), ("L", (300, 200))])
def test_the_cached_emblem_draws_the_bytes_reportlabs_image_draws(mode, size):
    png = _png(mode, size)
    spec = layout.PAGE_SPECS[PaperLayout.A5]
    side = 18 * mm

    def page(emblem) -> bytes:
        return layout.build_pdf([emblem], spec, "Uji", "Uji")

    expected = page(Image(io.BytesIO(png), width=side, height=side, kind="proportional"))
    assert page(layout.Emblem(png, side)) == expected
    assert page(layout.Emblem(png, side)) == expected  # the second paper, from the decoded pixels
    assert layout.Emblem(bytes(png), side).reader is layout.Emblem(png, side).reader  # decoded once
