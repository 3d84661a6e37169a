# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_QueueTab(object):
    def setupUi(self, QueueTab):
        if not QueueTab.objectName():
            QueueTab.setObjectName(u"QueueTab")
        QueueTab.resize(1000, 600)
        self.layout = QVBoxLayout(QueueTab)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.titleLabel = QLabel(QueueTab)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.header.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.refreshButton = QPushButton(QueueTab)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.header.addWidget(self.refreshButton)

        self.header.setStretch(0, 1)

        self.layout.addLayout(self.header)

        self.queueView = QTableView(QueueTab)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueView.setAlternatingRowColors(True)
        self.queueView.horizontalHeader().setStretchLastSection(True)
        self.queueView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.queueView)

        self.noteLabel = QLabel(QueueTab)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.layout.setStretch(1, 1)

        self.retranslateUi(QueueTab)

        QMetaObject.connectSlotsByName(QueueTab)
    # setupUi

    def retranslateUi(self, QueueTab):
        self.titleLabel.setText(QCoreApplication.translate("QueueTab", u"Antrian", None))
        self.refreshButton.setText(QCoreApplication.translate("QueueTab", u"&Muat ulang", None))
        self.noteLabel.setText("")
        pass
    # retranslateUi

