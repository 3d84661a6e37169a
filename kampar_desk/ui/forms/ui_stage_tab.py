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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_StageTab(object):
    def setupUi(self, StageTab):
        if not StageTab.objectName():
            StageTab.setObjectName(u"StageTab")
        StageTab.resize(1160, 640)
        self.layout = QVBoxLayout(StageTab)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(StageTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.queuePanel = QWidget(self.splitter)
        self.queuePanel.setObjectName(u"queuePanel")
        self.queueLayout = QVBoxLayout(self.queuePanel)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
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

        self.checklistTable = QTableWidget(self.detailPanel)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checklistTable.horizontalHeader().setStretchLastSection(True)
        self.checklistTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.checklistTable)

        self.actionBox = QGroupBox(self.detailPanel)
        self.actionBox.setObjectName(u"actionBox")
        self.actionLayout = QVBoxLayout(self.actionBox)
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionStack = QStackedWidget(self.actionBox)
        self.actionStack.setObjectName(u"actionStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.actionStack.addWidget(self.emptyPage)
        self.verifyPage = QWidget()
        self.verifyPage.setObjectName(u"verifyPage")
        self.verifyLayout = QVBoxLayout(self.verifyPage)
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.compliantRadio = QRadioButton(self.verifyPage)
        self.compliantRadio.setObjectName(u"compliantRadio")
        self.compliantRadio.setChecked(True)

        self.verifyLayout.addWidget(self.compliantRadio)

        self.notCompliantRadio = QRadioButton(self.verifyPage)
        self.notCompliantRadio.setObjectName(u"notCompliantRadio")

        self.verifyLayout.addWidget(self.notCompliantRadio)

        self.reviewCheck = QCheckBox(self.verifyPage)
        self.reviewCheck.setObjectName(u"reviewCheck")

        self.verifyLayout.addWidget(self.reviewCheck)

        self.verifyNoteLabel = QLabel(self.verifyPage)
        self.verifyNoteLabel.setObjectName(u"verifyNoteLabel")

        self.verifyLayout.addWidget(self.verifyNoteLabel)

        self.verifyNoteEdit = QPlainTextEdit(self.verifyPage)
        self.verifyNoteEdit.setObjectName(u"verifyNoteEdit")
        self.verifyNoteEdit.setMaximumSize(QSize(16777215, 70))

        self.verifyLayout.addWidget(self.verifyNoteEdit)

        self.verifyButtons = QHBoxLayout()
        self.verifyButtons.setObjectName(u"verifyButtons")
        self.verifySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verifyButtons.addItem(self.verifySpacer)

        self.verifyButton = QPushButton(self.verifyPage)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setAutoDefault(False)

        self.verifyButtons.addWidget(self.verifyButton)


        self.verifyLayout.addLayout(self.verifyButtons)

        self.actionStack.addWidget(self.verifyPage)
        self.reviewPage = QWidget()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QVBoxLayout(self.reviewPage)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewIntro = QLabel(self.reviewPage)
        self.reviewIntro.setObjectName(u"reviewIntro")
        self.reviewIntro.setWordWrap(True)

        self.reviewLayout.addWidget(self.reviewIntro)

        self.reviewResultEdit = QLineEdit(self.reviewPage)
        self.reviewResultEdit.setObjectName(u"reviewResultEdit")
        self.reviewResultEdit.setMaxLength(500)

        self.reviewLayout.addWidget(self.reviewResultEdit)

        self.reviewDateRow = QHBoxLayout()
        self.reviewDateRow.setObjectName(u"reviewDateRow")
        self.reviewDateLabel = QLabel(self.reviewPage)
        self.reviewDateLabel.setObjectName(u"reviewDateLabel")

        self.reviewDateRow.addWidget(self.reviewDateLabel)

        self.reviewDateEdit = QDateEdit(self.reviewPage)
        self.reviewDateEdit.setObjectName(u"reviewDateEdit")
        self.reviewDateEdit.setCalendarPopup(True)

        self.reviewDateRow.addWidget(self.reviewDateEdit)

        self.reviewDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewDateRow.addItem(self.reviewDateSpacer)


        self.reviewLayout.addLayout(self.reviewDateRow)

        self.reviewNoteEdit = QLineEdit(self.reviewPage)
        self.reviewNoteEdit.setObjectName(u"reviewNoteEdit")

        self.reviewLayout.addWidget(self.reviewNoteEdit)

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


        self.reviewLayout.addLayout(self.reviewButtons)

        self.actionStack.addWidget(self.reviewPage)
        self.paymentPage = QWidget()
        self.paymentPage.setObjectName(u"paymentPage")
        self.paymentLayout = QVBoxLayout(self.paymentPage)
        self.paymentLayout.setObjectName(u"paymentLayout")
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

        self.actionStack.addWidget(self.paymentPage)
        self.decisionPage = QWidget()
        self.decisionPage.setObjectName(u"decisionPage")
        self.decisionLayout = QVBoxLayout(self.decisionPage)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLabel = QLabel(self.decisionPage)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.decisionLabel)

        self.decisionNoteEdit = QPlainTextEdit(self.decisionPage)
        self.decisionNoteEdit.setObjectName(u"decisionNoteEdit")
        self.decisionNoteEdit.setMaximumSize(QSize(16777215, 70))

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

        self.actionStack.addWidget(self.issuePage)
        self.surveyPage = QWidget()
        self.surveyPage.setObjectName(u"surveyPage")
        self.surveyLayout = QVBoxLayout(self.surveyPage)
        self.surveyLayout.setObjectName(u"surveyLayout")
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

        self.actionStack.addWidget(self.surveyPage)
        self.handoverPage = QWidget()
        self.handoverPage.setObjectName(u"handoverPage")
        self.handoverLayout = QVBoxLayout(self.handoverPage)
        self.handoverLayout.setObjectName(u"handoverLayout")
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

        self.actionStack.addWidget(self.handoverPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
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
        self.lettersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lettersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lettersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lettersTable.setMaximumSize(QSize(16777215, 110))
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

        self.splitter.addWidget(self.detailPanel)

        self.layout.addWidget(self.splitter)


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
        self.verifyNoteLabel.setText(QCoreApplication.translate("StageTab", u"Catatan verifikasi (wajib bila tidak sesuai):", None))
        self.verifyButton.setText(QCoreApplication.translate("StageTab", u"Simpan verifikasi", None))
        self.reviewIntro.setText(QCoreApplication.translate("StageTab", u"Hasil kajian teknis / survei dari dinas teknis:", None))
        self.reviewResultEdit.setPlaceholderText(QCoreApplication.translate("StageTab", u"contoh: Layak direkomendasikan", None))
        self.reviewDateLabel.setText(QCoreApplication.translate("StageTab", u"Tanggal kajian", None))
        self.reviewDateEdit.setDisplayFormat(QCoreApplication.translate("StageTab", u"dd-MM-yyyy", None))
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

