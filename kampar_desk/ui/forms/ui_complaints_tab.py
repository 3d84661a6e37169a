# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ComplaintsTab(object):
    def setupUi(self, ComplaintsTab):
        if not ComplaintsTab.objectName():
            ComplaintsTab.setObjectName(u"ComplaintsTab")
        ComplaintsTab.resize(1100, 640)
        self.layout = QVBoxLayout(ComplaintsTab)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(ComplaintsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterCombo = QComboBox(self.listPanel)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filterRow.addWidget(self.filterCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.newButton = QPushButton(self.listPanel)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.filterRow.addWidget(self.newButton)


        self.listLayout.addLayout(self.filterRow)

        self.complaintsTable = QTableWidget(self.listPanel)
        self.complaintsTable.setObjectName(u"complaintsTable")
        self.complaintsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaintsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaintsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaintsTable.horizontalHeader().setStretchLastSection(True)
        self.complaintsTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.complaintsTable)

        self.reportRow = QHBoxLayout()
        self.reportRow.setObjectName(u"reportRow")
        self.reportLabel = QLabel(self.listPanel)
        self.reportLabel.setObjectName(u"reportLabel")

        self.reportRow.addWidget(self.reportLabel)

        self.reportFrom = QDateEdit(self.listPanel)
        self.reportFrom.setObjectName(u"reportFrom")
        self.reportFrom.setCalendarPopup(True)

        self.reportRow.addWidget(self.reportFrom)

        self.reportTo = QLabel(self.listPanel)
        self.reportTo.setObjectName(u"reportTo")

        self.reportRow.addWidget(self.reportTo)

        self.reportUntil = QDateEdit(self.listPanel)
        self.reportUntil.setObjectName(u"reportUntil")
        self.reportUntil.setCalendarPopup(True)

        self.reportRow.addWidget(self.reportUntil)

        self.reportButton = QPushButton(self.listPanel)
        self.reportButton.setObjectName(u"reportButton")
        self.reportButton.setAutoDefault(False)

        self.reportRow.addWidget(self.reportButton)


        self.listLayout.addLayout(self.reportRow)

        self.splitter.addWidget(self.listPanel)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailPanel)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.assignRow = QHBoxLayout()
        self.assignRow.setObjectName(u"assignRow")
        self.assignLabel = QLabel(self.detailPanel)
        self.assignLabel.setObjectName(u"assignLabel")

        self.assignRow.addWidget(self.assignLabel)

        self.assignCombo = QComboBox(self.detailPanel)
        self.assignCombo.setObjectName(u"assignCombo")

        self.assignRow.addWidget(self.assignCombo)

        self.assignButton = QPushButton(self.detailPanel)
        self.assignButton.setObjectName(u"assignButton")
        self.assignButton.setAutoDefault(False)

        self.assignRow.addWidget(self.assignButton)


        self.detailLayout.addLayout(self.assignRow)

        self.responseLabel = QLabel(self.detailPanel)
        self.responseLabel.setObjectName(u"responseLabel")

        self.detailLayout.addWidget(self.responseLabel)

        self.responseEdit = QPlainTextEdit(self.detailPanel)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setMaximumSize(QSize(16777215, 90))

        self.detailLayout.addWidget(self.responseEdit)

        self.respondRow = QHBoxLayout()
        self.respondRow.setObjectName(u"respondRow")
        self.respondSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.respondRow.addItem(self.respondSpacer)

        self.respondButton = QPushButton(self.detailPanel)
        self.respondButton.setObjectName(u"respondButton")
        self.respondButton.setAutoDefault(False)

        self.respondRow.addWidget(self.respondButton)


        self.detailLayout.addLayout(self.respondRow)

        self.followUpLabel = QLabel(self.detailPanel)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.detailLayout.addWidget(self.followUpLabel)

        self.followUpEdit = QPlainTextEdit(self.detailPanel)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setMaximumSize(QSize(16777215, 70))

        self.detailLayout.addWidget(self.followUpEdit)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.closeCheck = QCheckBox(self.detailPanel)
        self.closeCheck.setObjectName(u"closeCheck")

        self.followUpRow.addWidget(self.closeCheck)

        self.followSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpRow.addItem(self.followSpacer)

        self.followUpButton = QPushButton(self.detailPanel)
        self.followUpButton.setObjectName(u"followUpButton")
        self.followUpButton.setAutoDefault(False)

        self.followUpRow.addWidget(self.followUpButton)


        self.detailLayout.addLayout(self.followUpRow)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.splitter.addWidget(self.detailPanel)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(ComplaintsTab)

        QMetaObject.connectSlotsByName(ComplaintsTab)
    # setupUi

    def retranslateUi(self, ComplaintsTab):
        self.newButton.setText(QCoreApplication.translate("ComplaintsTab", u"&Catat pengaduan baru...", None))
        self.reportLabel.setText(QCoreApplication.translate("ComplaintsTab", u"Laporan", None))
        self.reportFrom.setDisplayFormat(QCoreApplication.translate("ComplaintsTab", u"dd-MM-yyyy", None))
        self.reportTo.setText(QCoreApplication.translate("ComplaintsTab", u"s.d.", None))
        self.reportUntil.setDisplayFormat(QCoreApplication.translate("ComplaintsTab", u"dd-MM-yyyy", None))
        self.reportButton.setText(QCoreApplication.translate("ComplaintsTab", u"Ekspor laporan pengaduan...", None))
        self.detailLabel.setText(QCoreApplication.translate("ComplaintsTab", u"Pilih pengaduan.", None))
        self.assignLabel.setText(QCoreApplication.translate("ComplaintsTab", u"Ditugaskan ke", None))
        self.assignButton.setText(QCoreApplication.translate("ComplaintsTab", u"Tugaskan", None))
        self.responseLabel.setText(QCoreApplication.translate("ComplaintsTab", u"Tanggapan kepada pelapor:", None))
        self.respondButton.setText(QCoreApplication.translate("ComplaintsTab", u"Kirim &tanggapan", None))
        self.followUpLabel.setText(QCoreApplication.translate("ComplaintsTab", u"Tindak lanjut:", None))
        self.closeCheck.setText(QCoreApplication.translate("ComplaintsTab", u"Pengaduan selesai", None))
        self.followUpButton.setText(QCoreApplication.translate("ComplaintsTab", u"Simpan tindak lanjut", None))
        pass
    # retranslateUi

