# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bundle_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView,
    QLabel, QListView, QListWidget, QListWidgetItem,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_BundlePreviewDialog(object):
    def setupUi(self, BundlePreviewDialog):
        if not BundlePreviewDialog.objectName():
            BundlePreviewDialog.setObjectName(u"BundlePreviewDialog")
        BundlePreviewDialog.resize(860, 600)
        self.layout = QVBoxLayout(BundlePreviewDialog)
        self.layout.setObjectName(u"layout")
        self.senderForm = QFormLayout()
        self.senderForm.setObjectName(u"senderForm")
        self.senderTitle = QLabel(BundlePreviewDialog)
        self.senderTitle.setObjectName(u"senderTitle")

        self.senderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.senderTitle)

        self.senderLabel = QLabel(BundlePreviewDialog)
        self.senderLabel.setObjectName(u"senderLabel")
        self.senderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.senderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.senderLabel)

        self.fingerprintTitle = QLabel(BundlePreviewDialog)
        self.fingerprintTitle.setObjectName(u"fingerprintTitle")

        self.senderForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprintTitle)

        self.fingerprintLabel = QLabel(BundlePreviewDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.senderForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprintLabel)

        self.rangeTitle = QLabel(BundlePreviewDialog)
        self.rangeTitle.setObjectName(u"rangeTitle")

        self.senderForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rangeTitle)

        self.rangeLabel = QLabel(BundlePreviewDialog)
        self.rangeLabel.setObjectName(u"rangeLabel")
        self.rangeLabel.setWordWrap(True)

        self.senderForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rangeLabel)

        self.pathTitle = QLabel(BundlePreviewDialog)
        self.pathTitle.setObjectName(u"pathTitle")

        self.senderForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pathTitle)

        self.pathLabel = QLabel(BundlePreviewDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.senderForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pathLabel)


        self.layout.addLayout(self.senderForm)

        self.summaryLabel = QLabel(BundlePreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.countsTable = QTableWidget(BundlePreviewDialog)
        self.countsTable.setObjectName(u"countsTable")
        self.countsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.countsTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.countsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.countsTable)

        self.conflictsBox = QGroupBox(BundlePreviewDialog)
        self.conflictsBox.setObjectName(u"conflictsBox")
        self.conflictsLayout = QVBoxLayout(self.conflictsBox)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsHelp = QLabel(self.conflictsBox)
        self.conflictsHelp.setObjectName(u"conflictsHelp")
        self.conflictsHelp.setWordWrap(True)

        self.conflictsLayout.addWidget(self.conflictsHelp)

        self.conflictsList = QListWidget(self.conflictsBox)
        self.conflictsList.setObjectName(u"conflictsList")
        self.conflictsList.setWordWrap(True)
        self.conflictsList.setAlternatingRowColors(True)
        self.conflictsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.conflictsList.setResizeMode(QListView.ResizeMode.Adjust)

        self.conflictsLayout.addWidget(self.conflictsList)


        self.layout.addWidget(self.conflictsBox)

        self.buttonBox = QDialogButtonBox(BundlePreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(BundlePreviewDialog)

        QMetaObject.connectSlotsByName(BundlePreviewDialog)
    # setupUi

    def retranslateUi(self, BundlePreviewDialog):
        BundlePreviewDialog.setWindowTitle(QCoreApplication.translate("BundlePreviewDialog", u"Terima berkas kiriman", None))
        self.senderTitle.setText(QCoreApplication.translate("BundlePreviewDialog", u"Dari stasiun", None))
        self.senderLabel.setText("")
        self.fingerprintTitle.setText(QCoreApplication.translate("BundlePreviewDialog", u"Sidik jari pengirim", None))
        self.fingerprintLabel.setText("")
        self.rangeTitle.setText(QCoreApplication.translate("BundlePreviewDialog", u"Isi kiriman", None))
        self.rangeLabel.setText("")
        self.pathTitle.setText(QCoreApplication.translate("BundlePreviewDialog", u"Berkas", None))
        self.pathLabel.setText("")
        self.summaryLabel.setText("")
        self.conflictsBox.setTitle(QCoreApplication.translate("BundlePreviewDialog", u"Konflik", None))
        self.conflictsHelp.setText(QCoreApplication.translate("BundlePreviewDialog", u"Catatan yang diubah di kedua stasiun sejak terakhir disamakan. Versi yang dipakai ditentukan sama di setiap stasiun; versi yang lain tetap tercatat di log audit.", None))
    # retranslateUi

