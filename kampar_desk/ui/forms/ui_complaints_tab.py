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
    QDateEdit, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ComplaintsTab(object):
    def setupUi(self, ComplaintsTab):
        if not ComplaintsTab.objectName():
            ComplaintsTab.setObjectName(u"ComplaintsTab")
        ComplaintsTab.resize(1260, 560)
        self.layout = QVBoxLayout(ComplaintsTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.listTabs = QTabWidget(ComplaintsTab)
        self.listTabs.setObjectName(u"listTabs")
        self.complaintsPage = QWidget()
        self.complaintsPage.setObjectName(u"complaintsPage")
        self.complaintsPageLayout = QVBoxLayout(self.complaintsPage)
        self.complaintsPageLayout.setObjectName(u"complaintsPageLayout")
        self.splitter = QSplitter(self.complaintsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
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
        self.complaintsTable.horizontalHeader().setStretchLastSection(False)
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

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportRow.addItem(self.reportSpacer)

        self.reportButton = QPushButton(self.listPanel)
        self.reportButton.setObjectName(u"reportButton")
        self.reportButton.setAutoDefault(False)

        self.reportRow.addWidget(self.reportButton)


        self.listLayout.addLayout(self.reportRow)

        self.listLayout.setStretch(1, 1)
        self.splitter.addWidget(self.listPanel)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 0, 0)
        self.detailScroll = QScrollArea(self.detailPanel)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setWidgetResizable(True)
        self.detailContents = QWidget()
        self.detailContents.setObjectName(u"detailContents")
        self.detailContentsLayout = QVBoxLayout(self.detailContents)
        self.detailContentsLayout.setObjectName(u"detailContentsLayout")
        self.detailContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailContents)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailContentsLayout.addWidget(self.detailLabel)

        self.detailScroll.setWidget(self.detailContents)

        self.detailLayout.addWidget(self.detailScroll)

        self.assignPanel = QWidget(self.detailPanel)
        self.assignPanel.setObjectName(u"assignPanel")
        self.assignRow = QHBoxLayout(self.assignPanel)
        self.assignRow.setObjectName(u"assignRow")
        self.assignRow.setContentsMargins(0, 0, 0, 0)
        self.assignLabel = QLabel(self.assignPanel)
        self.assignLabel.setObjectName(u"assignLabel")

        self.assignRow.addWidget(self.assignLabel)

        self.assignCombo = QComboBox(self.assignPanel)
        self.assignCombo.setObjectName(u"assignCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.assignCombo.sizePolicy().hasHeightForWidth())
        self.assignCombo.setSizePolicy(sizePolicy)

        self.assignRow.addWidget(self.assignCombo)

        self.assignButton = QPushButton(self.assignPanel)
        self.assignButton.setObjectName(u"assignButton")
        self.assignButton.setAutoDefault(False)

        self.assignRow.addWidget(self.assignButton)


        self.detailLayout.addWidget(self.assignPanel)

        self.handlePanel = QWidget(self.detailPanel)
        self.handlePanel.setObjectName(u"handlePanel")
        self.handleLayout = QVBoxLayout(self.handlePanel)
        self.handleLayout.setObjectName(u"handleLayout")
        self.handleLayout.setContentsMargins(0, 0, 0, 0)
        self.responseLabel = QLabel(self.handlePanel)
        self.responseLabel.setObjectName(u"responseLabel")

        self.handleLayout.addWidget(self.responseLabel)

        self.responseEdit = QPlainTextEdit(self.handlePanel)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setMaximumSize(QSize(16777215, 80))

        self.handleLayout.addWidget(self.responseEdit)

        self.respondRow = QHBoxLayout()
        self.respondRow.setObjectName(u"respondRow")
        self.respondSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.respondRow.addItem(self.respondSpacer)

        self.respondButton = QPushButton(self.handlePanel)
        self.respondButton.setObjectName(u"respondButton")
        self.respondButton.setAutoDefault(False)

        self.respondRow.addWidget(self.respondButton)


        self.handleLayout.addLayout(self.respondRow)

        self.followUpLabel = QLabel(self.handlePanel)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.handleLayout.addWidget(self.followUpLabel)

        self.followUpEdit = QPlainTextEdit(self.handlePanel)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setMaximumSize(QSize(16777215, 64))

        self.handleLayout.addWidget(self.followUpEdit)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.closeCheck = QCheckBox(self.handlePanel)
        self.closeCheck.setObjectName(u"closeCheck")

        self.followUpRow.addWidget(self.closeCheck)

        self.followSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpRow.addItem(self.followSpacer)

        self.followUpButton = QPushButton(self.handlePanel)
        self.followUpButton.setObjectName(u"followUpButton")
        self.followUpButton.setAutoDefault(False)

        self.followUpRow.addWidget(self.followUpButton)


        self.handleLayout.addLayout(self.followUpRow)


        self.detailLayout.addWidget(self.handlePanel)

        self.handleHint = QLabel(self.detailPanel)
        self.handleHint.setObjectName(u"handleHint")
        self.handleHint.setWordWrap(True)

        self.detailLayout.addWidget(self.handleHint)

        self.detailLayout.setStretch(0, 1)
        self.splitter.addWidget(self.detailPanel)

        self.complaintsPageLayout.addWidget(self.splitter)

        self.listTabs.addTab(self.complaintsPage, "")
        self.suggestionsPage = QWidget()
        self.suggestionsPage.setObjectName(u"suggestionsPage")
        self.suggestionsPageLayout = QVBoxLayout(self.suggestionsPage)
        self.suggestionsPageLayout.setObjectName(u"suggestionsPageLayout")
        self.suggestionSplitter = QSplitter(self.suggestionsPage)
        self.suggestionSplitter.setObjectName(u"suggestionSplitter")
        self.suggestionSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.suggestionSplitter.setChildrenCollapsible(False)
        self.suggestionListPanel = QWidget(self.suggestionSplitter)
        self.suggestionListPanel.setObjectName(u"suggestionListPanel")
        self.suggestionListLayout = QVBoxLayout(self.suggestionListPanel)
        self.suggestionListLayout.setObjectName(u"suggestionListLayout")
        self.suggestionListLayout.setContentsMargins(0, 0, 0, 0)
        self.suggestionFilterRow = QHBoxLayout()
        self.suggestionFilterRow.setObjectName(u"suggestionFilterRow")
        self.suggestionFilterCombo = QComboBox(self.suggestionListPanel)
        self.suggestionFilterCombo.setObjectName(u"suggestionFilterCombo")

        self.suggestionFilterRow.addWidget(self.suggestionFilterCombo)

        self.suggestionCountLabel = QLabel(self.suggestionListPanel)
        self.suggestionCountLabel.setObjectName(u"suggestionCountLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.suggestionCountLabel.sizePolicy().hasHeightForWidth())
        self.suggestionCountLabel.setSizePolicy(sizePolicy1)

        self.suggestionFilterRow.addWidget(self.suggestionCountLabel)


        self.suggestionListLayout.addLayout(self.suggestionFilterRow)

        self.suggestionsTable = QTableWidget(self.suggestionListPanel)
        self.suggestionsTable.setObjectName(u"suggestionsTable")
        self.suggestionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestionsTable.setWordWrap(False)
        self.suggestionsTable.horizontalHeader().setStretchLastSection(False)
        self.suggestionsTable.verticalHeader().setVisible(False)

        self.suggestionListLayout.addWidget(self.suggestionsTable)

        self.suggestionNote = QLabel(self.suggestionListPanel)
        self.suggestionNote.setObjectName(u"suggestionNote")
        self.suggestionNote.setWordWrap(True)

        self.suggestionListLayout.addWidget(self.suggestionNote)

        self.suggestionListLayout.setStretch(1, 1)
        self.suggestionSplitter.addWidget(self.suggestionListPanel)
        self.suggestionDetailPanel = QWidget(self.suggestionSplitter)
        self.suggestionDetailPanel.setObjectName(u"suggestionDetailPanel")
        self.suggestionDetailLayout = QVBoxLayout(self.suggestionDetailPanel)
        self.suggestionDetailLayout.setObjectName(u"suggestionDetailLayout")
        self.suggestionDetailLayout.setContentsMargins(6, 0, 0, 0)
        self.suggestionDetailScroll = QScrollArea(self.suggestionDetailPanel)
        self.suggestionDetailScroll.setObjectName(u"suggestionDetailScroll")
        self.suggestionDetailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.suggestionDetailScroll.setWidgetResizable(True)
        self.suggestionDetailContents = QWidget()
        self.suggestionDetailContents.setObjectName(u"suggestionDetailContents")
        self.suggestionDetailContentsLayout = QVBoxLayout(self.suggestionDetailContents)
        self.suggestionDetailContentsLayout.setObjectName(u"suggestionDetailContentsLayout")
        self.suggestionDetailContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.suggestionDetailLabel = QLabel(self.suggestionDetailContents)
        self.suggestionDetailLabel.setObjectName(u"suggestionDetailLabel")
        self.suggestionDetailLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.suggestionDetailLabel.setWordWrap(True)
        self.suggestionDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.suggestionDetailContentsLayout.addWidget(self.suggestionDetailLabel)

        self.suggestionDetailScroll.setWidget(self.suggestionDetailContents)

        self.suggestionDetailLayout.addWidget(self.suggestionDetailScroll)

        self.suggestionActionPanel = QWidget(self.suggestionDetailPanel)
        self.suggestionActionPanel.setObjectName(u"suggestionActionPanel")
        self.suggestionActionLayout = QVBoxLayout(self.suggestionActionPanel)
        self.suggestionActionLayout.setObjectName(u"suggestionActionLayout")
        self.suggestionActionLayout.setContentsMargins(0, 0, 0, 0)
        self.suggestionFollowUpLabel = QLabel(self.suggestionActionPanel)
        self.suggestionFollowUpLabel.setObjectName(u"suggestionFollowUpLabel")

        self.suggestionActionLayout.addWidget(self.suggestionFollowUpLabel)

        self.suggestionFollowUpEdit = QPlainTextEdit(self.suggestionActionPanel)
        self.suggestionFollowUpEdit.setObjectName(u"suggestionFollowUpEdit")
        self.suggestionFollowUpEdit.setMaximumSize(QSize(16777215, 80))

        self.suggestionActionLayout.addWidget(self.suggestionFollowUpEdit)

        self.suggestionButtonRow = QHBoxLayout()
        self.suggestionButtonRow.setObjectName(u"suggestionButtonRow")
        self.toComplaintButton = QPushButton(self.suggestionActionPanel)
        self.toComplaintButton.setObjectName(u"toComplaintButton")
        self.toComplaintButton.setAutoDefault(False)

        self.suggestionButtonRow.addWidget(self.toComplaintButton)

        self.suggestionButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suggestionButtonRow.addItem(self.suggestionButtonSpacer)

        self.suggestionFollowUpButton = QPushButton(self.suggestionActionPanel)
        self.suggestionFollowUpButton.setObjectName(u"suggestionFollowUpButton")
        self.suggestionFollowUpButton.setAutoDefault(False)

        self.suggestionButtonRow.addWidget(self.suggestionFollowUpButton)


        self.suggestionActionLayout.addLayout(self.suggestionButtonRow)


        self.suggestionDetailLayout.addWidget(self.suggestionActionPanel)

        self.suggestionHint = QLabel(self.suggestionDetailPanel)
        self.suggestionHint.setObjectName(u"suggestionHint")
        self.suggestionHint.setWordWrap(True)

        self.suggestionDetailLayout.addWidget(self.suggestionHint)

        self.suggestionDetailLayout.setStretch(0, 1)
        self.suggestionSplitter.addWidget(self.suggestionDetailPanel)

        self.suggestionsPageLayout.addWidget(self.suggestionSplitter)

        self.listTabs.addTab(self.suggestionsPage, "")

        self.layout.addWidget(self.listTabs)

        QWidget.setTabOrder(self.listTabs, self.filterCombo)
        QWidget.setTabOrder(self.filterCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.complaintsTable)
        QWidget.setTabOrder(self.complaintsTable, self.assignCombo)
        QWidget.setTabOrder(self.assignCombo, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.responseEdit)
        QWidget.setTabOrder(self.responseEdit, self.respondButton)
        QWidget.setTabOrder(self.respondButton, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.closeCheck)
        QWidget.setTabOrder(self.closeCheck, self.followUpButton)
        QWidget.setTabOrder(self.followUpButton, self.reportFrom)
        QWidget.setTabOrder(self.reportFrom, self.reportUntil)
        QWidget.setTabOrder(self.reportUntil, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.suggestionFilterCombo)
        QWidget.setTabOrder(self.suggestionFilterCombo, self.suggestionsTable)
        QWidget.setTabOrder(self.suggestionsTable, self.suggestionFollowUpEdit)
        QWidget.setTabOrder(self.suggestionFollowUpEdit, self.suggestionFollowUpButton)
        QWidget.setTabOrder(self.suggestionFollowUpButton, self.toComplaintButton)

        self.retranslateUi(ComplaintsTab)

        self.listTabs.setCurrentIndex(0)


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
        self.listTabs.setTabText(self.listTabs.indexOf(self.complaintsPage), QCoreApplication.translate("ComplaintsTab", u"&Pengaduan", None))
        self.suggestionNote.setText(QCoreApplication.translate("ComplaintsTab", u"Saran yang ditulis pemohon pada kuesioner SKM. Saran bukan pengaduan: tidak dihitung dalam batas waktu tanggapan. Nilai jawaban kuesioner tidak pernah ditampilkan di sini.", None))
        self.suggestionDetailLabel.setText(QCoreApplication.translate("ComplaintsTab", u"Pilih saran.", None))
        self.suggestionFollowUpLabel.setText(QCoreApplication.translate("ComplaintsTab", u"Catatan tindak lanjut:", None))
        self.suggestionFollowUpEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsTab", u"Apa yang dilakukan kantor atas saran ini", None))
        self.toComplaintButton.setText(QCoreApplication.translate("ComplaintsTab", u"&Jadikan pengaduan", None))
        self.suggestionFollowUpButton.setText(QCoreApplication.translate("ComplaintsTab", u"Tindak &lanjuti", None))
        self.listTabs.setTabText(self.listTabs.indexOf(self.suggestionsPage), QCoreApplication.translate("ComplaintsTab", u"&Saran SKM", None))
        pass
    # retranslateUi

