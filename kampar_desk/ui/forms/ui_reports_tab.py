# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ReportsTab(object):
    def setupUi(self, ReportsTab):
        if not ReportsTab.objectName():
            ReportsTab.setObjectName(u"ReportsTab")
        ReportsTab.resize(1100, 640)
        self.layout = QVBoxLayout(ReportsTab)
        self.layout.setObjectName(u"layout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.monthLabel = QLabel(ReportsTab)
        self.monthLabel.setObjectName(u"monthLabel")

        self.periodRow.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(ReportsTab)
        self.monthCombo.setObjectName(u"monthCombo")

        self.periodRow.addWidget(self.monthCombo)

        self.fromLabel = QLabel(ReportsTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodRow.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(ReportsTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.fromDate)

        self.toLabel = QLabel(ReportsTab)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(ReportsTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.toDate)

        self.stationLabel = QLabel(ReportsTab)
        self.stationLabel.setObjectName(u"stationLabel")

        self.periodRow.addWidget(self.stationLabel)

        self.stationCombo = QComboBox(ReportsTab)
        self.stationCombo.setObjectName(u"stationCombo")

        self.periodRow.addWidget(self.stationCombo)

        self.showButton = QPushButton(ReportsTab)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setAutoDefault(False)

        self.periodRow.addWidget(self.showButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.layout.addLayout(self.periodRow)

        self.figuresView = QTextBrowser(ReportsTab)
        self.figuresView.setObjectName(u"figuresView")

        self.layout.addWidget(self.figuresView)

        self.driveRow = QHBoxLayout()
        self.driveRow.setObjectName(u"driveRow")
        self.driveLabel = QLabel(ReportsTab)
        self.driveLabel.setObjectName(u"driveLabel")

        self.driveRow.addWidget(self.driveLabel)

        self.driveCombo = QComboBox(ReportsTab)
        self.driveCombo.setObjectName(u"driveCombo")
        self.driveCombo.setMinimumSize(QSize(320, 0))

        self.driveRow.addWidget(self.driveCombo)

        self.refreshDrivesButton = QPushButton(ReportsTab)
        self.refreshDrivesButton.setObjectName(u"refreshDrivesButton")
        self.refreshDrivesButton.setAutoDefault(False)

        self.driveRow.addWidget(self.refreshDrivesButton)

        self.driveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.driveRow.addItem(self.driveSpacer)

        self.exportDriveButton = QPushButton(ReportsTab)
        self.exportDriveButton.setObjectName(u"exportDriveButton")
        self.exportDriveButton.setAutoDefault(False)

        self.driveRow.addWidget(self.exportDriveButton)

        self.exportFolderButton = QPushButton(ReportsTab)
        self.exportFolderButton.setObjectName(u"exportFolderButton")
        self.exportFolderButton.setAutoDefault(False)

        self.driveRow.addWidget(self.exportFolderButton)


        self.layout.addLayout(self.driveRow)

        self.progressBar = QProgressBar(ReportsTab)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.layout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ReportsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ReportsTab)

        QMetaObject.connectSlotsByName(ReportsTab)
    # setupUi

    def retranslateUi(self, ReportsTab):
        self.monthLabel.setText(QCoreApplication.translate("ReportsTab", u"Bulan", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportsTab", u"atau dari", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ReportsTab", u"dd-MM-yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsTab", u"s.d.", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ReportsTab", u"dd-MM-yyyy", None))
        self.stationLabel.setText(QCoreApplication.translate("ReportsTab", u"Stasiun", None))
#if QT_CONFIG(tooltip)
        self.stationCombo.setToolTip(QCoreApplication.translate("ReportsTab", u"Hitung berkas semua stasiun, stasiun ini saja, atau satu stasiun lain", None))
#endif // QT_CONFIG(tooltip)
        self.showButton.setText(QCoreApplication.translate("ReportsTab", u"&Tampilkan", None))
        self.driveLabel.setText(QCoreApplication.translate("ReportsTab", u"Flashdisk", None))
        self.refreshDrivesButton.setText(QCoreApplication.translate("ReportsTab", u"Cari ulang", None))
        self.exportDriveButton.setText(QCoreApplication.translate("ReportsTab", u"Ekspor ke &flashdisk", None))
        self.exportFolderButton.setText(QCoreApplication.translate("ReportsTab", u"Ekspor ke folder...", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

