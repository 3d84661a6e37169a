# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stage_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QCheckBox,
    QDateEdit, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_StageTab(object):
    def setupUi(self, StageTab):
        if not StageTab.objectName():
            StageTab.setObjectName(u"StageTab")
        StageTab.resize(1340, 580)
        self.layout = QVBoxLayout(StageTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(StageTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.queuePanel = QWidget(self.splitter)
        self.queuePanel.setObjectName(u"queuePanel")
        self.queueLayout = QVBoxLayout(self.queuePanel)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 4, 0)
        self.queueHeader = QHBoxLayout()
        self.queueHeader.setObjectName(u"queueHeader")
        self.titleLabel = QLabel(self.queuePanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.queueHeader.addWidget(self.titleLabel)

        self.refreshButton = QPushButton(self.queuePanel)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.queueHeader.addWidget(self.refreshButton)

        self.queueHeader.setStretch(0, 1)

        self.queueLayout.addLayout(self.queueHeader)

        self.queueView = QTableView(self.queuePanel)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setMinimumSize(QSize(280, 0))
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueView.setAlternatingRowColors(True)
        self.queueView.horizontalHeader().setStretchLastSection(True)
        self.queueView.verticalHeader().setVisible(False)

        self.queueLayout.addWidget(self.queueView)

        self.noteLabel = QLabel(self.queuePanel)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.queueLayout.addWidget(self.noteLabel)

        self.splitter.addWidget(self.queuePanel)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setWidgetResizable(True)
        self.detailPanel = QWidget()
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(4, 0, 0, 0)
        self.detailLabel = QLabel(self.detailPanel)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.checklistTable = QTableWidget(self.detailPanel)
        self.checklistTable.setObjectName(u"checklistTable")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.checklistTable.sizePolicy().hasHeightForWidth())
        self.checklistTable.setSizePolicy(sizePolicy)
        self.checklistTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.checklistTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checklistTable.horizontalHeader().setStretchLastSection(True)
        self.checklistTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.checklistTable)

        self.actionBox = QGroupBox(self.detailPanel)
        self.actionBox.setObjectName(u"actionBox")
        self.actionLayout = QVBoxLayout(self.actionBox)
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionLayout.setContentsMargins(6, 4, 6, 4)
        self.actionStack = QStackedWidget(self.actionBox)
        self.actionStack.setObjectName(u"actionStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.actionStack.addWidget(self.emptyPage)
        self.verifyPage = QWidget()
        self.verifyPage.setObjectName(u"verifyPage")
        self.verifyLayout = QGridLayout(self.verifyPage)
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.verifyLayout.setVerticalSpacing(4)
        self.verifyLayout.setContentsMargins(0, 0, 0, 0)
        self.compliantRadio = QRadioButton(self.verifyPage)
        self.compliantRadio.setObjectName(u"compliantRadio")
        self.compliantRadio.setChecked(True)

        self.verifyLayout.addWidget(self.compliantRadio, 0, 0, 1, 3)

        self.notCompliantRadio = QRadioButton(self.verifyPage)
        self.notCompliantRadio.setObjectName(u"notCompliantRadio")

        self.verifyLayout.addWidget(self.notCompliantRadio, 1, 0, 1, 3)

        self.reviewCheck = QCheckBox(self.verifyPage)
        self.reviewCheck.setObjectName(u"reviewCheck")

        self.verifyLayout.addWidget(self.reviewCheck, 2, 0, 1, 3)

        self.verifyNoteLabel = QLabel(self.verifyPage)
        self.verifyNoteLabel.setObjectName(u"verifyNoteLabel")

        self.verifyLayout.addWidget(self.verifyNoteLabel, 3, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.verifyNoteEdit = QPlainTextEdit(self.verifyPage)
        self.verifyNoteEdit.setObjectName(u"verifyNoteEdit")
        self.verifyNoteEdit.setMinimumSize(QSize(120, 0))
        self.verifyNoteEdit.setMaximumSize(QSize(16777215, 52))

        self.verifyLayout.addWidget(self.verifyNoteEdit, 3, 1, 1, 1)

        self.verifyButton = QPushButton(self.verifyPage)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setAutoDefault(False)

        self.verifyLayout.addWidget(self.verifyButton, 3, 2, 1, 1, Qt.AlignmentFlag.AlignBottom)

        self.verifyLayout.setColumnStretch(1, 1)
        self.actionStack.addWidget(self.verifyPage)
        self.reviewPage = QWidget()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QGridLayout(self.reviewPage)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewLayout.setVerticalSpacing(4)
        self.reviewLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewIntro = QLabel(self.reviewPage)
        self.reviewIntro.setObjectName(u"reviewIntro")

        self.reviewLayout.addWidget(self.reviewIntro, 0, 0, 1, 1)

        self.reviewResultEdit = QLineEdit(self.reviewPage)
        self.reviewResultEdit.setObjectName(u"reviewResultEdit")
        self.reviewResultEdit.setMaxLength(500)

        self.reviewLayout.addWidget(self.reviewResultEdit, 0, 1, 1, 2)

        self.reviewDateLabel = QLabel(self.reviewPage)
        self.reviewDateLabel.setObjectName(u"reviewDateLabel")

        self.reviewLayout.addWidget(self.reviewDateLabel, 1, 0, 1, 1)

        self.reviewDateRow = QHBoxLayout()
        self.reviewDateRow.setObjectName(u"reviewDateRow")
        self.reviewDateEdit = QDateEdit(self.reviewPage)
        self.reviewDateEdit.setObjectName(u"reviewDateEdit")
        self.reviewDateEdit.setCalendarPopup(True)

        self.reviewDateRow.addWidget(self.reviewDateEdit)

        self.reviewDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewDateRow.addItem(self.reviewDateSpacer)


        self.reviewLayout.addLayout(self.reviewDateRow, 1, 1, 1, 2)

        self.reviewNoteLabel = QLabel(self.reviewPage)
        self.reviewNoteLabel.setObjectName(u"reviewNoteLabel")

        self.reviewLayout.addWidget(self.reviewNoteLabel, 2, 0, 1, 1)

        self.reviewNoteEdit = QLineEdit(self.reviewPage)
        self.reviewNoteEdit.setObjectName(u"reviewNoteEdit")

        self.reviewLayout.addWidget(self.reviewNoteEdit, 2, 1, 1, 2)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.reprintCoverButton = QPushButton(self.reviewPage)
        self.reprintCoverButton.setObjectName(u"reprintCoverButton")
        self.reprintCoverButton.setAutoDefault(False)

        self.reviewButtons.addWidget(self.reprintCoverButton)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.reviewSpacer)

        self.recordReviewButton = QPushButton(self.reviewPage)
        self.recordReviewButton.setObjectName(u"recordReviewButton")
        self.recordReviewButton.setAutoDefault(False)

        self.reviewButtons.addWidget(self.recordReviewButton)


        self.reviewLayout.addLayout(self.reviewButtons, 3, 0, 1, 3)

        self.reviewLayout.setColumnStretch(1, 1)
        self.actionStack.addWidget(self.reviewPage)
        self.paymentPage = QWidget()
        self.paymentPage.setObjectName(u"paymentPage")
        self.paymentLayout = QVBoxLayout(self.paymentPage)
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.paymentLayout.setContentsMargins(0, 0, 0, 0)
        self.paymentLabel = QLabel(self.paymentPage)
        self.paymentLabel.setObjectName(u"paymentLabel")
        self.paymentLabel.setWordWrap(True)

        self.paymentLayout.addWidget(self.paymentLabel)

        self.paymentReferenceEdit = QLineEdit(self.paymentPage)
        self.paymentReferenceEdit.setObjectName(u"paymentReferenceEdit")
        self.paymentReferenceEdit.setMaxLength(80)

        self.paymentLayout.addWidget(self.paymentReferenceEdit)

        self.paymentButtons = QHBoxLayout()
        self.paymentButtons.setObjectName(u"paymentButtons")
        self.paymentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentButtons.addItem(self.paymentSpacer)

        self.recordPaymentButton = QPushButton(self.paymentPage)
        self.recordPaymentButton.setObjectName(u"recordPaymentButton")
        self.recordPaymentButton.setAutoDefault(False)

        self.paymentButtons.addWidget(self.recordPaymentButton)


        self.paymentLayout.addLayout(self.paymentButtons)

        self.paymentEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.paymentLayout.addItem(self.paymentEndSpacer)

        self.actionStack.addWidget(self.paymentPage)
        self.decisionPage = QWidget()
        self.decisionPage.setObjectName(u"decisionPage")
        self.decisionLayout = QVBoxLayout(self.decisionPage)
        self.decisionLayout.setSpacing(4)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLayout.setContentsMargins(0, 0, 0, 0)
        self.decisionLabel = QLabel(self.decisionPage)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.decisionLabel)

        self.decisionNoteEdit = QPlainTextEdit(self.decisionPage)
        self.decisionNoteEdit.setObjectName(u"decisionNoteEdit")
        self.decisionNoteEdit.setMaximumSize(QSize(16777215, 56))

        self.decisionLayout.addWidget(self.decisionNoteEdit)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.rejectButton = QPushButton(self.decisionPage)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setAutoDefault(False)

        self.decisionButtons.addWidget(self.rejectButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionButtons.addItem(self.decisionSpacer)

        self.approveButton = QPushButton(self.decisionPage)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setAutoDefault(False)

        self.decisionButtons.addWidget(self.approveButton)


        self.decisionLayout.addLayout(self.decisionButtons)

        self.actionStack.addWidget(self.decisionPage)
        self.issuePage = QWidget()
        self.issuePage.setObjectName(u"issuePage")
        self.issueLayout = QVBoxLayout(self.issuePage)
        self.issueLayout.setObjectName(u"issueLayout")
        self.issueLayout.setContentsMargins(0, 0, 0, 0)
        self.issueLabel = QLabel(self.issuePage)
        self.issueLabel.setObjectName(u"issueLabel")
        self.issueLabel.setWordWrap(True)

        self.issueLayout.addWidget(self.issueLabel)

        self.issueButtons = QHBoxLayout()
        self.issueButtons.setObjectName(u"issueButtons")
        self.issueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issueButtons.addItem(self.issueSpacer)

        self.issueButton = QPushButton(self.issuePage)
        self.issueButton.setObjectName(u"issueButton")
        self.issueButton.setAutoDefault(False)

        self.issueButtons.addWidget(self.issueButton)


        self.issueLayout.addLayout(self.issueButtons)

        self.issueEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.issueLayout.addItem(self.issueEndSpacer)

        self.actionStack.addWidget(self.issuePage)
        self.surveyPage = QWidget()
        self.surveyPage.setObjectName(u"surveyPage")
        self.surveyLayout = QVBoxLayout(self.surveyPage)
        self.surveyLayout.setObjectName(u"surveyLayout")
        self.surveyLayout.setContentsMargins(0, 0, 0, 0)
        self.surveyLabel = QLabel(self.surveyPage)
        self.surveyLabel.setObjectName(u"surveyLabel")
        self.surveyLabel.setWordWrap(True)

        self.surveyLayout.addWidget(self.surveyLabel)

        self.surveyButtons = QHBoxLayout()
        self.surveyButtons.setObjectName(u"surveyButtons")
        self.surveyDeclinedButton = QPushButton(self.surveyPage)
        self.surveyDeclinedButton.setObjectName(u"surveyDeclinedButton")
        self.surveyDeclinedButton.setAutoDefault(False)

        self.surveyButtons.addWidget(self.surveyDeclinedButton)

        self.surveySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.surveyButtons.addItem(self.surveySpacer)

        self.paperSurveyButton = QPushButton(self.surveyPage)
        self.paperSurveyButton.setObjectName(u"paperSurveyButton")
        self.paperSurveyButton.setAutoDefault(False)

        self.surveyButtons.addWidget(self.paperSurveyButton)

        self.kioskButton = QPushButton(self.surveyPage)
        self.kioskButton.setObjectName(u"kioskButton")
        self.kioskButton.setAutoDefault(False)

        self.surveyButtons.addWidget(self.kioskButton)


        self.surveyLayout.addLayout(self.surveyButtons)

        self.surveyEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.surveyLayout.addItem(self.surveyEndSpacer)

        self.actionStack.addWidget(self.surveyPage)
        self.handoverPage = QWidget()
        self.handoverPage.setObjectName(u"handoverPage")
        self.handoverLayout = QVBoxLayout(self.handoverPage)
        self.handoverLayout.setObjectName(u"handoverLayout")
        self.handoverLayout.setContentsMargins(0, 0, 0, 0)
        self.handoverLabel = QLabel(self.handoverPage)
        self.handoverLabel.setObjectName(u"handoverLabel")
        self.handoverLabel.setWordWrap(True)

        self.handoverLayout.addWidget(self.handoverLabel)

        self.receivedByEdit = QLineEdit(self.handoverPage)
        self.receivedByEdit.setObjectName(u"receivedByEdit")
        self.receivedByEdit.setMaxLength(100)

        self.handoverLayout.addWidget(self.receivedByEdit)

        self.handoverButtons = QHBoxLayout()
        self.handoverButtons.setObjectName(u"handoverButtons")
        self.handoverSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handoverButtons.addItem(self.handoverSpacer)

        self.handOverButton = QPushButton(self.handoverPage)
        self.handOverButton.setObjectName(u"handOverButton")
        self.handOverButton.setAutoDefault(False)

        self.handoverButtons.addWidget(self.handOverButton)


        self.handoverLayout.addLayout(self.handoverButtons)

        self.handoverEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.handoverLayout.addItem(self.handoverEndSpacer)

        self.actionStack.addWidget(self.handoverPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, 0, 0, 0)
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.doneLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        self.actionStack.addWidget(self.donePage)

        self.actionLayout.addWidget(self.actionStack)


        self.detailLayout.addWidget(self.actionBox)

        self.lettersLabel = QLabel(self.detailPanel)
        self.lettersLabel.setObjectName(u"lettersLabel")

        self.detailLayout.addWidget(self.lettersLabel)

        self.lettersTable = QTableWidget(self.detailPanel)
        self.lettersTable.setObjectName(u"lettersTable")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.lettersTable.sizePolicy().hasHeightForWidth())
        self.lettersTable.setSizePolicy(sizePolicy1)
        self.lettersTable.setMinimumSize(QSize(0, 118))
        self.lettersTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.lettersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lettersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lettersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lettersTable.horizontalHeader().setStretchLastSection(True)
        self.lettersTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.lettersTable)

        self.letterButtons = QHBoxLayout()
        self.letterButtons.setObjectName(u"letterButtons")
        self.reprintLetterButton = QPushButton(self.detailPanel)
        self.reprintLetterButton.setObjectName(u"reprintLetterButton")
        self.reprintLetterButton.setAutoDefault(False)

        self.letterButtons.addWidget(self.reprintLetterButton)

        self.exportBsreButton = QPushButton(self.detailPanel)
        self.exportBsreButton.setObjectName(u"exportBsreButton")
        self.exportBsreButton.setAutoDefault(False)

        self.letterButtons.addWidget(self.exportBsreButton)

        self.importBsreButton = QPushButton(self.detailPanel)
        self.importBsreButton.setObjectName(u"importBsreButton")
        self.importBsreButton.setAutoDefault(False)

        self.letterButtons.addWidget(self.importBsreButton)

        self.letterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letterButtons.addItem(self.letterSpacer)

        self.cancelLetterButton = QPushButton(self.detailPanel)
        self.cancelLetterButton.setObjectName(u"cancelLetterButton")
        self.cancelLetterButton.setAutoDefault(False)

        self.letterButtons.addWidget(self.cancelLetterButton)


        self.detailLayout.addLayout(self.letterButtons)

        self.detailLayout.setStretch(4, 1)
        self.detailScroll.setWidget(self.detailPanel)
        self.splitter.addWidget(self.detailScroll)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.verifyNoteLabel.setBuddy(self.verifyNoteEdit)
        self.reviewIntro.setBuddy(self.reviewResultEdit)
        self.reviewDateLabel.setBuddy(self.reviewDateEdit)
        self.reviewNoteLabel.setBuddy(self.reviewNoteEdit)
        self.decisionLabel.setBuddy(self.decisionNoteEdit)
        self.handoverLabel.setBuddy(self.receivedByEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StageTab)

        QMetaObject.connectSlotsByName(StageTab)
    # setupUi

    def retranslateUi(self, StageTab):
        self.titleLabel.setText(QCoreApplication.translate("StageTab", u"Antrian", None))
        self.refreshButton.setText(QCoreApplication.translate("StageTab", u"&Muat ulang", None))
        self.noteLabel.setText("")
        self.detailLabel.setText(QCoreApplication.translate("StageTab", u"Pilih berkas di antrian.", None))
        self.actionBox.setTitle(QCoreApplication.translate("StageTab", u"Tindakan", None))
        self.emptyLabel.setText(QCoreApplication.translate("StageTab", u"Pilih berkas di antrian.", None))
        self.compliantRadio.setText(QCoreApplication.translate("StageTab", u"&Sesuai dengan peraturan (memenuhi syarat administrasi dan teknis)", None))
        self.notCompliantRadio.setText(QCoreApplication.translate("StageTab", u"&Tidak sesuai (diteruskan ke pejabat untuk ditolak)", None))
        self.reviewCheck.setText(QCoreApplication.translate("StageTab", u"Perlu kajian teknis: terbitkan surat pengantar ke dinas teknis", None))
        self.verifyNoteLabel.setText(QCoreApplication.translate("StageTab", u"Catatan verifikasi\n"
"(wajib bila tidak sesuai):", None))
        self.verifyButton.setText(QCoreApplication.translate("StageTab", u"Simpan verifikasi", None))
        self.reviewIntro.setText(QCoreApplication.translate("StageTab", u"Hasil kajian teknis / survei dari dinas teknis:", None))
        self.reviewResultEdit.setPlaceholderText(QCoreApplication.translate("StageTab", u"contoh: Layak direkomendasikan", None))
        self.reviewDateLabel.setText(QCoreApplication.translate("StageTab", u"Tanggal kajian", None))
        self.reviewDateEdit.setDisplayFormat(QCoreApplication.translate("StageTab", u"dd-MM-yyyy", None))
        self.reviewNoteLabel.setText(QCoreApplication.translate("StageTab", u"Catatan", None))
        self.reviewNoteEdit.setPlaceholderText(QCoreApplication.translate("StageTab", u"catatan (boleh kosong)", None))
        self.reprintCoverButton.setText(QCoreApplication.translate("StageTab", u"Cetak ulang surat pengantar", None))
        self.recordReviewButton.setText(QCoreApplication.translate("StageTab", u"Simpan hasil kajian", None))
        self.paymentLabel.setText(QCoreApplication.translate("StageTab", u"Biaya layanan", None))
        self.paymentReferenceEdit.setPlaceholderText(QCoreApplication.translate("StageTab", u"nomor bukti setor / STS", None))
        self.recordPaymentButton.setText(QCoreApplication.translate("StageTab", u"Catat pembayaran", None))
        self.decisionLabel.setText(QCoreApplication.translate("StageTab", u"Keputusan pejabat penandatangan. Alasan wajib diisi bila ditolak:", None))
        self.rejectButton.setText(QCoreApplication.translate("StageTab", u"&Tolak", None))
        self.approveButton.setText(QCoreApplication.translate("StageTab", u"&Setujui", None))
        self.issueLabel.setText("")
        self.issueButton.setText(QCoreApplication.translate("StageTab", u"Terbitkan && cetak surat", None))
        self.surveyLabel.setText(QCoreApplication.translate("StageTab", u"Sebelum surat diserahkan, pemohon mengisi Survei Kepuasan Masyarakat (SKM).", None))
        self.surveyDeclinedButton.setText(QCoreApplication.translate("StageTab", u"Pemohon menolak mengisi", None))
        self.paperSurveyButton.setText(QCoreApplication.translate("StageTab", u"Entri kuesioner kertas", None))
        self.kioskButton.setText(QCoreApplication.translate("StageTab", u"Buka kiosk SKM", None))
        self.handoverLabel.setText(QCoreApplication.translate("StageTab", u"Nama orang yang menerima surat (pemohon atau kuasanya):", None))
        self.handOverButton.setText(QCoreApplication.translate("StageTab", u"Serahkan surat", None))
        self.doneLabel.setText("")
        self.lettersLabel.setText(QCoreApplication.translate("StageTab", u"Surat berkas ini:", None))
        self.reprintLetterButton.setText(QCoreApplication.translate("StageTab", u"Cetak ulang", None))
        self.exportBsreButton.setText(QCoreApplication.translate("StageTab", u"Ekspor untuk TTE BSrE", None))
        self.importBsreButton.setText(QCoreApplication.translate("StageTab", u"Impor surat ber-TTE BSrE", None))
        self.cancelLetterButton.setText(QCoreApplication.translate("StageTab", u"Batalkan surat", None))
        pass
    # retranslateUi

