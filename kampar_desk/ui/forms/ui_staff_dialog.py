# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(440, 400)
        self.layout = QVBoxLayout(StaffDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(StaffDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(StaffDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(StaffDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(StaffDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.nipLabel = QLabel(StaffDialog)
        self.nipLabel.setObjectName(u"nipLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEdit = QLineEdit(StaffDialog)
        self.nipEdit.setObjectName(u"nipEdit")
        self.nipEdit.setMaxLength(30)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nipEdit)

        self.passwordLabel = QLabel(StaffDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(StaffDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.layout.addLayout(self.form)

        self.rolesBox = QGroupBox(StaffDialog)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QVBoxLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.frontOfficeCheck = QCheckBox(self.rolesBox)
        self.frontOfficeCheck.setObjectName(u"frontOfficeCheck")

        self.rolesLayout.addWidget(self.frontOfficeCheck)

        self.verifierCheck = QCheckBox(self.rolesBox)
        self.verifierCheck.setObjectName(u"verifierCheck")

        self.rolesLayout.addWidget(self.verifierCheck)

        self.signingOfficialCheck = QCheckBox(self.rolesBox)
        self.signingOfficialCheck.setObjectName(u"signingOfficialCheck")

        self.rolesLayout.addWidget(self.signingOfficialCheck)

        self.handoverOfficerCheck = QCheckBox(self.rolesBox)
        self.handoverOfficerCheck.setObjectName(u"handoverOfficerCheck")

        self.rolesLayout.addWidget(self.handoverOfficerCheck)

        self.adminCheck = QCheckBox(self.rolesBox)
        self.adminCheck.setObjectName(u"adminCheck")

        self.rolesLayout.addWidget(self.adminCheck)


        self.layout.addWidget(self.rolesBox)

        self.activeCheck = QCheckBox(StaffDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.layout.addWidget(self.activeCheck)

        self.errorLabel = QLabel(StaffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.nipLabel.setBuddy(self.nipEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Akun petugas", None))
        self.usernameLabel.setText(QCoreApplication.translate("StaffDialog", u"Nama pengguna", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"contoh fo.siti", None))
        self.fullNameLabel.setText(QCoreApplication.translate("StaffDialog", u"Nama lengkap", None))
        self.nipLabel.setText(QCoreApplication.translate("StaffDialog", u"NIP", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"boleh kosong untuk non-ASN", None))
        self.passwordLabel.setText(QCoreApplication.translate("StaffDialog", u"Kata sandi", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"paling sedikit 8 karakter", None))
        self.rolesBox.setTitle(QCoreApplication.translate("StaffDialog", u"Peran", None))
        self.frontOfficeCheck.setText(QCoreApplication.translate("StaffDialog", u"Petugas Front Office", None))
        self.verifierCheck.setText(QCoreApplication.translate("StaffDialog", u"Verifikator", None))
        self.signingOfficialCheck.setText(QCoreApplication.translate("StaffDialog", u"Pejabat Penandatangan", None))
        self.handoverOfficerCheck.setText(QCoreApplication.translate("StaffDialog", u"Petugas Penyerahan", None))
        self.adminCheck.setText(QCoreApplication.translate("StaffDialog", u"Administrator", None))
        self.activeCheck.setText(QCoreApplication.translate("StaffDialog", u"Akun aktif (boleh masuk)", None))
        self.errorLabel.setText("")
    # retranslateUi

