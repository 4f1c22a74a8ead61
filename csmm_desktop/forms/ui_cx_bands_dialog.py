# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_bands_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout)

class Ui_CxBandsDialog(object):
    def setupUi(self, CxBandsDialog):
        if not CxBandsDialog.objectName():
            CxBandsDialog.setObjectName(u"CxBandsDialog")
        CxBandsDialog.resize(480, 220)
        self.dialogLayout = QVBoxLayout(CxBandsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CxBandsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.goodLabel = QLabel(CxBandsDialog)
        self.goodLabel.setObjectName(u"goodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goodLabel)

        self.goodSpin = QDoubleSpinBox(CxBandsDialog)
        self.goodSpin.setObjectName(u"goodSpin")
        self.goodSpin.setDecimals(0)
        self.goodSpin.setMinimum(-100.000000000000000)
        self.goodSpin.setMaximum(100.000000000000000)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goodSpin)

        self.greatLabel = QLabel(CxBandsDialog)
        self.greatLabel.setObjectName(u"greatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.greatLabel)

        self.greatSpin = QDoubleSpinBox(CxBandsDialog)
        self.greatSpin.setObjectName(u"greatSpin")
        self.greatSpin.setDecimals(0)
        self.greatSpin.setMinimum(-100.000000000000000)
        self.greatSpin.setMaximum(100.000000000000000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.greatSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CxBandsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CxBandsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.goodLabel.setBuddy(self.goodSpin)
        self.greatLabel.setBuddy(self.greatSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CxBandsDialog)

        QMetaObject.connectSlotsByName(CxBandsDialog)
    # setupUi

    def retranslateUi(self, CxBandsDialog):
        CxBandsDialog.setWindowTitle(QCoreApplication.translate("CxBandsDialog", u"NPS bands", None))
        self.introLabel.setText(QCoreApplication.translate("CxBandsDialog", u"The NPS runs from \u2212100 to +100. Below \"acceptable\" it is weak; from \"strong\" on it is strong. Agree the limits with the client's management.", None))
        self.goodLabel.setText(QCoreApplication.translate("CxBandsDialog", u"&Acceptable from:", None))
        self.greatLabel.setText(QCoreApplication.translate("CxBandsDialog", u"S&trong from:", None))
    # retranslateUi

