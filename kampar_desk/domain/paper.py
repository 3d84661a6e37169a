"""Paper the counter prints on: sheet sizes and the 80 mm thermal roll."""

from __future__ import annotations

from enum import StrEnum


class PaperLayout(StrEnum):
    A4 = "a4"
    A5 = "a5"
    RECEIPT_80MM = "receipt80"

    @property
    def label(self) -> str:
        return {"a4": "A4", "a5": "A5", "receipt80": "Printer struk 80 mm"}[self.value]
