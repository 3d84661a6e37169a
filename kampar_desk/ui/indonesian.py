"""Indonesian for Qt's own strings (standard buttons, text-field menus, print preview): Qt ships no qtbase_id."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

QT_STRINGS: dict[str, str] = {
    "OK": "OK",
    "Save": "Simpan",
    "Save All": "Simpan Semua",
    "Open": "Buka",
    "&Yes": "&Ya",
    "Yes to &All": "Ya untuk &Semua",
    "&No": "&Tidak",
    "N&o to All": "T&idak untuk Semua",
    "Abort": "Batalkan",
    "Retry": "Ulangi",
    "Ignore": "Abaikan",
    "Close": "Tutup",
    "Cancel": "Batal",
    "Discard": "Buang",
    "Help": "Bantuan",
    "Apply": "Terapkan",
    "Reset": "Atur Ulang",
    "Restore Defaults": "Kembalikan Bawaan",
    "Show Details...": "Tampilkan Rincian...",
    "Hide Details...": "Sembunyikan Rincian...",
    "&Undo": "&Urungkan",
    "&Redo": "U&langi",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "&Paste": "&Tempel",
    "Delete": "Hapus",
    "Select All": "Pilih Semua",
    "Print": "Cetak",
    "Print Preview": "Pratinjau Cetak",
    "Page Setup": "Pengaturan Halaman",
    "Next page": "Halaman berikutnya",
    "Previous page": "Halaman sebelumnya",
    "First page": "Halaman pertama",
    "Last page": "Halaman terakhir",
    "Fit width": "Sesuaikan lebar",
    "Fit page": "Sesuaikan halaman",
    "Zoom in": "Perbesar",
    "Zoom out": "Perkecil",
    "Portrait": "Tegak",
    "Landscape": "Mendatar",
    "Show single page": "Satu halaman",
    "Show facing pages": "Dua halaman",
    "Show overview of all pages": "Semua halaman",
}


QT_CONTEXTS = frozenset(
    {
        "QPlatformTheme",
        "QDialogButtonBox",
        "QMessageBox",
        "QLineEdit",
        "QWidgetTextControl",
        "QPrintPreviewDialog",
        "QPageSetupWidget",
        "QPrintDialog",
        "QAbstractSpinBox",
        "QFileDialog",
    }
)


class IndonesianQtTranslator(QTranslator):
    """Answers Qt's own English strings with Indonesian; the app's strings (already Indonesian) pass through."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None becomes a null QString, which Qt reads as "no translation here"; "" would blank the text.
        if context not in QT_CONTEXTS:
            return None
        return QT_STRINGS.get(source)

    def isEmpty(self) -> bool:
        return False


def install_indonesian(app: QCoreApplication) -> IndonesianQtTranslator:
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    translator = IndonesianQtTranslator(app)
    app.installTranslator(translator)
    return translator
