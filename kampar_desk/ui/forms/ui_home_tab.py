# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from kampar_desk.ui.charts import (BarChart, ColumnChart)

class Ui_HomeTab(object):
    def setupUi(self, HomeTab):
        if not HomeTab.objectName():
            HomeTab.setObjectName(u"HomeTab")
        HomeTab.resize(1340, 600)
        self.layout = QVBoxLayout(HomeTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.greetingLabel = QLabel(HomeTab)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setWordWrap(True)

        self.headerRow.addWidget(self.greetingLabel)

        self.refreshButton = QPushButton(HomeTab)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.headerRow.addWidget(self.refreshButton)

        self.headerRow.setStretch(0, 1)

        self.layout.addLayout(self.headerRow)

        self.cardsRow = QHBoxLayout()
        self.cardsRow.setObjectName(u"cardsRow")
        self.queueCard = QLabel(HomeTab)
        self.queueCard.setObjectName(u"queueCard")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.queueCard.sizePolicy().hasHeightForWidth())
        self.queueCard.setSizePolicy(sizePolicy)
        self.queueCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.queueCard.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queueCard.setMargin(4)

        self.cardsRow.addWidget(self.queueCard)

        self.dueTodayCard = QLabel(HomeTab)
        self.dueTodayCard.setObjectName(u"dueTodayCard")
        sizePolicy.setHeightForWidth(self.dueTodayCard.sizePolicy().hasHeightForWidth())
        self.dueTodayCard.setSizePolicy(sizePolicy)
        self.dueTodayCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.dueTodayCard.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dueTodayCard.setMargin(4)

        self.cardsRow.addWidget(self.dueTodayCard)

        self.overdueCard = QLabel(HomeTab)
        self.overdueCard.setObjectName(u"overdueCard")
        sizePolicy.setHeightForWidth(self.overdueCard.sizePolicy().hasHeightForWidth())
        self.overdueCard.setSizePolicy(sizePolicy)
        self.overdueCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueCard.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overdueCard.setMargin(4)

        self.cardsRow.addWidget(self.overdueCard)

        self.openCard = QLabel(HomeTab)
        self.openCard.setObjectName(u"openCard")
        sizePolicy.setHeightForWidth(self.openCard.sizePolicy().hasHeightForWidth())
        self.openCard.setSizePolicy(sizePolicy)
        self.openCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.openCard.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.openCard.setMargin(4)

        self.cardsRow.addWidget(self.openCard)


        self.layout.addLayout(self.cardsRow)

        self.splitter = QSplitter(HomeTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listsPanel = QWidget(self.splitter)
        self.listsPanel.setObjectName(u"listsPanel")
        self.listsLayout = QVBoxLayout(self.listsPanel)
        self.listsLayout.setObjectName(u"listsLayout")
        self.listsLayout.setContentsMargins(0, 0, 0, 0)
        self.queueLabel = QLabel(self.listsPanel)
        self.queueLabel.setObjectName(u"queueLabel")
        self.queueLabel.setWordWrap(True)

        self.listsLayout.addWidget(self.queueLabel)

        self.queueView = QTableView(self.listsPanel)
        self.queueView.setObjectName(u"queueView")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.queueView.sizePolicy().hasHeightForWidth())
        self.queueView.setSizePolicy(sizePolicy1)
        self.queueView.setMinimumSize(QSize(0, 90))
        self.queueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueView.setAlternatingRowColors(True)
        self.queueView.horizontalHeader().setStretchLastSection(True)
        self.queueView.verticalHeader().setVisible(False)

        self.listsLayout.addWidget(self.queueView)

        self.urgentLabel = QLabel(self.listsPanel)
        self.urgentLabel.setObjectName(u"urgentLabel")
        self.urgentLabel.setWordWrap(True)

        self.listsLayout.addWidget(self.urgentLabel)

        self.urgentView = QTableView(self.listsPanel)
        self.urgentView.setObjectName(u"urgentView")
        sizePolicy1.setHeightForWidth(self.urgentView.sizePolicy().hasHeightForWidth())
        self.urgentView.setSizePolicy(sizePolicy1)
        self.urgentView.setMinimumSize(QSize(0, 90))
        self.urgentView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.urgentView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.urgentView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.urgentView.setAlternatingRowColors(True)
        self.urgentView.horizontalHeader().setStretchLastSection(True)
        self.urgentView.verticalHeader().setVisible(False)

        self.listsLayout.addWidget(self.urgentView)

        self.listsLayout.setStretch(1, 3)
        self.listsLayout.setStretch(3, 2)
        self.splitter.addWidget(self.listsPanel)
        self.chartsPanel = QWidget(self.splitter)
        self.chartsPanel.setObjectName(u"chartsPanel")
        self.chartsLayout = QVBoxLayout(self.chartsPanel)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.statusChartLabel = QLabel(self.chartsPanel)
        self.statusChartLabel.setObjectName(u"statusChartLabel")

        self.chartsLayout.addWidget(self.statusChartLabel)

        self.statusChart = BarChart(self.chartsPanel)
        self.statusChart.setObjectName(u"statusChart")

        self.chartsLayout.addWidget(self.statusChart)

        self.intakeChartLabel = QLabel(self.chartsPanel)
        self.intakeChartLabel.setObjectName(u"intakeChartLabel")

        self.chartsLayout.addWidget(self.intakeChartLabel)

        self.intakeChart = ColumnChart(self.chartsPanel)
        self.intakeChart.setObjectName(u"intakeChart")

        self.chartsLayout.addWidget(self.intakeChart)

        self.chartsLayout.setStretch(1, 1)
        self.chartsLayout.setStretch(3, 1)
        self.splitter.addWidget(self.chartsPanel)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)

        self.retranslateUi(HomeTab)

        QMetaObject.connectSlotsByName(HomeTab)
    # setupUi

    def retranslateUi(self, HomeTab):
        self.greetingLabel.setText(QCoreApplication.translate("HomeTab", u"Beranda", None))
        self.refreshButton.setText(QCoreApplication.translate("HomeTab", u"&Muat ulang", None))
        self.queueCard.setText(QCoreApplication.translate("HomeTab", u"-", None))
        self.dueTodayCard.setText(QCoreApplication.translate("HomeTab", u"-", None))
        self.overdueCard.setText(QCoreApplication.translate("HomeTab", u"-", None))
        self.openCard.setText(QCoreApplication.translate("HomeTab", u"-", None))
        self.queueLabel.setText(QCoreApplication.translate("HomeTab", u"Antrian Anda", None))
#if QT_CONFIG(tooltip)
        self.queueView.setToolTip(QCoreApplication.translate("HomeTab", u"Klik dua kali (atau Enter) untuk membuka berkas di tahapnya.", None))
#endif // QT_CONFIG(tooltip)
        self.urgentLabel.setText(QCoreApplication.translate("HomeTab", u"Terlambat dan jatuh tempo hari ini", None))
#if QT_CONFIG(tooltip)
        self.urgentView.setToolTip(QCoreApplication.translate("HomeTab", u"Klik dua kali (atau Enter) untuk membuka berkas di tahapnya.", None))
#endif // QT_CONFIG(tooltip)
        self.statusChartLabel.setText(QCoreApplication.translate("HomeTab", u"<b>Berkas per status</b> (seluruh kantor)", None))
        self.intakeChartLabel.setText(QCoreApplication.translate("HomeTab", u"<b>Pendaftaran</b> 10 hari kerja terakhir", None))
        pass
    # retranslateUi

