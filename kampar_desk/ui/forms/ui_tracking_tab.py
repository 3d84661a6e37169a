# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracking_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TrackingTab(object):
    def setupUi(self, TrackingTab):
        if not TrackingTab.objectName():
            TrackingTab.setObjectName(u"TrackingTab")
        TrackingTab.resize(1160, 640)
        self.layout = QVBoxLayout(TrackingTab)
        self.layout.setObjectName(u"layout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(TrackingTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.stationLabel = QLabel(TrackingTab)
        self.stationLabel.setObjectName(u"stationLabel")

        self.searchRow.addWidget(self.stationLabel)

        self.stationCombo = QComboBox(TrackingTab)
        self.stationCombo.setObjectName(u"stationCombo")

        self.searchRow.addWidget(self.stationCombo)

        self.searchButton = QPushButton(TrackingTab)
        self.searchButton.setObjectName(u"searchButton")
        self.searchButton.setAutoDefault(False)

        self.searchRow.addWidget(self.searchButton)


        self.layout.addLayout(self.searchRow)

        self.resultLabel = QLabel(TrackingTab)
        self.resultLabel.setObjectName(u"resultLabel")

        self.layout.addWidget(self.resultLabel)

        self.splitter = QSplitter(TrackingTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.resultsView = QTableView(self.splitter)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.resultsView)
        self.resultsView.horizontalHeader().setStretchLastSection(True)
        self.resultsView.verticalHeader().setVisible(False)
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

        self.timelineTable = QTableWidget(self.detailPanel)
        self.timelineTable.setObjectName(u"timelineTable")
        self.timelineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineTable.setWordWrap(True)
        self.timelineTable.horizontalHeader().setStretchLastSection(True)
        self.timelineTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.timelineTable)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.reprintButton = QPushButton(self.detailPanel)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)

        self.detailButtons.addWidget(self.reprintButton)

        self.reregisterButton = QPushButton(self.detailPanel)
        self.reregisterButton.setObjectName(u"reregisterButton")
        self.reregisterButton.setAutoDefault(False)

        self.detailButtons.addWidget(self.reregisterButton)


        self.detailLayout.addLayout(self.detailButtons)

        self.splitter.addWidget(self.detailPanel)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)

        self.retranslateUi(TrackingTab)

        QMetaObject.connectSlotsByName(TrackingTab)
    # setupUi

    def retranslateUi(self, TrackingTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TrackingTab", u"Nomor pendaftaran, NIK, atau nama pemohon - atau pindai tanda terima", None))
        self.stationLabel.setText(QCoreApplication.translate("TrackingTab", u"Stasiun", None))
#if QT_CONFIG(tooltip)
        self.stationCombo.setToolTip(QCoreApplication.translate("TrackingTab", u"Cari berkas semua stasiun, stasiun ini saja, atau satu stasiun lain", None))
#endif // QT_CONFIG(tooltip)
        self.searchButton.setText(QCoreApplication.translate("TrackingTab", u"&Cari", None))
        self.resultLabel.setText("")
        self.detailLabel.setText(QCoreApplication.translate("TrackingTab", u"Pilih berkas untuk melihat riwayatnya.", None))
        self.reprintButton.setText(QCoreApplication.translate("TrackingTab", u"Cetak ulang tanda terima / slip", None))
        self.reregisterButton.setText(QCoreApplication.translate("TrackingTab", u"Daftar ulang (lengkapi berkas)", None))
        pass
    # retranslateUi

