# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(560, 440)
        self.layout = QVBoxLayout(ComplaintDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.channelLabel = QLabel(ComplaintDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(ComplaintDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.complainantLabel = QLabel(ComplaintDialog)
        self.complainantLabel.setObjectName(u"complainantLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.complainantLabel)

        self.complainantEdit = QLineEdit(ComplaintDialog)
        self.complainantEdit.setObjectName(u"complainantEdit")
        self.complainantEdit.setMaxLength(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.complainantEdit)

        self.contactLabel = QLabel(ComplaintDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(ComplaintDialog)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.subjectLabel = QLabel(ComplaintDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(ComplaintDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.descriptionLabel = QLabel(ComplaintDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ComplaintDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.applicationLabel = QLabel(ComplaintDialog)
        self.applicationLabel.setObjectName(u"applicationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.applicationLabel)

        self.applicationEdit = QLineEdit(ComplaintDialog)
        self.applicationEdit.setObjectName(u"applicationEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.applicationEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(ComplaintDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ComplaintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Catat pengaduan", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Saluran", None))
        self.complainantLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Nama pelapor", None))
        self.complainantEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"boleh kosong (tanpa nama)", None))
        self.contactLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Kontak", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"telepon / e-mail", None))
        self.subjectLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Pokok", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Uraian", None))
        self.applicationLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Nomor berkas", None))
        self.applicationEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"bila menyangkut berkas tertentu", None))
        self.errorLabel.setText("")
    # retranslateUi

