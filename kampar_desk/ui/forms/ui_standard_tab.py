# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'standard_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QPushButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_StandardTab(object):
    def setupUi(self, StandardTab):
        if not StandardTab.objectName():
            StandardTab.setObjectName(u"StandardTab")
        StandardTab.resize(1000, 600)
        self.layout = QVBoxLayout(StandardTab)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.serviceCombo = QComboBox(StandardTab)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.header.addWidget(self.serviceCombo)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.printButton = QPushButton(StandardTab)
        self.printButton.setObjectName(u"printButton")

        self.header.addWidget(self.printButton)


        self.layout.addLayout(self.header)

        self.standardView = QTextBrowser(StandardTab)
        self.standardView.setObjectName(u"standardView")
        self.standardView.setOpenExternalLinks(False)

        self.layout.addWidget(self.standardView)


        self.retranslateUi(StandardTab)

        QMetaObject.connectSlotsByName(StandardTab)
    # setupUi

    def retranslateUi(self, StandardTab):
        self.printButton.setText(QCoreApplication.translate("StandardTab", u"Cetak untuk papan pengumuman", None))
        pass
    # retranslateUi

