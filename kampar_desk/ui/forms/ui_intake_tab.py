# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_IntakeTab(object):
    def setupUi(self, IntakeTab):
        if not IntakeTab.objectName():
            IntakeTab.setObjectName(u"IntakeTab")
        IntakeTab.resize(1160, 640)
        self.layout = QHBoxLayout(IntakeTab)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.applicantBox = QGroupBox(IntakeTab)
        self.applicantBox.setObjectName(u"applicantBox")
        self.applicantForm = QFormLayout(self.applicantBox)
        self.applicantForm.setObjectName(u"applicantForm")
        self.applicantForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.applicantForm.setVerticalSpacing(4)
        self.serviceLabel = QLabel(self.applicantBox)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceCombo = QComboBox(self.applicantBox)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.nikLabel = QLabel(self.applicantBox)
        self.nikLabel.setObjectName(u"nikLabel")

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikEdit = QLineEdit(self.applicantBox)
        self.nikEdit.setObjectName(u"nikEdit")
        self.nikEdit.setMaxLength(20)

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nikEdit)

        self.nikHint = QLabel(self.applicantBox)
        self.nikHint.setObjectName(u"nikHint")
        self.nikHint.setWordWrap(True)

        self.applicantForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nikHint)

        self.kkLabel = QLabel(self.applicantBox)
        self.kkLabel.setObjectName(u"kkLabel")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kkLabel)

        self.kkEdit = QLineEdit(self.applicantBox)
        self.kkEdit.setObjectName(u"kkEdit")
        self.kkEdit.setMaxLength(20)

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kkEdit)

        self.kkHint = QLabel(self.applicantBox)
        self.kkHint.setObjectName(u"kkHint")
        self.kkHint.setWordWrap(True)

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kkHint)

        self.nameLabel = QLabel(self.applicantBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.applicantBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(self.applicantBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.applicantForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.applicantBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.applicantForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneHint = QLabel(self.applicantBox)
        self.phoneHint.setObjectName(u"phoneHint")
        self.phoneHint.setWordWrap(True)

        self.applicantForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneHint)

        self.addressLabel = QLabel(self.applicantBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.applicantForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.applicantBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(250)

        self.applicantForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.districtLabel = QLabel(self.applicantBox)
        self.districtLabel.setObjectName(u"districtLabel")

        self.applicantForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtCombo = QComboBox(self.applicantBox)
        self.districtCombo.setObjectName(u"districtCombo")

        self.applicantForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.districtCombo)

        self.villageLabel = QLabel(self.applicantBox)
        self.villageLabel.setObjectName(u"villageLabel")

        self.applicantForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageCombo = QComboBox(self.applicantBox)
        self.villageCombo.setObjectName(u"villageCombo")

        self.applicantForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.villageCombo)

        self.villageHint = QLabel(self.applicantBox)
        self.villageHint.setObjectName(u"villageHint")
        self.villageHint.setWordWrap(True)

        self.applicantForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.villageHint)

        self.previousLabel = QLabel(self.applicantBox)
        self.previousLabel.setObjectName(u"previousLabel")

        self.applicantForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.previousLabel)

        self.previousRow = QHBoxLayout()
        self.previousRow.setObjectName(u"previousRow")
        self.returnedNumberEdit = QLineEdit(self.applicantBox)
        self.returnedNumberEdit.setObjectName(u"returnedNumberEdit")

        self.previousRow.addWidget(self.returnedNumberEdit)

        self.loadReturnedButton = QPushButton(self.applicantBox)
        self.loadReturnedButton.setObjectName(u"loadReturnedButton")
        self.loadReturnedButton.setAutoDefault(False)

        self.previousRow.addWidget(self.loadReturnedButton)


        self.applicantForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.previousRow)

        self.previousHint = QLabel(self.applicantBox)
        self.previousHint.setObjectName(u"previousHint")
        self.previousHint.setWordWrap(True)

        self.applicantForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.previousHint)


        self.layout.addWidget(self.applicantBox)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.checklistBox = QGroupBox(IntakeTab)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistTable = QTableWidget(self.checklistBox)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.checklistTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklistTable.setWordWrap(True)
        self.checklistTable.horizontalHeader().setStretchLastSection(True)
        self.checklistTable.verticalHeader().setVisible(False)

        self.checklistLayout.addWidget(self.checklistTable)

        self.checklistButtons = QHBoxLayout()
        self.checklistButtons.setObjectName(u"checklistButtons")
        self.allReceivedButton = QPushButton(self.checklistBox)
        self.allReceivedButton.setObjectName(u"allReceivedButton")
        self.allReceivedButton.setAutoDefault(False)

        self.checklistButtons.addWidget(self.allReceivedButton)

        self.checklistSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checklistButtons.addItem(self.checklistSpacer)


        self.checklistLayout.addLayout(self.checklistButtons)


        self.rightColumn.addWidget(self.checklistBox)

        self.warningsLabel = QLabel(IntakeTab)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.rightColumn.addWidget(self.warningsLabel)

        self.warningOverrideEdit = QLineEdit(IntakeTab)
        self.warningOverrideEdit.setObjectName(u"warningOverrideEdit")
        self.warningOverrideEdit.setMaxLength(300)

        self.rightColumn.addWidget(self.warningOverrideEdit)

        self.outcomeLabel = QLabel(IntakeTab)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)

        self.rightColumn.addWidget(self.outcomeLabel)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.clearButton = QPushButton(IntakeTab)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.actions.addWidget(self.clearButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.saveButton = QPushButton(IntakeTab)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.actions.addWidget(self.saveButton)


        self.rightColumn.addLayout(self.actions)

        self.lastResultLabel = QLabel(IntakeTab)
        self.lastResultLabel.setObjectName(u"lastResultLabel")
        self.lastResultLabel.setWordWrap(True)
        self.lastResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rightColumn.addWidget(self.lastResultLabel)


        self.layout.addLayout(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.nikLabel.setBuddy(self.nikEdit)
        self.kkLabel.setBuddy(self.kkEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.districtLabel.setBuddy(self.districtCombo)
        self.villageLabel.setBuddy(self.villageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serviceCombo, self.nikEdit)
        QWidget.setTabOrder(self.nikEdit, self.kkEdit)
        QWidget.setTabOrder(self.kkEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.districtCombo)
        QWidget.setTabOrder(self.districtCombo, self.villageCombo)
        QWidget.setTabOrder(self.villageCombo, self.checklistTable)
        QWidget.setTabOrder(self.checklistTable, self.allReceivedButton)
        QWidget.setTabOrder(self.allReceivedButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.returnedNumberEdit)
        QWidget.setTabOrder(self.returnedNumberEdit, self.loadReturnedButton)

        self.retranslateUi(IntakeTab)

        QMetaObject.connectSlotsByName(IntakeTab)
    # setupUi

    def retranslateUi(self, IntakeTab):
        self.applicantBox.setTitle(QCoreApplication.translate("IntakeTab", u"Data pemohon", None))
        self.serviceLabel.setText(QCoreApplication.translate("IntakeTab", u"La&yanan", None))
        self.nikLabel.setText(QCoreApplication.translate("IntakeTab", u"&NIK", None))
        self.nikEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"16 digit sesuai KTP", None))
        self.nikHint.setText("")
        self.kkLabel.setText(QCoreApplication.translate("IntakeTab", u"No. &KK", None))
        self.kkEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"16 digit sesuai Kartu Keluarga", None))
        self.kkHint.setText("")
        self.nameLabel.setText(QCoreApplication.translate("IntakeTab", u"Na&ma pemohon", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakeTab", u"No. &HP/WA", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"contoh 0812-3456-7890", None))
        self.phoneHint.setText("")
        self.addressLabel.setText(QCoreApplication.translate("IntakeTab", u"&Alamat", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"jalan, nomor, RT/RW", None))
        self.districtLabel.setText(QCoreApplication.translate("IntakeTab", u"K&ecamatan", None))
        self.villageLabel.setText(QCoreApplication.translate("IntakeTab", u"&Desa/Kelurahan", None))
        self.villageHint.setText("")
        self.previousLabel.setText(QCoreApplication.translate("IntakeTab", u"Daftar ulang dari", None))
        self.returnedNumberEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"pindai / ketik nomor slip pengembalian", None))
        self.loadReturnedButton.setText(QCoreApplication.translate("IntakeTab", u"Muat", None))
        self.previousHint.setText("")
        self.checklistBox.setTitle(QCoreApplication.translate("IntakeTab", u"Persyaratan (centang yang diterima)", None))
        self.allReceivedButton.setText(QCoreApplication.translate("IntakeTab", u"Semua d&iterima", None))
        self.warningsLabel.setText("")
        self.warningOverrideEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"Catatan petugas: mengapa berkas tetap diterima meski ada peringatan", None))
        self.outcomeLabel.setText("")
        self.clearButton.setText(QCoreApplication.translate("IntakeTab", u"Kosongkan (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("IntakeTab", u"Simpan && Cetak (Ctrl+S)", None))
        self.lastResultLabel.setText("")
        pass
    # retranslateUi

