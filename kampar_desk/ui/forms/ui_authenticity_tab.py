# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authenticity_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AuthenticityTab(object):
    def setupUi(self, AuthenticityTab):
        if not AuthenticityTab.objectName():
            AuthenticityTab.setObjectName(u"AuthenticityTab")
        AuthenticityTab.resize(1000, 600)
        self.layout = QVBoxLayout(AuthenticityTab)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(AuthenticityTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.inputRow = QHBoxLayout()
        self.inputRow.setObjectName(u"inputRow")
        self.codeEdit = QLineEdit(AuthenticityTab)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.inputRow.addWidget(self.codeEdit)

        self.checkButton = QPushButton(AuthenticityTab)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)

        self.inputRow.addWidget(self.checkButton)

        self.openPdfButton = QPushButton(AuthenticityTab)
        self.openPdfButton.setObjectName(u"openPdfButton")
        self.openPdfButton.setAutoDefault(False)

        self.inputRow.addWidget(self.openPdfButton)


        self.layout.addLayout(self.inputRow)

        self.verdictLabel = QLabel(AuthenticityTab)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)

        self.layout.addWidget(self.verdictLabel)

        self.detailsLabel = QLabel(AuthenticityTab)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.detailsLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(AuthenticityTab)

        QMetaObject.connectSlotsByName(AuthenticityTab)
    # setupUi

    def retranslateUi(self, AuthenticityTab):
        self.introLabel.setText(QCoreApplication.translate("AuthenticityTab", u"Pindai kode QR pada surat (pemindai mengetik isinya lalu Enter), ketik nomor surat, atau pilih berkas PDF surat. Pemeriksaan berjalan tanpa internet.", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("AuthenticityTab", u"isi kode QR atau nomor surat", None))
        self.checkButton.setText(QCoreApplication.translate("AuthenticityTab", u"&Periksa", None))
        self.openPdfButton.setText(QCoreApplication.translate("AuthenticityTab", u"Pilih berkas &PDF...", None))
        self.verdictLabel.setText("")
        self.detailsLabel.setText("")
        pass
    # retranslateUi

