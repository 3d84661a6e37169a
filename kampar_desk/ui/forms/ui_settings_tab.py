# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_tab.ui'
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
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SettingsTab(object):
    def setupUi(self, SettingsTab):
        if not SettingsTab.objectName():
            SettingsTab.setObjectName(u"SettingsTab")
        SettingsTab.resize(1100, 640)
        self.layout = QVBoxLayout(SettingsTab)
        self.layout.setObjectName(u"layout")
        self.sections = QTabWidget(SettingsTab)
        self.sections.setObjectName(u"sections")
        self.officePage = QWidget()
        self.officePage.setObjectName(u"officePage")
        self.officePageLayout = QHBoxLayout(self.officePage)
        self.officePageLayout.setObjectName(u"officePageLayout")
        self.officeBox = QGroupBox(self.officePage)
        self.officeBox.setObjectName(u"officeBox")
        self.officeForm = QFormLayout(self.officeBox)
        self.officeForm.setObjectName(u"officeForm")
        self.codeLabel = QLabel(self.officeBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.officeBox)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(10)

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.governmentLabel = QLabel(self.officeBox)
        self.governmentLabel.setObjectName(u"governmentLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.governmentLabel)

        self.governmentEdit = QLineEdit(self.officeBox)
        self.governmentEdit.setObjectName(u"governmentEdit")
        self.governmentEdit.setMaxLength(120)

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.governmentEdit)

        self.officeNameLabel = QLabel(self.officeBox)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(self.officeBox)
        self.officeNameEdit.setObjectName(u"officeNameEdit")
        self.officeNameEdit.setMaxLength(200)

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.shortNameLabel = QLabel(self.officeBox)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.officeBox)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(120)

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.addressLabel = QLabel(self.officeBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.officeBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(250)

        self.officeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.officeBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.officeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.officeBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.officeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.officeBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.officeBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.officeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.websiteLabel = QLabel(self.officeBox)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.officeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.officeBox)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(120)

        self.officeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.cityLabel = QLabel(self.officeBox)
        self.cityLabel.setObjectName(u"cityLabel")

        self.officeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.officeBox)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(60)

        self.officeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cityEdit)


        self.officePageLayout.addWidget(self.officeBox)

        self.headColumn = QVBoxLayout()
        self.headColumn.setObjectName(u"headColumn")
        self.headBox = QGroupBox(self.officePage)
        self.headBox.setObjectName(u"headBox")
        self.headForm = QFormLayout(self.headBox)
        self.headForm.setObjectName(u"headForm")
        self.headTitleLabel = QLabel(self.headBox)
        self.headTitleLabel.setObjectName(u"headTitleLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headTitleLabel)

        self.headTitleEdit = QLineEdit(self.headBox)
        self.headTitleEdit.setObjectName(u"headTitleEdit")
        self.headTitleEdit.setMaxLength(250)

        self.headForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.headTitleEdit)

        self.headNameLabel = QLabel(self.headBox)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headNameLabel)

        self.headNameEdit = QLineEdit(self.headBox)
        self.headNameEdit.setObjectName(u"headNameEdit")
        self.headNameEdit.setMaxLength(120)

        self.headForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.headRankLabel = QLabel(self.headBox)
        self.headRankLabel.setObjectName(u"headRankLabel")

        self.headForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headRankLabel)

        self.headRankEdit = QLineEdit(self.headBox)
        self.headRankEdit.setObjectName(u"headRankEdit")
        self.headRankEdit.setMaxLength(80)

        self.headForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headRankEdit)

        self.headNipLabel = QLabel(self.headBox)
        self.headNipLabel.setObjectName(u"headNipLabel")

        self.headForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.headNipLabel)

        self.headNipEdit = QLineEdit(self.headBox)
        self.headNipEdit.setObjectName(u"headNipEdit")
        self.headNipEdit.setMaxLength(30)

        self.headForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.headNipEdit)


        self.headColumn.addWidget(self.headBox)

        self.logoBox = QGroupBox(self.officePage)
        self.logoBox.setObjectName(u"logoBox")
        self.logoLayout = QHBoxLayout(self.logoBox)
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.logoBox)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(72, 72))

        self.logoLayout.addWidget(self.logoPreview)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)

        self.chooseLogoButton = QPushButton(self.logoBox)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoLayout.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.logoBox)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoLayout.addWidget(self.removeLogoButton)


        self.headColumn.addWidget(self.logoBox)

        self.headSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.headColumn.addItem(self.headSpacer)

        self.saveOfficeButton = QPushButton(self.officePage)
        self.saveOfficeButton.setObjectName(u"saveOfficeButton")

        self.headColumn.addWidget(self.saveOfficeButton)


        self.officePageLayout.addLayout(self.headColumn)

        self.sections.addTab(self.officePage, "")
        self.printingPage = QWidget()
        self.printingPage.setObjectName(u"printingPage")
        self.printingPageLayout = QVBoxLayout(self.printingPage)
        self.printingPageLayout.setObjectName(u"printingPageLayout")
        self.printingForm = QFormLayout()
        self.printingForm.setObjectName(u"printingForm")
        self.printerLabel = QLabel(self.printingPage)
        self.printerLabel.setObjectName(u"printerLabel")

        self.printingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printerCombo = QComboBox(self.printingPage)
        self.printerCombo.setObjectName(u"printerCombo")

        self.printingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printerCombo)

        self.layoutLabel = QLabel(self.printingPage)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.printingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutCombo = QComboBox(self.printingPage)
        self.layoutCombo.setObjectName(u"layoutCombo")

        self.printingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.layoutCombo)

        self.previewCheck = QCheckBox(self.printingPage)
        self.previewCheck.setObjectName(u"previewCheck")

        self.printingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.previewCheck)

        self.idleLabel = QLabel(self.printingPage)
        self.idleLabel.setObjectName(u"idleLabel")

        self.printingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.printingPage)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(120)

        self.printingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.complaintDaysLabel = QLabel(self.printingPage)
        self.complaintDaysLabel.setObjectName(u"complaintDaysLabel")

        self.printingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.complaintDaysLabel)

        self.complaintDaysSpin = QSpinBox(self.printingPage)
        self.complaintDaysSpin.setObjectName(u"complaintDaysSpin")
        self.complaintDaysSpin.setMinimum(1)
        self.complaintDaysSpin.setMaximum(60)

        self.printingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.complaintDaysSpin)


        self.printingPageLayout.addLayout(self.printingForm)

        self.printerNote = QLabel(self.printingPage)
        self.printerNote.setObjectName(u"printerNote")
        self.printerNote.setWordWrap(True)

        self.printingPageLayout.addWidget(self.printerNote)

        self.printingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.printingPageLayout.addItem(self.printingSpacer)

        self.savePrintingButton = QPushButton(self.printingPage)
        self.savePrintingButton.setObjectName(u"savePrintingButton")

        self.printingPageLayout.addWidget(self.savePrintingButton)

        self.sections.addTab(self.printingPage, "")
        self.lettersPage = QWidget()
        self.lettersPage.setObjectName(u"lettersPage")
        self.lettersPageLayout = QVBoxLayout(self.lettersPage)
        self.lettersPageLayout.setObjectName(u"lettersPageLayout")
        self.numberBox = QGroupBox(self.lettersPage)
        self.numberBox.setObjectName(u"numberBox")
        self.numberLayout = QVBoxLayout(self.numberBox)
        self.numberLayout.setObjectName(u"numberLayout")
        self.numberHelp = QLabel(self.numberBox)
        self.numberHelp.setObjectName(u"numberHelp")
        self.numberHelp.setWordWrap(True)

        self.numberLayout.addWidget(self.numberHelp)

        self.numberRow = QHBoxLayout()
        self.numberRow.setObjectName(u"numberRow")
        self.numberTemplateEdit = QLineEdit(self.numberBox)
        self.numberTemplateEdit.setObjectName(u"numberTemplateEdit")

        self.numberRow.addWidget(self.numberTemplateEdit)

        self.saveNumberTemplateButton = QPushButton(self.numberBox)
        self.saveNumberTemplateButton.setObjectName(u"saveNumberTemplateButton")

        self.numberRow.addWidget(self.saveNumberTemplateButton)


        self.numberLayout.addLayout(self.numberRow)

        self.numberExampleLabel = QLabel(self.numberBox)
        self.numberExampleLabel.setObjectName(u"numberExampleLabel")

        self.numberLayout.addWidget(self.numberExampleLabel)


        self.lettersPageLayout.addWidget(self.numberBox)

        self.signingBox = QGroupBox(self.lettersPage)
        self.signingBox.setObjectName(u"signingBox")
        self.signingLayout = QVBoxLayout(self.signingBox)
        self.signingLayout.setObjectName(u"signingLayout")
        self.signingLabel = QLabel(self.signingBox)
        self.signingLabel.setObjectName(u"signingLabel")
        self.signingLabel.setWordWrap(True)
        self.signingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signingLayout.addWidget(self.signingLabel)

        self.signingRow = QHBoxLayout()
        self.signingRow.setObjectName(u"signingRow")
        self.p12PassphraseEdit = QLineEdit(self.signingBox)
        self.p12PassphraseEdit.setObjectName(u"p12PassphraseEdit")
        self.p12PassphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.signingRow.addWidget(self.p12PassphraseEdit)

        self.importP12Button = QPushButton(self.signingBox)
        self.importP12Button.setObjectName(u"importP12Button")

        self.signingRow.addWidget(self.importP12Button)


        self.signingLayout.addLayout(self.signingRow)


        self.lettersPageLayout.addWidget(self.signingBox)

        self.verifierBox = QGroupBox(self.lettersPage)
        self.verifierBox.setObjectName(u"verifierBox")
        self.verifierLayout = QVBoxLayout(self.verifierBox)
        self.verifierLayout.setObjectName(u"verifierLayout")
        self.verifierHelp = QLabel(self.verifierBox)
        self.verifierHelp.setObjectName(u"verifierHelp")
        self.verifierHelp.setWordWrap(True)

        self.verifierLayout.addWidget(self.verifierHelp)

        self.verificationAddressRow = QHBoxLayout()
        self.verificationAddressRow.setObjectName(u"verificationAddressRow")
        self.verificationAddressLabel = QLabel(self.verifierBox)
        self.verificationAddressLabel.setObjectName(u"verificationAddressLabel")

        self.verificationAddressRow.addWidget(self.verificationAddressLabel)

        self.verificationAddressEdit = QLineEdit(self.verifierBox)
        self.verificationAddressEdit.setObjectName(u"verificationAddressEdit")
        self.verificationAddressEdit.setMaxLength(200)

        self.verificationAddressRow.addWidget(self.verificationAddressEdit)

        self.saveVerificationAddressButton = QPushButton(self.verifierBox)
        self.saveVerificationAddressButton.setObjectName(u"saveVerificationAddressButton")

        self.verificationAddressRow.addWidget(self.saveVerificationAddressButton)


        self.verifierLayout.addLayout(self.verificationAddressRow)

        self.verifierStatusLabel = QLabel(self.verifierBox)
        self.verifierStatusLabel.setObjectName(u"verifierStatusLabel")
        self.verifierStatusLabel.setWordWrap(True)
        self.verifierStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verifierLayout.addWidget(self.verifierStatusLabel)

        self.verifierRow = QHBoxLayout()
        self.verifierRow.setObjectName(u"verifierRow")
        self.publishVerifierButton = QPushButton(self.verifierBox)
        self.publishVerifierButton.setObjectName(u"publishVerifierButton")

        self.verifierRow.addWidget(self.publishVerifierButton)

        self.verifierRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verifierRow.addItem(self.verifierRowSpacer)


        self.verifierLayout.addLayout(self.verifierRow)


        self.lettersPageLayout.addWidget(self.verifierBox)

        self.lettersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lettersPageLayout.addItem(self.lettersSpacer)

        self.sections.addTab(self.lettersPage, "")
        self.calendarPage = QWidget()
        self.calendarPage.setObjectName(u"calendarPage")
        self.calendarPageLayout = QVBoxLayout(self.calendarPage)
        self.calendarPageLayout.setObjectName(u"calendarPageLayout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(self.calendarPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.calendarPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2020)
        self.yearSpin.setMaximum(2100)

        self.yearRow.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.calendarPageLayout.addLayout(self.yearRow)

        self.daysTable = QTableWidget(self.calendarPage)
        self.daysTable.setObjectName(u"daysTable")
        self.daysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.daysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.daysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.daysTable.horizontalHeader().setStretchLastSection(True)
        self.daysTable.verticalHeader().setVisible(False)

        self.calendarPageLayout.addWidget(self.daysTable)

        self.addDayRow = QHBoxLayout()
        self.addDayRow.setObjectName(u"addDayRow")
        self.dayEdit = QDateEdit(self.calendarPage)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.addDayRow.addWidget(self.dayEdit)

        self.dayNameEdit = QLineEdit(self.calendarPage)
        self.dayNameEdit.setObjectName(u"dayNameEdit")

        self.addDayRow.addWidget(self.dayNameEdit)

        self.addDayButton = QPushButton(self.calendarPage)
        self.addDayButton.setObjectName(u"addDayButton")

        self.addDayRow.addWidget(self.addDayButton)


        self.calendarPageLayout.addLayout(self.addDayRow)

        self.dayActions = QHBoxLayout()
        self.dayActions.setObjectName(u"dayActions")
        self.cancelHolidayButton = QPushButton(self.calendarPage)
        self.cancelHolidayButton.setObjectName(u"cancelHolidayButton")

        self.dayActions.addWidget(self.cancelHolidayButton)

        self.removeLocalButton = QPushButton(self.calendarPage)
        self.removeLocalButton.setObjectName(u"removeLocalButton")

        self.dayActions.addWidget(self.removeLocalButton)

        self.dayActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayActions.addItem(self.dayActionsSpacer)


        self.calendarPageLayout.addLayout(self.dayActions)

        self.sections.addTab(self.calendarPage, "")
        self.staffPage = QWidget()
        self.staffPage.setObjectName(u"staffPage")
        self.staffPageLayout = QVBoxLayout(self.staffPage)
        self.staffPageLayout.setObjectName(u"staffPageLayout")
        self.staffTable = QTableWidget(self.staffPage)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.horizontalHeader().setStretchLastSection(True)
        self.staffTable.verticalHeader().setVisible(False)

        self.staffPageLayout.addWidget(self.staffTable)

        self.staffActions = QHBoxLayout()
        self.staffActions.setObjectName(u"staffActions")
        self.addStaffButton = QPushButton(self.staffPage)
        self.addStaffButton.setObjectName(u"addStaffButton")

        self.staffActions.addWidget(self.addStaffButton)

        self.editStaffButton = QPushButton(self.staffPage)
        self.editStaffButton.setObjectName(u"editStaffButton")

        self.staffActions.addWidget(self.editStaffButton)

        self.resetPasswordButton = QPushButton(self.staffPage)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.staffActions.addWidget(self.resetPasswordButton)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffActions.addItem(self.staffSpacer)


        self.staffPageLayout.addLayout(self.staffActions)

        self.sections.addTab(self.staffPage, "")
        self.backupPage = QWidget()
        self.backupPage.setObjectName(u"backupPage")
        self.backupPageLayout = QVBoxLayout(self.backupPage)
        self.backupPageLayout.setObjectName(u"backupPageLayout")
        self.dataFolderLabel = QLabel(self.backupPage)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")
        self.dataFolderLabel.setWordWrap(True)
        self.dataFolderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupPageLayout.addWidget(self.dataFolderLabel)

        self.rotationBox = QGroupBox(self.backupPage)
        self.rotationBox.setObjectName(u"rotationBox")
        self.rotationLayout = QVBoxLayout(self.rotationBox)
        self.rotationLayout.setObjectName(u"rotationLayout")
        self.rotationHelp = QLabel(self.rotationBox)
        self.rotationHelp.setObjectName(u"rotationHelp")
        self.rotationHelp.setWordWrap(True)

        self.rotationLayout.addWidget(self.rotationHelp)

        self.backupsTable = QTableWidget(self.rotationBox)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.horizontalHeader().setStretchLastSection(True)
        self.backupsTable.verticalHeader().setVisible(False)

        self.rotationLayout.addWidget(self.backupsTable)


        self.backupPageLayout.addWidget(self.rotationBox)

        self.backupNowBox = QGroupBox(self.backupPage)
        self.backupNowBox.setObjectName(u"backupNowBox")
        self.backupNowLayout = QVBoxLayout(self.backupNowBox)
        self.backupNowLayout.setObjectName(u"backupNowLayout")
        self.backupTargetRow = QHBoxLayout()
        self.backupTargetRow.setObjectName(u"backupTargetRow")
        self.backupTargetLabel = QLabel(self.backupNowBox)
        self.backupTargetLabel.setObjectName(u"backupTargetLabel")

        self.backupTargetRow.addWidget(self.backupTargetLabel)

        self.backupTargetCombo = QComboBox(self.backupNowBox)
        self.backupTargetCombo.setObjectName(u"backupTargetCombo")
        self.backupTargetCombo.setMinimumSize(QSize(360, 0))

        self.backupTargetRow.addWidget(self.backupTargetCombo)

        self.refreshBackupDrivesButton = QPushButton(self.backupNowBox)
        self.refreshBackupDrivesButton.setObjectName(u"refreshBackupDrivesButton")
        self.refreshBackupDrivesButton.setAutoDefault(False)

        self.backupTargetRow.addWidget(self.refreshBackupDrivesButton)

        self.backupTargetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupTargetRow.addItem(self.backupTargetSpacer)

        self.backupNowButton = QPushButton(self.backupNowBox)
        self.backupNowButton.setObjectName(u"backupNowButton")
        self.backupNowButton.setAutoDefault(False)

        self.backupTargetRow.addWidget(self.backupNowButton)


        self.backupNowLayout.addLayout(self.backupTargetRow)


        self.backupPageLayout.addWidget(self.backupNowBox)

        self.restoreBox = QGroupBox(self.backupPage)
        self.restoreBox.setObjectName(u"restoreBox")
        self.restoreLayout = QHBoxLayout(self.restoreBox)
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.restoreHelp = QLabel(self.restoreBox)
        self.restoreHelp.setObjectName(u"restoreHelp")
        self.restoreHelp.setWordWrap(True)

        self.restoreLayout.addWidget(self.restoreHelp)

        self.restoreButton = QPushButton(self.restoreBox)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.restoreLayout.addWidget(self.restoreButton)

        self.restoreLayout.setStretch(0, 1)

        self.backupPageLayout.addWidget(self.restoreBox)

        self.backupProgress = QProgressBar(self.backupPage)
        self.backupProgress.setObjectName(u"backupProgress")
        self.backupProgress.setValue(0)

        self.backupPageLayout.addWidget(self.backupProgress)

        self.backupStatusLabel = QLabel(self.backupPage)
        self.backupStatusLabel.setObjectName(u"backupStatusLabel")
        self.backupStatusLabel.setWordWrap(True)
        self.backupStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupPageLayout.addWidget(self.backupStatusLabel)

        self.sections.addTab(self.backupPage, "")
        self.syncPage = QWidget()
        self.syncPage.setObjectName(u"syncPage")
        self.syncPageLayout = QVBoxLayout(self.syncPage)
        self.syncPageLayout.setObjectName(u"syncPageLayout")
        self.syncHelp = QLabel(self.syncPage)
        self.syncHelp.setObjectName(u"syncHelp")
        self.syncHelp.setWordWrap(True)

        self.syncPageLayout.addWidget(self.syncHelp)

        self.stationBox = QGroupBox(self.syncPage)
        self.stationBox.setObjectName(u"stationBox")
        self.stationForm = QFormLayout(self.stationBox)
        self.stationForm.setObjectName(u"stationForm")
        self.stationNameLabel = QLabel(self.stationBox)
        self.stationNameLabel.setObjectName(u"stationNameLabel")

        self.stationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stationNameLabel)

        self.stationNameRow = QHBoxLayout()
        self.stationNameRow.setObjectName(u"stationNameRow")
        self.stationNameEdit = QLineEdit(self.stationBox)
        self.stationNameEdit.setObjectName(u"stationNameEdit")
        self.stationNameEdit.setMaxLength(100)

        self.stationNameRow.addWidget(self.stationNameEdit)

        self.saveStationNameButton = QPushButton(self.stationBox)
        self.saveStationNameButton.setObjectName(u"saveStationNameButton")
        self.saveStationNameButton.setAutoDefault(False)

        self.stationNameRow.addWidget(self.saveStationNameButton)


        self.stationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.stationNameRow)

        self.stationIdTitle = QLabel(self.stationBox)
        self.stationIdTitle.setObjectName(u"stationIdTitle")

        self.stationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stationIdTitle)

        self.stationIdLabel = QLabel(self.stationBox)
        self.stationIdLabel.setObjectName(u"stationIdLabel")
        self.stationIdLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stationIdLabel)

        self.stationFingerprintTitle = QLabel(self.stationBox)
        self.stationFingerprintTitle.setObjectName(u"stationFingerprintTitle")

        self.stationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stationFingerprintTitle)

        self.stationFingerprintLabel = QLabel(self.stationBox)
        self.stationFingerprintLabel.setObjectName(u"stationFingerprintLabel")
        self.stationFingerprintLabel.setWordWrap(True)
        self.stationFingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stationFingerprintLabel)

        self.stationCardRow = QHBoxLayout()
        self.stationCardRow.setObjectName(u"stationCardRow")
        self.saveCardButton = QPushButton(self.stationBox)
        self.saveCardButton.setObjectName(u"saveCardButton")
        self.saveCardButton.setAutoDefault(False)

        self.stationCardRow.addWidget(self.saveCardButton)

        self.stationCardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stationCardRow.addItem(self.stationCardSpacer)


        self.stationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.stationCardRow)


        self.syncPageLayout.addWidget(self.stationBox)

        self.knownStationsBox = QGroupBox(self.syncPage)
        self.knownStationsBox.setObjectName(u"knownStationsBox")
        self.knownStationsLayout = QVBoxLayout(self.knownStationsBox)
        self.knownStationsLayout.setObjectName(u"knownStationsLayout")
        self.knownStationsTable = QTableWidget(self.knownStationsBox)
        self.knownStationsTable.setObjectName(u"knownStationsTable")
        self.knownStationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.knownStationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.knownStationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.knownStationsTable.horizontalHeader().setStretchLastSection(True)
        self.knownStationsTable.verticalHeader().setVisible(False)

        self.knownStationsLayout.addWidget(self.knownStationsTable)

        self.knownStationsActions = QHBoxLayout()
        self.knownStationsActions.setObjectName(u"knownStationsActions")
        self.trustStationButton = QPushButton(self.knownStationsBox)
        self.trustStationButton.setObjectName(u"trustStationButton")
        self.trustStationButton.setAutoDefault(False)

        self.knownStationsActions.addWidget(self.trustStationButton)

        self.revokeStationButton = QPushButton(self.knownStationsBox)
        self.revokeStationButton.setObjectName(u"revokeStationButton")
        self.revokeStationButton.setAutoDefault(False)

        self.knownStationsActions.addWidget(self.revokeStationButton)

        self.knownStationsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knownStationsActions.addItem(self.knownStationsSpacer)


        self.knownStationsLayout.addLayout(self.knownStationsActions)


        self.syncPageLayout.addWidget(self.knownStationsBox)

        self.bundleBox = QGroupBox(self.syncPage)
        self.bundleBox.setObjectName(u"bundleBox")
        self.bundleLayout = QVBoxLayout(self.bundleBox)
        self.bundleLayout.setObjectName(u"bundleLayout")
        self.bundleRow = QHBoxLayout()
        self.bundleRow.setObjectName(u"bundleRow")
        self.bundleRecipientLabel = QLabel(self.bundleBox)
        self.bundleRecipientLabel.setObjectName(u"bundleRecipientLabel")

        self.bundleRow.addWidget(self.bundleRecipientLabel)

        self.bundleRecipientCombo = QComboBox(self.bundleBox)
        self.bundleRecipientCombo.setObjectName(u"bundleRecipientCombo")
        self.bundleRecipientCombo.setMinimumSize(QSize(240, 0))

        self.bundleRow.addWidget(self.bundleRecipientCombo)

        self.bundleTargetLabel = QLabel(self.bundleBox)
        self.bundleTargetLabel.setObjectName(u"bundleTargetLabel")

        self.bundleRow.addWidget(self.bundleTargetLabel)

        self.bundleTargetCombo = QComboBox(self.bundleBox)
        self.bundleTargetCombo.setObjectName(u"bundleTargetCombo")
        self.bundleTargetCombo.setMinimumSize(QSize(280, 0))

        self.bundleRow.addWidget(self.bundleTargetCombo)

        self.refreshBundleDrivesButton = QPushButton(self.bundleBox)
        self.refreshBundleDrivesButton.setObjectName(u"refreshBundleDrivesButton")
        self.refreshBundleDrivesButton.setAutoDefault(False)

        self.bundleRow.addWidget(self.refreshBundleDrivesButton)

        self.sendBundleButton = QPushButton(self.bundleBox)
        self.sendBundleButton.setObjectName(u"sendBundleButton")
        self.sendBundleButton.setAutoDefault(False)

        self.bundleRow.addWidget(self.sendBundleButton)

        self.bundleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bundleRow.addItem(self.bundleSpacer)


        self.bundleLayout.addLayout(self.bundleRow)

        self.receiveRow = QHBoxLayout()
        self.receiveRow.setObjectName(u"receiveRow")
        self.receiveBundleButton = QPushButton(self.bundleBox)
        self.receiveBundleButton.setObjectName(u"receiveBundleButton")
        self.receiveBundleButton.setAutoDefault(False)

        self.receiveRow.addWidget(self.receiveBundleButton)

        self.recordReceiptButton = QPushButton(self.bundleBox)
        self.recordReceiptButton.setObjectName(u"recordReceiptButton")
        self.recordReceiptButton.setAutoDefault(False)

        self.receiveRow.addWidget(self.recordReceiptButton)

        self.receiveHelp = QLabel(self.bundleBox)
        self.receiveHelp.setObjectName(u"receiveHelp")
        self.receiveHelp.setWordWrap(True)

        self.receiveRow.addWidget(self.receiveHelp)

        self.receiveRow.setStretch(2, 1)

        self.bundleLayout.addLayout(self.receiveRow)


        self.syncPageLayout.addWidget(self.bundleBox)

        self.sections.addTab(self.syncPage, "")

        self.layout.addWidget(self.sections)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.governmentLabel.setBuddy(self.governmentEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.headTitleLabel.setBuddy(self.headTitleEdit)
        self.headNameLabel.setBuddy(self.headNameEdit)
        self.headRankLabel.setBuddy(self.headRankEdit)
        self.headNipLabel.setBuddy(self.headNipEdit)
        self.printerLabel.setBuddy(self.printerCombo)
        self.layoutLabel.setBuddy(self.layoutCombo)
        self.idleLabel.setBuddy(self.idleSpin)
        self.complaintDaysLabel.setBuddy(self.complaintDaysSpin)
        self.verificationAddressLabel.setBuddy(self.verificationAddressEdit)
        self.backupTargetLabel.setBuddy(self.backupTargetCombo)
        self.stationNameLabel.setBuddy(self.stationNameEdit)
        self.bundleRecipientLabel.setBuddy(self.bundleRecipientCombo)
        self.bundleTargetLabel.setBuddy(self.bundleTargetCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsTab)

        QMetaObject.connectSlotsByName(SettingsTab)
    # setupUi

    def retranslateUi(self, SettingsTab):
        self.officeBox.setTitle(QCoreApplication.translate("SettingsTab", u"Profil kantor dan kop surat", None))
        self.codeLabel.setText(QCoreApplication.translate("SettingsTab", u"Kode kantor", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("SettingsTab", u"awalan nomor pendaftaran, contoh KPR", None))
        self.governmentLabel.setText(QCoreApplication.translate("SettingsTab", u"Pemerintah", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsTab", u"Nama dinas", None))
        self.shortNameLabel.setText(QCoreApplication.translate("SettingsTab", u"Nama singkat", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsTab", u"Alamat", None))
        self.phoneLabel.setText(QCoreApplication.translate("SettingsTab", u"Telepon/WA", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsTab", u"E-mail", None))
        self.websiteLabel.setText(QCoreApplication.translate("SettingsTab", u"Laman", None))
        self.cityLabel.setText(QCoreApplication.translate("SettingsTab", u"Kota (tempat surat)", None))
        self.headBox.setTitle(QCoreApplication.translate("SettingsTab", u"Pejabat penandatangan", None))
        self.headTitleLabel.setText(QCoreApplication.translate("SettingsTab", u"Jabatan", None))
        self.headNameLabel.setText(QCoreApplication.translate("SettingsTab", u"Nama lengkap", None))
        self.headRankLabel.setText(QCoreApplication.translate("SettingsTab", u"Pangkat/golongan", None))
        self.headNipLabel.setText(QCoreApplication.translate("SettingsTab", u"NIP", None))
        self.headNipEdit.setPlaceholderText(QCoreApplication.translate("SettingsTab", u"18 digit", None))
        self.logoBox.setTitle(QCoreApplication.translate("SettingsTab", u"Logo kop surat", None))
        self.logoPreview.setText(QCoreApplication.translate("SettingsTab", u"(tanpa logo)", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("SettingsTab", u"Ganti logo...", None))
        self.removeLogoButton.setText(QCoreApplication.translate("SettingsTab", u"Hapus logo", None))
        self.saveOfficeButton.setText(QCoreApplication.translate("SettingsTab", u"Simpan profil kantor", None))
        self.sections.setTabText(self.sections.indexOf(self.officePage), QCoreApplication.translate("SettingsTab", u"Kantor && pejabat", None))
        self.printerLabel.setText(QCoreApplication.translate("SettingsTab", u"Printer", None))
        self.layoutLabel.setText(QCoreApplication.translate("SettingsTab", u"Ukuran tanda terima", None))
        self.previewCheck.setText(QCoreApplication.translate("SettingsTab", u"Tampilkan pratinjau sebelum mencetak", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsTab", u"Kunci otomatis setelah", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsTab", u" menit tanpa aktivitas", None))
        self.complaintDaysLabel.setText(QCoreApplication.translate("SettingsTab", u"Batas tanggapan pengaduan", None))
        self.complaintDaysSpin.setSuffix(QCoreApplication.translate("SettingsTab", u" hari kerja", None))
        self.printerNote.setText("")
        self.savePrintingButton.setText(QCoreApplication.translate("SettingsTab", u"Simpan pengaturan", None))
        self.sections.setTabText(self.sections.indexOf(self.printingPage), QCoreApplication.translate("SettingsTab", u"Printer && keamanan", None))
        self.numberBox.setTitle(QCoreApplication.translate("SettingsTab", u"Format nomor surat", None))
        self.numberHelp.setText(QCoreApplication.translate("SettingsTab", u"Isian: {klasifikasi} dari berkas layanan, {urut:04d} nomor urut tahunan, {jenis} REK/TLK/PGT, {bulan}, {bulan_romawi}, {tahun}.", None))
        self.saveNumberTemplateButton.setText(QCoreApplication.translate("SettingsTab", u"Simpan format", None))
        self.numberExampleLabel.setText("")
        self.signingBox.setTitle(QCoreApplication.translate("SettingsTab", u"Sertifikat penandatanganan (PAdES)", None))
        self.signingLabel.setText("")
        self.p12PassphraseEdit.setPlaceholderText(QCoreApplication.translate("SettingsTab", u"kata sandi berkas .p12", None))
        self.importP12Button.setText(QCoreApplication.translate("SettingsTab", u"Impor sertifikat kantor (.p12)...", None))
        self.verifierBox.setTitle(QCoreApplication.translate("SettingsTab", u"Halaman cek keaslian (untuk ponsel penerima surat)", None))
        self.verifierHelp.setText(QCoreApplication.translate("SettingsTab", u"Satu berkas index.html yang diunggah ke situs kantor: kode QR surat membuka halaman itu dan memeriksa tanda tangannya di ponsel, tanpa server. Isi alamatnya setelah berkas diunggah; surat yang terbit sesudahnya memuat alamat itu di kode QR-nya.", None))
        self.verificationAddressLabel.setText(QCoreApplication.translate("SettingsTab", u"Alamat halaman", None))
        self.verificationAddressEdit.setPlaceholderText(QCoreApplication.translate("SettingsTab", u"contoh https://dpmptsp.kamparkab.go.id/cek-surat/ (kosong: kode QR hanya memuat kode segel)", None))
        self.saveVerificationAddressButton.setText(QCoreApplication.translate("SettingsTab", u"Simpan alamat", None))
        self.verifierStatusLabel.setText("")
        self.publishVerifierButton.setText(QCoreApplication.translate("SettingsTab", u"Tulis halaman cek keaslian...", None))
        self.sections.setTabText(self.sections.indexOf(self.lettersPage), QCoreApplication.translate("SettingsTab", u"Surat && tanda tangan", None))
        self.yearLabel.setText(QCoreApplication.translate("SettingsTab", u"Tahun", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("SettingsTab", u"dd-MM-yyyy", None))
        self.dayNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsTab", u"nama hari libur daerah, contoh Hari Jadi Kabupaten Kampar", None))
        self.addDayButton.setText(QCoreApplication.translate("SettingsTab", u"Tambah libur daerah", None))
        self.cancelHolidayButton.setText(QCoreApplication.translate("SettingsTab", u"Jadikan hari kerja (batalkan libur terpilih)", None))
        self.removeLocalButton.setText(QCoreApplication.translate("SettingsTab", u"Hapus perubahan lokal terpilih", None))
        self.sections.setTabText(self.sections.indexOf(self.calendarPage), QCoreApplication.translate("SettingsTab", u"Kalender hari kerja", None))
        self.addStaffButton.setText(QCoreApplication.translate("SettingsTab", u"Tambah petugas", None))
        self.editStaffButton.setText(QCoreApplication.translate("SettingsTab", u"Ubah peran / status", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("SettingsTab", u"Atur ulang kata sandi", None))
        self.sections.setTabText(self.sections.indexOf(self.staffPage), QCoreApplication.translate("SettingsTab", u"Akun petugas", None))
        self.dataFolderLabel.setText("")
        self.rotationBox.setTitle(QCoreApplication.translate("SettingsTab", u"Cadangan otomatis di komputer ini", None))
        self.rotationHelp.setText(QCoreApplication.translate("SettingsTab", u"Dibuat sendiri saat Kampar Desk dibuka pertama kali setiap hari dan saat ditutup. Disimpan 7 harian, 5 mingguan dan 12 bulanan; yang lebih lama dihapus otomatis. Cadangan ini ada di disk yang sama dengan datanya: salin juga ke flashdisk secara berkala.", None))
        self.backupNowBox.setTitle(QCoreApplication.translate("SettingsTab", u"Cadangkan ke flashdisk atau folder lain", None))
        self.backupTargetLabel.setText(QCoreApplication.translate("SettingsTab", u"Tujuan", None))
        self.refreshBackupDrivesButton.setText(QCoreApplication.translate("SettingsTab", u"Cari ulang", None))
        self.backupNowButton.setText(QCoreApplication.translate("SettingsTab", u"&Cadangkan sekarang ke...", None))
        self.restoreBox.setTitle(QCoreApplication.translate("SettingsTab", u"Pulihkan", None))
        self.restoreHelp.setText(QCoreApplication.translate("SettingsTab", u"Mengganti semua data dengan isi sebuah cadangan. Cadangan diperiksa lebih dulu; folder data yang sekarang dipindahkan ke samping, tidak dihapus.", None))
        self.restoreButton.setText(QCoreApplication.translate("SettingsTab", u"&Pulihkan dari cadangan...", None))
        self.backupStatusLabel.setText("")
        self.sections.setTabText(self.sections.indexOf(self.backupPage), QCoreApplication.translate("SettingsTab", u"Cadangan", None))
        self.syncHelp.setText(QCoreApplication.translate("SettingsTab", u"Komputer ini adalah satu stasiun. Stasiun bertukar data lewat berkas di flashdisk; setiap stasiun hanya menerima kiriman dari stasiun yang dipercayainya. Percayai kartu stasiun lain hanya setelah sidik jarinya dicocokkan lewat telepon dengan petugas di stasiun itu.", None))
        self.stationBox.setTitle(QCoreApplication.translate("SettingsTab", u"Stasiun ini", None))
        self.stationNameLabel.setText(QCoreApplication.translate("SettingsTab", u"Nama stasiun", None))
        self.stationNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsTab", u"contoh DPMPTSP Kampar - loket 1", None))
        self.saveStationNameButton.setText(QCoreApplication.translate("SettingsTab", u"Simpan nama", None))
        self.stationIdTitle.setText(QCoreApplication.translate("SettingsTab", u"Pengenal", None))
        self.stationIdLabel.setText("")
        self.stationFingerprintTitle.setText(QCoreApplication.translate("SettingsTab", u"Sidik jari", None))
        self.stationFingerprintLabel.setText("")
        self.saveCardButton.setText(QCoreApplication.translate("SettingsTab", u"Simpan &kartu stasiun...", None))
        self.knownStationsBox.setTitle(QCoreApplication.translate("SettingsTab", u"Stasiun lain yang dikenal", None))
        self.trustStationButton.setText(QCoreApplication.translate("SettingsTab", u"&Percayai stasiun...", None))
        self.revokeStationButton.setText(QCoreApplication.translate("SettingsTab", u"Ca&but", None))
        self.bundleBox.setTitle(QCoreApplication.translate("SettingsTab", u"Kiriman antarstasiun", None))
        self.bundleRecipientLabel.setText(QCoreApplication.translate("SettingsTab", u"Stasiun tujuan", None))
        self.bundleTargetLabel.setText(QCoreApplication.translate("SettingsTab", u"Simpan ke", None))
        self.refreshBundleDrivesButton.setText(QCoreApplication.translate("SettingsTab", u"Cari ulang", None))
        self.sendBundleButton.setText(QCoreApplication.translate("SettingsTab", u"Kirim ke &stasiun...", None))
        self.receiveBundleButton.setText(QCoreApplication.translate("SettingsTab", u"Te&rima berkas kiriman...", None))
#if QT_CONFIG(tooltip)
        self.receiveBundleButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Pilih berkas .kdsync dari stasiun lain: isinya diperiksa dan ditampilkan dulu, baru diterapkan bila disetujui.", None))
#endif // QT_CONFIG(tooltip)
        self.recordReceiptButton.setText(QCoreApplication.translate("SettingsTab", u"Catat &tanda terima...", None))
#if QT_CONFIG(tooltip)
        self.recordReceiptButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Pilih berkas .kdterima yang dibawa dari stasiun penerima kiriman dari komputer ini.", None))
#endif // QT_CONFIG(tooltip)
        self.receiveHelp.setText(QCoreApplication.translate("SettingsTab", u"Setelah kiriman diterapkan, tanda terimanya (.kdterima) ditulis di samping berkas kiriman: bawa ke stasiun pengirim dan catat di sana, agar kiriman berikutnya hanya memuat perubahan sesudahnya.", None))
        self.sections.setTabText(self.sections.indexOf(self.syncPage), QCoreApplication.translate("SettingsTab", u"Sinkronisasi", None))
        pass
    # retranslateUi

