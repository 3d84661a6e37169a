"""The desk's colours and text styles, named once: red means late or refused, green on time or done."""

from __future__ import annotations

ERROR_COLOR = "#b00020"
GOOD_COLOR = "#1b5e20"
WARNING_COLOR = "#8a4b00"

ERROR_STYLE = f"color: {ERROR_COLOR}; font-weight: bold;"
GOOD_STYLE = f"color: {GOOD_COLOR};"
WARNING_STYLE = f"color: {WARNING_COLOR}; background: #fff4e0; padding: 6px; border: 1px solid #e0b060;"
GENUINE_STYLE = f"color: white; background: {GOOD_COLOR}; font-size: 16pt; font-weight: bold; padding: 10px;"
REFUSED_STYLE = f"color: white; background: {ERROR_COLOR}; font-size: 16pt; font-weight: bold; padding: 10px;"


def colored(text: str, color: str, bold: bool = False) -> str:
    """Rich text for a label: `text` in `color`."""
    inner = f"<b>{text}</b>" if bold else text
    return f"<span style='color:{color}'>{inner}</span>"
