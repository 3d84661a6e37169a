from PySide6.QtWidgets import QDialogButtonBox, QLabel

from kampar_desk.ui.indonesian import install_indonesian


def test_qt_standard_buttons_speak_indonesian_and_app_text_is_untouched(qapp):
    translator = install_indonesian(qapp)
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Close
        )
        assert sorted(b.text() for b in box.buttons()) == ["Batal", "Simpan", "Tutup"]
        assert QLabel("Persyaratan").text() == "Persyaratan"
    finally:
        qapp.removeTranslator(translator)
