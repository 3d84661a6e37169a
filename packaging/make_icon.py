"""Draws the app icon `packaging/kampar-desk.ico` (committed; run again only to change it).

A green shield with a gold rim carrying a white paper with a gold tick: the counter's "file done" emblem.
Geometric shapes only (no font), drawn large and scaled down, so the result is the same on every machine.

    uv run python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024  # drawn at 4x the largest icon size, then reduced (smooth edges without anti-aliasing support)
GREEN = (11, 110, 79, 255)
DARK_GREEN = (6, 72, 52, 255)
GOLD = (232, 178, 38, 255)
WHITE = (255, 255, 255, 255)
ICON_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
OUTPUT = Path(__file__).resolve().parent / "kampar-desk.ico"


def shield(inset: float) -> list[tuple[float, float]]:
    """The shield outline (flat top, straight sides, pointed bottom) shrunk by `inset` pixels."""
    left, right, top = 96 + inset, SIZE - 96 - inset, 64 + inset
    shoulder, tip = 600, SIZE - 40 - inset * 1.4
    points = [(left, top), (right, top), (right, shoulder)]
    # the lower curve, sampled as a quadratic Bezier from each side to the tip
    for step in range(1, 21):
        t = step / 20
        x = (1 - t) ** 2 * right + 2 * (1 - t) * t * right + t**2 * (SIZE / 2)
        y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * (tip - 90) + t**2 * tip
        points.append((x, y))
    for step in range(19, 0, -1):
        t = step / 20
        x = (1 - t) ** 2 * left + 2 * (1 - t) * t * left + t**2 * (SIZE / 2)
        y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * (tip - 90) + t**2 * tip
        points.append((x, y))
    points.append((left, shoulder))
    return points


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.polygon(shield(0), fill=GOLD)
    pen.polygon(shield(44), fill=GREEN)
    pen.polygon(shield(60), fill=GREEN, outline=DARK_GREEN)
    # the paper, with a folded corner
    left, top, right, bottom, fold = 300, 190, 724, 760, 110
    pen.polygon([(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)], fill=WHITE)
    pen.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=(200, 214, 208, 255))
    for row in range(3):  # lines of text
        y = 300 + row * 80
        pen.rounded_rectangle([left + 60, y, right - (150 if row == 0 else 60), y + 34], radius=17, fill=GREEN)
    # the tick
    pen.line([(390, 590), (480, 680), (650, 500)], fill=GOLD, width=70, joint="curve")
    for x, y in ((390, 590), (650, 500)):
        pen.ellipse([x - 35, y - 35, x + 35, y + 35], fill=GOLD)
    return image


def main() -> None:
    large = draw().resize((256, 256), Image.Resampling.LANCZOS)
    large.save(OUTPUT, format="ICO", sizes=ICON_SIZES)
    print(f"{OUTPUT} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
