# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'skm_kiosk.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_SkmKiosk(object):
    def setupUi(self, SkmKiosk):
        if not SkmKiosk.objectName():
            SkmKiosk.setObjectName(u"SkmKiosk")
        SkmKiosk.resize(1280, 800)
        self.layout = QVBoxLayout(SkmKiosk)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.officeLabel = QLabel(SkmKiosk)
        self.officeLabel.setObjectName(u"officeLabel")
        self.officeLabel.setWordWrap(True)

        self.topRow.addWidget(self.officeLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.officerButton = QPushButton(SkmKiosk)
        self.officerButton.setObjectName(u"officerButton")
        self.officerButton.setAutoDefault(False)
        self.officerButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.topRow.addWidget(self.officerButton)


        self.layout.addLayout(self.topRow)

        self.pages = QStackedWidget(SkmKiosk)
        self.pages.setObjectName(u"pages")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeTop)

        self.welcomeTitle = QLabel(self.welcomePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")
        self.welcomeTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcomeTitle.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeTitle)

        self.welcomeInfo = QLabel(self.welcomePage)
        self.welcomeInfo.setObjectName(u"welcomeInfo")
        self.welcomeInfo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcomeInfo.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeInfo)

        self.privacyLabel = QLabel(self.welcomePage)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacyLabel.setWordWrap(True)

        self.welcomeLayout.addWidget(self.privacyLabel)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startLeft)

        self.startButton = QPushButton(self.welcomePage)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setMinimumSize(QSize(0, 80))
        self.startButton.setAutoDefault(False)

        self.startRow.addWidget(self.startButton)

        self.startRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startRight)


        self.welcomeLayout.addLayout(self.startRow)

        self.welcomeBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeBottom)

        self.pages.addWidget(self.welcomePage)
        self.questionPage = QWidget()
        self.questionPage.setObjectName(u"questionPage")
        self.questionLayout = QVBoxLayout(self.questionPage)
        self.questionLayout.setObjectName(u"questionLayout")
        self.progressLabel = QLabel(self.questionPage)
        self.progressLabel.setObjectName(u"progressLabel")

        self.questionLayout.addWidget(self.progressLabel)

        self.unsurLabel = QLabel(self.questionPage)
        self.unsurLabel.setObjectName(u"unsurLabel")
        self.unsurLabel.setWordWrap(True)

        self.questionLayout.addWidget(self.unsurLabel)

        self.questionLabel = QLabel(self.questionPage)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.questionLayout.addWidget(self.questionLabel)

        self.questionGap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.questionLayout.addItem(self.questionGap)

        self.answer4Button = QPushButton(self.questionPage)
        self.answer4Button.setObjectName(u"answer4Button")
        self.answer4Button.setMinimumSize(QSize(0, 80))
        self.answer4Button.setAutoDefault(False)

        self.questionLayout.addWidget(self.answer4Button)

        self.answer3Button = QPushButton(self.questionPage)
        self.answer3Button.setObjectName(u"answer3Button")
        self.answer3Button.setMinimumSize(QSize(0, 80))
        self.answer3Button.setAutoDefault(False)

        self.questionLayout.addWidget(self.answer3Button)

        self.answer2Button = QPushButton(self.questionPage)
        self.answer2Button.setObjectName(u"answer2Button")
        self.answer2Button.setMinimumSize(QSize(0, 80))
        self.answer2Button.setAutoDefault(False)

        self.questionLayout.addWidget(self.answer2Button)

        self.answer1Button = QPushButton(self.questionPage)
        self.answer1Button.setObjectName(u"answer1Button")
        self.answer1Button.setMinimumSize(QSize(0, 80))
        self.answer1Button.setAutoDefault(False)

        self.questionLayout.addWidget(self.answer1Button)

        self.questionNav = QHBoxLayout()
        self.questionNav.setObjectName(u"questionNav")
        self.backButton = QPushButton(self.questionPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.questionNav.addWidget(self.backButton)

        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.questionNav.addItem(self.navSpacer)


        self.questionLayout.addLayout(self.questionNav)

        self.pages.addWidget(self.questionPage)
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QVBoxLayout(self.profilePage)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileTitle = QLabel(self.profilePage)
        self.profileTitle.setObjectName(u"profileTitle")
        self.profileTitle.setWordWrap(True)

        self.profileLayout.addWidget(self.profileTitle)

        self.ageRow = QHBoxLayout()
        self.ageRow.setObjectName(u"ageRow")
        self.ageLabel = QLabel(self.profilePage)
        self.ageLabel.setObjectName(u"ageLabel")

        self.ageRow.addWidget(self.ageLabel)

        self.ageSpin = QSpinBox(self.profilePage)
        self.ageSpin.setObjectName(u"ageSpin")
        self.ageSpin.setMinimum(0)
        self.ageSpin.setMaximum(100)
        self.ageSpin.setMinimumSize(QSize(160, 64))

        self.ageRow.addWidget(self.ageSpin)

        self.ageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ageRow.addItem(self.ageSpacer)


        self.profileLayout.addLayout(self.ageRow)

        self.sexRow = QHBoxLayout()
        self.sexRow.setObjectName(u"sexRow")
        self.sexLabel = QLabel(self.profilePage)
        self.sexLabel.setObjectName(u"sexLabel")

        self.sexRow.addWidget(self.sexLabel)

        self.maleButton = QPushButton(self.profilePage)
        self.maleButton.setObjectName(u"maleButton")
        self.maleButton.setCheckable(True)
        self.maleButton.setMinimumSize(QSize(0, 64))
        self.maleButton.setAutoDefault(False)

        self.sexRow.addWidget(self.maleButton)

        self.femaleButton = QPushButton(self.profilePage)
        self.femaleButton.setObjectName(u"femaleButton")
        self.femaleButton.setCheckable(True)
        self.femaleButton.setMinimumSize(QSize(0, 64))
        self.femaleButton.setAutoDefault(False)

        self.sexRow.addWidget(self.femaleButton)


        self.profileLayout.addLayout(self.sexRow)

        self.educationLabel = QLabel(self.profilePage)
        self.educationLabel.setObjectName(u"educationLabel")

        self.profileLayout.addWidget(self.educationLabel)

        self.educationGrid = QGridLayout()
        self.educationGrid.setObjectName(u"educationGrid")
        self.education0Button = QPushButton(self.profilePage)
        self.education0Button.setObjectName(u"education0Button")
        self.education0Button.setCheckable(True)
        self.education0Button.setMinimumSize(QSize(0, 64))
        self.education0Button.setAutoDefault(False)

        self.educationGrid.addWidget(self.education0Button, 0, 0, 1, 1)

        self.education1Button = QPushButton(self.profilePage)
        self.education1Button.setObjectName(u"education1Button")
        self.education1Button.setCheckable(True)
        self.education1Button.setMinimumSize(QSize(0, 64))
        self.education1Button.setAutoDefault(False)

        self.educationGrid.addWidget(self.education1Button, 0, 1, 1, 1)

        self.education2Button = QPushButton(self.profilePage)
        self.education2Button.setObjectName(u"education2Button")
        self.education2Button.setCheckable(True)
        self.education2Button.setMinimumSize(QSize(0, 64))
        self.education2Button.setAutoDefault(False)

        self.educationGrid.addWidget(self.education2Button, 0, 2, 1, 1)

        self.education3Button = QPushButton(self.profilePage)
        self.education3Button.setObjectName(u"education3Button")
        self.education3Button.setCheckable(True)
        self.education3Button.setMinimumSize(QSize(0, 64))
        self.education3Button.setAutoDefault(False)

        self.educationGrid.addWidget(self.education3Button, 0, 3, 1, 1)

        self.education4Button = QPushButton(self.profilePage)
        self.education4Button.setObjectName(u"education4Button")
        self.education4Button.setCheckable(True)
        self.education4Button.setMinimumSize(QSize(0, 64))
        self.education4Button.setAutoDefault(False)

        self.educationGrid.addWidget(self.education4Button, 1, 0, 1, 1)

        self.education5Button = QPushButton(self.profilePage)
        self.education5Button.setObjectName(u"education5Button")
        self.education5Button.setCheckable(True)
        self.education5Button.setMinimumSize(QSize(0, 64))
        self.education5Button.setAutoDefault(False)

        self.educationGrid.addWidget(self.education5Button, 1, 1, 1, 1)

        self.education6Button = QPushButton(self.profilePage)
        self.education6Button.setObjectName(u"education6Button")
        self.education6Button.setCheckable(True)
        self.education6Button.setMinimumSize(QSize(0, 64))
        self.education6Button.setAutoDefault(False)

        self.educationGrid.addWidget(self.education6Button, 1, 2, 1, 1)


        self.profileLayout.addLayout(self.educationGrid)

        self.occupationLabel = QLabel(self.profilePage)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.profileLayout.addWidget(self.occupationLabel)

        self.occupationGrid = QGridLayout()
        self.occupationGrid.setObjectName(u"occupationGrid")
        self.occupation0Button = QPushButton(self.profilePage)
        self.occupation0Button.setObjectName(u"occupation0Button")
        self.occupation0Button.setCheckable(True)
        self.occupation0Button.setMinimumSize(QSize(0, 64))
        self.occupation0Button.setAutoDefault(False)

        self.occupationGrid.addWidget(self.occupation0Button, 0, 0, 1, 1)

        self.occupation1Button = QPushButton(self.profilePage)
        self.occupation1Button.setObjectName(u"occupation1Button")
        self.occupation1Button.setCheckable(True)
        self.occupation1Button.setMinimumSize(QSize(0, 64))
        self.occupation1Button.setAutoDefault(False)

        self.occupationGrid.addWidget(self.occupation1Button, 0, 1, 1, 1)

        self.occupation2Button = QPushButton(self.profilePage)
        self.occupation2Button.setObjectName(u"occupation2Button")
        self.occupation2Button.setCheckable(True)
        self.occupation2Button.setMinimumSize(QSize(0, 64))
        self.occupation2Button.setAutoDefault(False)

        self.occupationGrid.addWidget(self.occupation2Button, 0, 2, 1, 1)

        self.occupation3Button = QPushButton(self.profilePage)
        self.occupation3Button.setObjectName(u"occupation3Button")
        self.occupation3Button.setCheckable(True)
        self.occupation3Button.setMinimumSize(QSize(0, 64))
        self.occupation3Button.setAutoDefault(False)

        self.occupationGrid.addWidget(self.occupation3Button, 1, 0, 1, 1)

        self.occupation4Button = QPushButton(self.profilePage)
        self.occupation4Button.setObjectName(u"occupation4Button")
        self.occupation4Button.setCheckable(True)
        self.occupation4Button.setMinimumSize(QSize(0, 64))
        self.occupation4Button.setAutoDefault(False)

        self.occupationGrid.addWidget(self.occupation4Button, 1, 1, 1, 1)

        self.occupation5Button = QPushButton(self.profilePage)
        self.occupation5Button.setObjectName(u"occupation5Button")
        self.occupation5Button.setCheckable(True)
        self.occupation5Button.setMinimumSize(QSize(0, 64))
        self.occupation5Button.setAutoDefault(False)

        self.occupationGrid.addWidget(self.occupation5Button, 1, 2, 1, 1)


        self.profileLayout.addLayout(self.occupationGrid)

        self.disabilityRow = QHBoxLayout()
        self.disabilityRow.setObjectName(u"disabilityRow")
        self.disabilityLabel = QLabel(self.profilePage)
        self.disabilityLabel.setObjectName(u"disabilityLabel")

        self.disabilityRow.addWidget(self.disabilityLabel)

        self.disabilityEdit = QLineEdit(self.profilePage)
        self.disabilityEdit.setObjectName(u"disabilityEdit")
        self.disabilityEdit.setMaxLength(100)

        self.disabilityRow.addWidget(self.disabilityEdit)


        self.profileLayout.addLayout(self.disabilityRow)

        self.profileGap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileGap)

        self.profileNav = QHBoxLayout()
        self.profileNav.setObjectName(u"profileNav")
        self.profileBackButton = QPushButton(self.profilePage)
        self.profileBackButton.setObjectName(u"profileBackButton")
        self.profileBackButton.setAutoDefault(False)

        self.profileNav.addWidget(self.profileBackButton)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileNav.addItem(self.profileSpacer)

        self.profileNextButton = QPushButton(self.profilePage)
        self.profileNextButton.setObjectName(u"profileNextButton")
        self.profileNextButton.setMinimumSize(QSize(0, 80))
        self.profileNextButton.setAutoDefault(False)

        self.profileNav.addWidget(self.profileNextButton)


        self.profileLayout.addLayout(self.profileNav)

        self.pages.addWidget(self.profilePage)
        self.suggestionPage = QWidget()
        self.suggestionPage.setObjectName(u"suggestionPage")
        self.suggestionLayout = QVBoxLayout(self.suggestionPage)
        self.suggestionLayout.setObjectName(u"suggestionLayout")
        self.suggestionTitle = QLabel(self.suggestionPage)
        self.suggestionTitle.setObjectName(u"suggestionTitle")
        self.suggestionTitle.setWordWrap(True)

        self.suggestionLayout.addWidget(self.suggestionTitle)

        self.suggestionEdit = QPlainTextEdit(self.suggestionPage)
        self.suggestionEdit.setObjectName(u"suggestionEdit")

        self.suggestionLayout.addWidget(self.suggestionEdit)

        self.suggestionNav = QHBoxLayout()
        self.suggestionNav.setObjectName(u"suggestionNav")
        self.suggestionBackButton = QPushButton(self.suggestionPage)
        self.suggestionBackButton.setObjectName(u"suggestionBackButton")
        self.suggestionBackButton.setAutoDefault(False)

        self.suggestionNav.addWidget(self.suggestionBackButton)

        self.suggestionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suggestionNav.addItem(self.suggestionSpacer)

        self.submitButton = QPushButton(self.suggestionPage)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setMinimumSize(QSize(0, 80))
        self.submitButton.setAutoDefault(False)

        self.suggestionNav.addWidget(self.submitButton)


        self.suggestionLayout.addLayout(self.suggestionNav)

        self.pages.addWidget(self.suggestionPage)
        self.thanksPage = QWidget()
        self.thanksPage.setObjectName(u"thanksPage")
        self.thanksLayout = QVBoxLayout(self.thanksPage)
        self.thanksLayout.setObjectName(u"thanksLayout")
        self.thanksTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thanksLayout.addItem(self.thanksTop)

        self.thanksLabel = QLabel(self.thanksPage)
        self.thanksLabel.setObjectName(u"thanksLabel")
        self.thanksLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanksLabel.setWordWrap(True)

        self.thanksLayout.addWidget(self.thanksLabel)

        self.thanksInfo = QLabel(self.thanksPage)
        self.thanksInfo.setObjectName(u"thanksInfo")
        self.thanksInfo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanksInfo.setWordWrap(True)

        self.thanksLayout.addWidget(self.thanksInfo)

        self.thanksBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thanksLayout.addItem(self.thanksBottom)

        self.pages.addWidget(self.thanksPage)

        self.layout.addWidget(self.pages)

        self.errorLabel = QLabel(SkmKiosk)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)


        self.retranslateUi(SkmKiosk)

        QMetaObject.connectSlotsByName(SkmKiosk)
    # setupUi

    def retranslateUi(self, SkmKiosk):
        SkmKiosk.setWindowTitle(QCoreApplication.translate("SkmKiosk", u"Survei Kepuasan Masyarakat", None))
        self.officeLabel.setText("")
        self.officerButton.setText(QCoreApplication.translate("SkmKiosk", u"Petugas", None))
        self.welcomeTitle.setText(QCoreApplication.translate("SkmKiosk", u"Survei Kepuasan Masyarakat", None))
        self.welcomeInfo.setText("")
        self.privacyLabel.setText(QCoreApplication.translate("SkmKiosk", u"Jawaban Anda rahasia: petugas tidak dapat melihatnya. Pilih jawaban dengan menyentuh tombol.", None))
        self.startButton.setText(QCoreApplication.translate("SkmKiosk", u"Mulai", None))
        self.progressLabel.setText(QCoreApplication.translate("SkmKiosk", u"Pertanyaan 1 dari 9", None))
        self.unsurLabel.setText("")
        self.questionLabel.setText("")
        self.answer4Button.setText("")
        self.answer3Button.setText("")
        self.answer2Button.setText("")
        self.answer1Button.setText("")
        self.backButton.setText(QCoreApplication.translate("SkmKiosk", u"< Kembali", None))
        self.profileTitle.setText(QCoreApplication.translate("SkmKiosk", u"Tentang Anda (boleh dilewati)", None))
        self.ageLabel.setText(QCoreApplication.translate("SkmKiosk", u"Umur", None))
        self.ageSpin.setSpecialValueText(QCoreApplication.translate("SkmKiosk", u"-", None))
        self.sexLabel.setText(QCoreApplication.translate("SkmKiosk", u"Jenis kelamin", None))
        self.maleButton.setText(QCoreApplication.translate("SkmKiosk", u"Laki-laki", None))
        self.femaleButton.setText(QCoreApplication.translate("SkmKiosk", u"Perempuan", None))
        self.educationLabel.setText(QCoreApplication.translate("SkmKiosk", u"Pendidikan terakhir", None))
        self.education0Button.setText(QCoreApplication.translate("SkmKiosk", u"SD", None))
        self.education1Button.setText(QCoreApplication.translate("SkmKiosk", u"SMP", None))
        self.education2Button.setText(QCoreApplication.translate("SkmKiosk", u"SMA", None))
        self.education3Button.setText(QCoreApplication.translate("SkmKiosk", u"D1-D3-D4", None))
        self.education4Button.setText(QCoreApplication.translate("SkmKiosk", u"S1", None))
        self.education5Button.setText(QCoreApplication.translate("SkmKiosk", u"S2", None))
        self.education6Button.setText(QCoreApplication.translate("SkmKiosk", u"S3", None))
        self.occupationLabel.setText(QCoreApplication.translate("SkmKiosk", u"Pekerjaan", None))
        self.occupation0Button.setText(QCoreApplication.translate("SkmKiosk", u"PNS", None))
        self.occupation1Button.setText(QCoreApplication.translate("SkmKiosk", u"TNI", None))
        self.occupation2Button.setText(QCoreApplication.translate("SkmKiosk", u"POLRI", None))
        self.occupation3Button.setText(QCoreApplication.translate("SkmKiosk", u"Swasta", None))
        self.occupation4Button.setText(QCoreApplication.translate("SkmKiosk", u"Wirausaha", None))
        self.occupation5Button.setText(QCoreApplication.translate("SkmKiosk", u"Lainnya", None))
        self.disabilityLabel.setText(QCoreApplication.translate("SkmKiosk", u"Disabilitas (bila ada)", None))
        self.profileBackButton.setText(QCoreApplication.translate("SkmKiosk", u"< Kembali", None))
        self.profileNextButton.setText(QCoreApplication.translate("SkmKiosk", u"Lanjut", None))
        self.suggestionTitle.setText(QCoreApplication.translate("SkmKiosk", u"Saran atau masukan untuk kami (boleh dikosongkan)", None))
        self.suggestionBackButton.setText(QCoreApplication.translate("SkmKiosk", u"< Kembali", None))
        self.submitButton.setText(QCoreApplication.translate("SkmKiosk", u"Kirim jawaban", None))
        self.thanksLabel.setText(QCoreApplication.translate("SkmKiosk", u"Terima kasih atas penilaian Anda.", None))
        self.thanksInfo.setText(QCoreApplication.translate("SkmKiosk", u"Silakan kembali ke petugas untuk menerima surat Anda.", None))
        self.errorLabel.setText("")
    # retranslateUi

