# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'skm_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SkmTab(object):
    def setupUi(self, SkmTab):
        if not SkmTab.objectName():
            SkmTab.setObjectName(u"SkmTab")
        SkmTab.resize(1100, 640)
        self.layout = QVBoxLayout(SkmTab)
        self.layout.setObjectName(u"layout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.semesterLabel = QLabel(SkmTab)
        self.semesterLabel.setObjectName(u"semesterLabel")

        self.periodRow.addWidget(self.semesterLabel)

        self.semesterCombo = QComboBox(SkmTab)
        self.semesterCombo.setObjectName(u"semesterCombo")

        self.periodRow.addWidget(self.semesterCombo)

        self.fromLabel = QLabel(SkmTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodRow.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(SkmTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.fromDate)

        self.toLabel = QLabel(SkmTab)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(SkmTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.toDate)

        self.computeButton = QPushButton(SkmTab)
        self.computeButton.setObjectName(u"computeButton")
        self.computeButton.setAutoDefault(False)

        self.periodRow.addWidget(self.computeButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.layout.addLayout(self.periodRow)

        self.ikmLabel = QLabel(SkmTab)
        self.ikmLabel.setObjectName(u"ikmLabel")
        self.ikmLabel.setWordWrap(True)

        self.layout.addWidget(self.ikmLabel)

        self.sampleLabel = QLabel(SkmTab)
        self.sampleLabel.setObjectName(u"sampleLabel")
        self.sampleLabel.setWordWrap(True)

        self.layout.addWidget(self.sampleLabel)

        self.scoresTable = QTableWidget(SkmTab)
        self.scoresTable.setObjectName(u"scoresTable")
        self.scoresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scoresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scoresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scoresTable.horizontalHeader().setStretchLastSection(True)
        self.scoresTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.scoresTable)

        self.skmButtons = QHBoxLayout()
        self.skmButtons.setObjectName(u"skmButtons")
        self.blankButton = QPushButton(SkmTab)
        self.blankButton.setObjectName(u"blankButton")
        self.blankButton.setAutoDefault(False)

        self.skmButtons.addWidget(self.blankButton)

        self.skmSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skmButtons.addItem(self.skmSpacer)

        self.exportButton = QPushButton(SkmTab)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.skmButtons.addWidget(self.exportButton)


        self.layout.addLayout(self.skmButtons)

        self.layout.setStretch(3, 1)

        self.retranslateUi(SkmTab)

        QMetaObject.connectSlotsByName(SkmTab)
    # setupUi

    def retranslateUi(self, SkmTab):
        self.semesterLabel.setText(QCoreApplication.translate("SkmTab", u"Semester", None))
        self.fromLabel.setText(QCoreApplication.translate("SkmTab", u"atau dari", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("SkmTab", u"dd-MM-yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("SkmTab", u"s.d.", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("SkmTab", u"dd-MM-yyyy", None))
        self.computeButton.setText(QCoreApplication.translate("SkmTab", u"&Hitung IKM", None))
        self.ikmLabel.setText("")
        self.sampleLabel.setText("")
        self.blankButton.setText(QCoreApplication.translate("SkmTab", u"Cetak kuesioner kosong", None))
        self.exportButton.setText(QCoreApplication.translate("SkmTab", u"&Ekspor laporan (PDF + xlsx)...", None))
        pass
    # retranslateUi

