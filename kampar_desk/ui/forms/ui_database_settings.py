# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_settings.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DatabaseSettings(object):
    def setupUi(self, DatabaseSettings):
        if not DatabaseSettings.objectName():
            DatabaseSettings.setObjectName(u"DatabaseSettings")
        DatabaseSettings.resize(1000, 560)
        self.layout = QVBoxLayout(DatabaseSettings)
        self.layout.setObjectName(u"layout")
        self.whereBox = QGroupBox(DatabaseSettings)
        self.whereBox.setObjectName(u"whereBox")
        self.whereLayout = QVBoxLayout(self.whereBox)
        self.whereLayout.setObjectName(u"whereLayout")
        self.whereLabel = QLabel(self.whereBox)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.whereLayout.addWidget(self.whereLabel)

        self.nextStartLabel = QLabel(self.whereBox)
        self.nextStartLabel.setObjectName(u"nextStartLabel")
        self.nextStartLabel.setWordWrap(True)
        self.nextStartLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.whereLayout.addWidget(self.nextStartLabel)


        self.layout.addWidget(self.whereBox)

        self.serverBox = QGroupBox(DatabaseSettings)
        self.serverBox.setObjectName(u"serverBox")
        self.serverLayout = QVBoxLayout(self.serverBox)
        self.serverLayout.setObjectName(u"serverLayout")
        self.serverHelp = QLabel(self.serverBox)
        self.serverHelp.setObjectName(u"serverHelp")
        self.serverHelp.setWordWrap(True)

        self.serverLayout.addWidget(self.serverHelp)

        self.serverForm = QFormLayout()
        self.serverForm.setObjectName(u"serverForm")
        self.serverUrlLabel = QLabel(self.serverBox)
        self.serverUrlLabel.setObjectName(u"serverUrlLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverUrlLabel)

        self.serverUrlEdit = QLineEdit(self.serverBox)
        self.serverUrlEdit.setObjectName(u"serverUrlEdit")
        self.serverUrlEdit.setMaxLength(300)

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverUrlEdit)

        self.serverPasswordLabel = QLabel(self.serverBox)
        self.serverPasswordLabel.setObjectName(u"serverPasswordLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serverPasswordLabel)

        self.serverPasswordEdit = QLineEdit(self.serverBox)
        self.serverPasswordEdit.setObjectName(u"serverPasswordEdit")
        self.serverPasswordEdit.setMaxLength(200)
        self.serverPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serverPasswordEdit)

        self.papersDirLabel = QLabel(self.serverBox)
        self.papersDirLabel.setObjectName(u"papersDirLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.papersDirLabel)

        self.papersDirRow = QHBoxLayout()
        self.papersDirRow.setObjectName(u"papersDirRow")
        self.papersDirEdit = QLineEdit(self.serverBox)
        self.papersDirEdit.setObjectName(u"papersDirEdit")
        self.papersDirEdit.setMaxLength(300)

        self.papersDirRow.addWidget(self.papersDirEdit)

        self.choosePapersDirButton = QPushButton(self.serverBox)
        self.choosePapersDirButton.setObjectName(u"choosePapersDirButton")
        self.choosePapersDirButton.setAutoDefault(False)

        self.papersDirRow.addWidget(self.choosePapersDirButton)

        self.papersDirRow.setStretch(0, 1)

        self.serverForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.papersDirRow)


        self.serverLayout.addLayout(self.serverForm)

        self.serverActions = QHBoxLayout()
        self.serverActions.setObjectName(u"serverActions")
        self.testConnectionButton = QPushButton(self.serverBox)
        self.testConnectionButton.setObjectName(u"testConnectionButton")
        self.testConnectionButton.setAutoDefault(False)

        self.serverActions.addWidget(self.testConnectionButton)

        self.saveServerButton = QPushButton(self.serverBox)
        self.saveServerButton.setObjectName(u"saveServerButton")
        self.saveServerButton.setAutoDefault(False)

        self.serverActions.addWidget(self.saveServerButton)

        self.serverActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serverActions.addItem(self.serverActionsSpacer)

        self.useLocalFileButton = QPushButton(self.serverBox)
        self.useLocalFileButton.setObjectName(u"useLocalFileButton")
        self.useLocalFileButton.setAutoDefault(False)

        self.serverActions.addWidget(self.useLocalFileButton)


        self.serverLayout.addLayout(self.serverActions)

        self.connectionResultLabel = QLabel(self.serverBox)
        self.connectionResultLabel.setObjectName(u"connectionResultLabel")
        self.connectionResultLabel.setWordWrap(True)
        self.connectionResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serverLayout.addWidget(self.connectionResultLabel)


        self.layout.addWidget(self.serverBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.serverUrlLabel.setBuddy(self.serverUrlEdit)
        self.serverPasswordLabel.setBuddy(self.serverPasswordEdit)
        self.papersDirLabel.setBuddy(self.papersDirEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DatabaseSettings)

        QMetaObject.connectSlotsByName(DatabaseSettings)
    # setupUi

    def retranslateUi(self, DatabaseSettings):
        DatabaseSettings.setWindowTitle(QCoreApplication.translate("DatabaseSettings", u"Basis data", None))
        self.whereBox.setTitle(QCoreApplication.translate("DatabaseSettings", u"Data yang dipakai sekarang", None))
        self.whereLabel.setText("")
        self.nextStartLabel.setText("")
        self.serverBox.setTitle(QCoreApplication.translate("DatabaseSettings", u"Server basis data kantor (beberapa loket memakai data yang sama)", None))
        self.serverHelp.setText(QCoreApplication.translate("DatabaseSettings", u"Isi alamat server PostgreSQL kantor dan folder bersama tempat semua loket menyimpan dokumen dan surat. Kata sandi akun loket disimpan di Windows Credential Manager pengguna Windows ini, tidak di berkas pengaturan (boleh dikosongkan bila petugas TI menyiapkan PGPASSWORD). Koneksi diuji sebelum disimpan; pilihan berlaku saat Kampar Desk dibuka lagi.", None))
        self.serverUrlLabel.setText(QCoreApplication.translate("DatabaseSettings", u"&Alamat server", None))
        self.serverUrlEdit.setPlaceholderText(QCoreApplication.translate("DatabaseSettings", u"contoh postgresql://kampar_app@192.168.1.10:5432/kampar", None))
        self.serverPasswordLabel.setText(QCoreApplication.translate("DatabaseSettings", u"&Kata sandi", None))
        self.serverPasswordEdit.setPlaceholderText(QCoreApplication.translate("DatabaseSettings", u"kata sandi akun loket di server", None))
        self.papersDirLabel.setText(QCoreApplication.translate("DatabaseSettings", u"&Folder arsip bersama", None))
        self.papersDirEdit.setPlaceholderText(QCoreApplication.translate("DatabaseSettings", u"contoh \\\\PC-SERVER\\arsip-kampar", None))
        self.choosePapersDirButton.setText(QCoreApplication.translate("DatabaseSettings", u"Pilih...", None))
        self.testConnectionButton.setText(QCoreApplication.translate("DatabaseSettings", u"&Uji koneksi", None))
        self.saveServerButton.setText(QCoreApplication.translate("DatabaseSettings", u"&Simpan", None))
        self.useLocalFileButton.setText(QCoreApplication.translate("DatabaseSettings", u"Kembali ke berkas &lokal", None))
#if QT_CONFIG(tooltip)
        self.useLocalFileButton.setToolTip(QCoreApplication.translate("DatabaseSettings", u"Saat dibuka lagi, komputer ini memakai berkas basis data lokalnya. Data di server tidak dipindahkan ke sini.", None))
#endif // QT_CONFIG(tooltip)
        self.connectionResultLabel.setText("")
    # retranslateUi

