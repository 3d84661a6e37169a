# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QMainWindow, QPushButton, QSizePolicy, QSpacerItem,
    QStatusBar, QTabWidget, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(10, 8, 10, 6)
        self.header = QFrame(self.central)
        self.header.setObjectName(u"header")
        self.header.setFrameShape(QFrame.Shape.StyledPanel)
        self.headerLayout = QHBoxLayout(self.header)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(8, 4, 8, 4)
        self.officeBox = QVBoxLayout()
        self.officeBox.setSpacing(0)
        self.officeBox.setObjectName(u"officeBox")
        self.officeLabel = QLabel(self.header)
        self.officeLabel.setObjectName(u"officeLabel")

        self.officeBox.addWidget(self.officeLabel)

        self.serviceLabel = QLabel(self.header)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.officeBox.addWidget(self.serviceLabel)


        self.headerLayout.addLayout(self.officeBox)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.officerLabel = QLabel(self.header)
        self.officerLabel.setObjectName(u"officerLabel")
        self.officerLabel.setMinimumSize(QSize(320, 0))
        self.officerLabel.setWordWrap(True)
        self.officerLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.officerLabel)

        self.lockButton = QPushButton(self.header)
        self.lockButton.setObjectName(u"lockButton")

        self.headerLayout.addWidget(self.lockButton)

        self.signOutButton = QPushButton(self.header)
        self.signOutButton.setObjectName(u"signOutButton")

        self.headerLayout.addWidget(self.signOutButton)


        self.centralLayout.addWidget(self.header)

        self.tabs = QTabWidget(self.central)
        self.tabs.setObjectName(u"tabs")
        self.homePage = QWidget()
        self.homePage.setObjectName(u"homePage")
        self.homePageLayout = QVBoxLayout(self.homePage)
        self.homePageLayout.setObjectName(u"homePageLayout")
        self.tabs.addTab(self.homePage, "")
        self.intakePage = QWidget()
        self.intakePage.setObjectName(u"intakePage")
        self.intakePageLayout = QVBoxLayout(self.intakePage)
        self.intakePageLayout.setObjectName(u"intakePageLayout")
        self.tabs.addTab(self.intakePage, "")
        self.verificationPage = QWidget()
        self.verificationPage.setObjectName(u"verificationPage")
        self.verificationPageLayout = QVBoxLayout(self.verificationPage)
        self.verificationPageLayout.setObjectName(u"verificationPageLayout")
        self.tabs.addTab(self.verificationPage, "")
        self.reviewPage = QWidget()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewPageLayout = QVBoxLayout(self.reviewPage)
        self.reviewPageLayout.setObjectName(u"reviewPageLayout")
        self.tabs.addTab(self.reviewPage, "")
        self.issuancePage = QWidget()
        self.issuancePage.setObjectName(u"issuancePage")
        self.issuancePageLayout = QVBoxLayout(self.issuancePage)
        self.issuancePageLayout.setObjectName(u"issuancePageLayout")
        self.tabs.addTab(self.issuancePage, "")
        self.trackingPage = QWidget()
        self.trackingPage.setObjectName(u"trackingPage")
        self.trackingPageLayout = QVBoxLayout(self.trackingPage)
        self.trackingPageLayout.setObjectName(u"trackingPageLayout")
        self.tabs.addTab(self.trackingPage, "")
        self.authenticityPage = QWidget()
        self.authenticityPage.setObjectName(u"authenticityPage")
        self.authenticityPageLayout = QVBoxLayout(self.authenticityPage)
        self.authenticityPageLayout.setObjectName(u"authenticityPageLayout")
        self.tabs.addTab(self.authenticityPage, "")
        self.skmPage = QWidget()
        self.skmPage.setObjectName(u"skmPage")
        self.skmPageLayout = QVBoxLayout(self.skmPage)
        self.skmPageLayout.setObjectName(u"skmPageLayout")
        self.tabs.addTab(self.skmPage, "")
        self.complaintsPage = QWidget()
        self.complaintsPage.setObjectName(u"complaintsPage")
        self.complaintsPageLayout = QVBoxLayout(self.complaintsPage)
        self.complaintsPageLayout.setObjectName(u"complaintsPageLayout")
        self.tabs.addTab(self.complaintsPage, "")
        self.reportsPage = QWidget()
        self.reportsPage.setObjectName(u"reportsPage")
        self.reportsPageLayout = QVBoxLayout(self.reportsPage)
        self.reportsPageLayout.setObjectName(u"reportsPageLayout")
        self.tabs.addTab(self.reportsPage, "")
        self.standardPage = QWidget()
        self.standardPage.setObjectName(u"standardPage")
        self.standardPageLayout = QVBoxLayout(self.standardPage)
        self.standardPageLayout.setObjectName(u"standardPageLayout")
        self.tabs.addTab(self.standardPage, "")
        self.settingsPage = QWidget()
        self.settingsPage.setObjectName(u"settingsPage")
        self.settingsPageLayout = QVBoxLayout(self.settingsPage)
        self.settingsPageLayout.setObjectName(u"settingsPageLayout")
        self.tabs.addTab(self.settingsPage, "")

        self.centralLayout.addWidget(self.tabs)

        self.lockedLabel = QLabel(self.central)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setVisible(False)
        self.lockedLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lockedLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.lockedLabel)

        self.centralLayout.setStretch(1, 1)
        self.centralLayout.setStretch(2, 1)
        MainWindow.setCentralWidget(self.central)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.retranslateUi(MainWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Kampar Desk", None))
        self.officeLabel.setText(QCoreApplication.translate("MainWindow", u"DPMPTSP Kabupaten Kampar", None))
        self.serviceLabel.setText(QCoreApplication.translate("MainWindow", u"Layanan", None))
        self.officerLabel.setText(QCoreApplication.translate("MainWindow", u"Belum masuk", None))
        self.lockButton.setText(QCoreApplication.translate("MainWindow", u"Kunci", None))
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("MainWindow", u"Kunci layar (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.signOutButton.setText(QCoreApplication.translate("MainWindow", u"Keluar", None))
        self.tabs.setTabText(self.tabs.indexOf(self.homePage), QCoreApplication.translate("MainWindow", u"Beranda", None))
        self.tabs.setTabText(self.tabs.indexOf(self.intakePage), QCoreApplication.translate("MainWindow", u"Pendaftaran", None))
        self.tabs.setTabText(self.tabs.indexOf(self.verificationPage), QCoreApplication.translate("MainWindow", u"Verifikasi", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviewPage), QCoreApplication.translate("MainWindow", u"Pemeriksaan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.issuancePage), QCoreApplication.translate("MainWindow", u"Penerbitan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.trackingPage), QCoreApplication.translate("MainWindow", u"Pelacakan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.authenticityPage), QCoreApplication.translate("MainWindow", u"Cek Keaslian", None))
        self.tabs.setTabText(self.tabs.indexOf(self.skmPage), QCoreApplication.translate("MainWindow", u"SKM", None))
        self.tabs.setTabText(self.tabs.indexOf(self.complaintsPage), QCoreApplication.translate("MainWindow", u"Pengaduan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reportsPage), QCoreApplication.translate("MainWindow", u"Laporan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.standardPage), QCoreApplication.translate("MainWindow", u"Standar Pelayanan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.settingsPage), QCoreApplication.translate("MainWindow", u"Pengaturan", None))
        self.lockedLabel.setText(QCoreApplication.translate("MainWindow", u"<h2>Layar terkunci</h2>Isian yang belum disimpan tetap ada. Masuk kembali untuk melanjutkan.", None))
    # retranslateUi

