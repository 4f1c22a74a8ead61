# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'respondent_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_RespondentDialog(object):
    def setupUi(self, RespondentDialog):
        if not RespondentDialog.objectName():
            RespondentDialog.setObjectName(u"RespondentDialog")
        RespondentDialog.resize(440, 220)
        self.dialogLayout = QVBoxLayout(RespondentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.roleLabel = QLabel(RespondentDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(RespondentDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.nameLabel = QLabel(RespondentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(RespondentDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.codeLabel = QLabel(RespondentDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(RespondentDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(RespondentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RespondentDialog)

        QMetaObject.connectSlotsByName(RespondentDialog)
    # setupUi

    def retranslateUi(self, RespondentDialog):
        RespondentDialog.setWindowTitle(QCoreApplication.translate("RespondentDialog", u"Respondent", None))
        self.roleLabel.setText(QCoreApplication.translate("RespondentDialog", u"&Answers as:", None))
        self.nameLabel.setText(QCoreApplication.translate("RespondentDialog", u"&Name (optional):", None))
        self.codeLabel.setText(QCoreApplication.translate("RespondentDialog", u"Anonymous &code:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("RespondentDialog", u"given automatically if left empty", None))
    # retranslateUi

