"""The "Stasiun" choice beside a report's period or the tracking search: shown only once another station is known."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QLabel

from kampar_desk.services.station_scope import StationScope, all_stations


class StationPicker:
    """Wraps a form's label and combo; each item carries its `StationScope`, so no text is parsed on the GUI thread."""

    def __init__(self, label: QLabel, combo: QComboBox) -> None:
        self.label, self.combo = label, combo
        self.fill(())

    def fill(self, choices: tuple[StationScope, ...]) -> bool:
        """The choices of `station_scope.station_choices` (read on a worker), keeping the station picked if it is
        still there; none: the picker is hidden and every station is counted. True when the pick changed."""
        kept = self.scope().value
        with QSignalBlocker(self.combo):  # refilling is not a new choice: no recount, no new search
            self.combo.clear()
            for choice in choices:
                self.combo.addItem(choice.label, choice)
            index = next((i for i, choice in enumerate(choices) if choice.value == kept), 0)
            self.combo.setCurrentIndex(index if choices else -1)
        self.label.setVisible(bool(choices))
        self.combo.setVisible(bool(choices))
        return self.scope().value != kept

    def scope(self) -> StationScope:
        """The station picked; every station while the picker is hidden."""
        picked = self.combo.currentData()
        return picked if isinstance(picked, StationScope) else all_stations()

    def value(self) -> str | None:
        """The picked station as the services take it (None every station, "" this one, else a station's id)."""
        return self.scope().value
