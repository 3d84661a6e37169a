# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'skm_paper_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SkmPaperDialog(object):
    def setupUi(self, SkmPaperDialog):
        if not SkmPaperDialog.objectName():
            SkmPaperDialog.setObjectName(u"SkmPaperDialog")
        SkmPaperDialog.resize(760, 640)
        self.layout = QVBoxLayout(SkmPaperDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SkmPaperDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.answersGrid = QGridLayout()
        self.answersGrid.setObjectName(u"answersGrid")
        self.u1Label = QLabel(SkmPaperDialog)
        self.u1Label.setObjectName(u"u1Label")
        self.u1Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u1Label, 0, 0, 1, 1)

        self.u1Combo = QComboBox(SkmPaperDialog)
        self.u1Combo.setObjectName(u"u1Combo")

        self.answersGrid.addWidget(self.u1Combo, 0, 1, 1, 1)

        self.u2Label = QLabel(SkmPaperDialog)
        self.u2Label.setObjectName(u"u2Label")
        self.u2Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u2Label, 1, 0, 1, 1)

        self.u2Combo = QComboBox(SkmPaperDialog)
        self.u2Combo.setObjectName(u"u2Combo")

        self.answersGrid.addWidget(self.u2Combo, 1, 1, 1, 1)

        self.u3Label = QLabel(SkmPaperDialog)
        self.u3Label.setObjectName(u"u3Label")
        self.u3Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u3Label, 2, 0, 1, 1)

        self.u3Combo = QComboBox(SkmPaperDialog)
        self.u3Combo.setObjectName(u"u3Combo")

        self.answersGrid.addWidget(self.u3Combo, 2, 1, 1, 1)

        self.u4Label = QLabel(SkmPaperDialog)
        self.u4Label.setObjectName(u"u4Label")
        self.u4Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u4Label, 3, 0, 1, 1)

        self.u4Combo = QComboBox(SkmPaperDialog)
        self.u4Combo.setObjectName(u"u4Combo")

        self.answersGrid.addWidget(self.u4Combo, 3, 1, 1, 1)

        self.u5Label = QLabel(SkmPaperDialog)
        self.u5Label.setObjectName(u"u5Label")
        self.u5Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u5Label, 4, 0, 1, 1)

        self.u5Combo = QComboBox(SkmPaperDialog)
        self.u5Combo.setObjectName(u"u5Combo")

        self.answersGrid.addWidget(self.u5Combo, 4, 1, 1, 1)

        self.u6Label = QLabel(SkmPaperDialog)
        self.u6Label.setObjectName(u"u6Label")
        self.u6Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u6Label, 5, 0, 1, 1)

        self.u6Combo = QComboBox(SkmPaperDialog)
        self.u6Combo.setObjectName(u"u6Combo")

        self.answersGrid.addWidget(self.u6Combo, 5, 1, 1, 1)

        self.u7Label = QLabel(SkmPaperDialog)
        self.u7Label.setObjectName(u"u7Label")
        self.u7Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u7Label, 6, 0, 1, 1)

        self.u7Combo = QComboBox(SkmPaperDialog)
        self.u7Combo.setObjectName(u"u7Combo")

        self.answersGrid.addWidget(self.u7Combo, 6, 1, 1, 1)

        self.u8Label = QLabel(SkmPaperDialog)
        self.u8Label.setObjectName(u"u8Label")
        self.u8Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u8Label, 7, 0, 1, 1)

        self.u8Combo = QComboBox(SkmPaperDialog)
        self.u8Combo.setObjectName(u"u8Combo")

        self.answersGrid.addWidget(self.u8Combo, 7, 1, 1, 1)

        self.u9Label = QLabel(SkmPaperDialog)
        self.u9Label.setObjectName(u"u9Label")
        self.u9Label.setWordWrap(True)

        self.answersGrid.addWidget(self.u9Label, 8, 0, 1, 1)

        self.u9Combo = QComboBox(SkmPaperDialog)
        self.u9Combo.setObjectName(u"u9Combo")

        self.answersGrid.addWidget(self.u9Combo, 8, 1, 1, 1)


        self.layout.addLayout(self.answersGrid)

        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.ageLabel = QLabel(SkmPaperDialog)
        self.ageLabel.setObjectName(u"ageLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageSpin = QSpinBox(SkmPaperDialog)
        self.ageSpin.setObjectName(u"ageSpin")
        self.ageSpin.setMaximum(100)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ageSpin)

        self.sexLabel = QLabel(SkmPaperDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(SkmPaperDialog)
        self.sexCombo.setObjectName(u"sexCombo")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.educationLabel = QLabel(SkmPaperDialog)
        self.educationLabel.setObjectName(u"educationLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationCombo = QComboBox(SkmPaperDialog)
        self.educationCombo.setObjectName(u"educationCombo")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.occupationLabel = QLabel(SkmPaperDialog)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupationCombo = QComboBox(SkmPaperDialog)
        self.occupationCombo.setObjectName(u"occupationCombo")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.occupationCombo)

        self.disabilityLabel = QLabel(SkmPaperDialog)
        self.disabilityLabel.setObjectName(u"disabilityLabel")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.disabilityLabel)

        self.disabilityEdit = QLineEdit(SkmPaperDialog)
        self.disabilityEdit.setObjectName(u"disabilityEdit")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.disabilityEdit)

        self.suggestionLabel = QLabel(SkmPaperDialog)
        self.suggestionLabel.setObjectName(u"suggestionLabel")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.suggestionLabel)

        self.suggestionEdit = QPlainTextEdit(SkmPaperDialog)
        self.suggestionEdit.setObjectName(u"suggestionEdit")
        self.suggestionEdit.setMaximumSize(QSize(16777215, 70))

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.suggestionEdit)


        self.layout.addLayout(self.profileForm)

        self.errorLabel = QLabel(SkmPaperDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SkmPaperDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(SkmPaperDialog)

        QMetaObject.connectSlotsByName(SkmPaperDialog)
    # setupUi

    def retranslateUi(self, SkmPaperDialog):
        SkmPaperDialog.setWindowTitle(QCoreApplication.translate("SkmPaperDialog", u"Entri kuesioner SKM kertas", None))
        self.introLabel.setText(QCoreApplication.translate("SkmPaperDialog", u"Salin jawaban dari lembar kuesioner. Pertanyaan yang tidak dijawab biarkan '-'.", None))
        self.u1Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U1", None))
        self.u2Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U2", None))
        self.u3Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U3", None))
        self.u4Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U4", None))
        self.u5Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U5", None))
        self.u6Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U6", None))
        self.u7Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U7", None))
        self.u8Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U8", None))
        self.u9Label.setText(QCoreApplication.translate("SkmPaperDialog", u"U9", None))
        self.ageLabel.setText(QCoreApplication.translate("SkmPaperDialog", u"Umur", None))
        self.ageSpin.setSpecialValueText(QCoreApplication.translate("SkmPaperDialog", u"-", None))
        self.sexLabel.setText(QCoreApplication.translate("SkmPaperDialog", u"Jenis kelamin", None))
        self.educationLabel.setText(QCoreApplication.translate("SkmPaperDialog", u"Pendidikan", None))
        self.occupationLabel.setText(QCoreApplication.translate("SkmPaperDialog", u"Pekerjaan", None))
        self.disabilityLabel.setText(QCoreApplication.translate("SkmPaperDialog", u"Disabilitas", None))
        self.suggestionLabel.setText(QCoreApplication.translate("SkmPaperDialog", u"Saran", None))
        self.errorLabel.setText("")
    # retranslateUi

