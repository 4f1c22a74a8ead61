# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout)

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        ClientDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(ClientDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ClientDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ClientDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sectorLabel = QLabel(ClientDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorEdit = QLineEdit(ClientDialog)
        self.sectorEdit.setObjectName(u"sectorEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectorEdit)

        self.contactsLabel = QLabel(ClientDialog)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactsLabel)

        self.contactsEdit = QPlainTextEdit(ClientDialog)
        self.contactsEdit.setObjectName(u"contactsEdit")
        self.contactsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactsEdit)

        self.notesLabel = QLabel(ClientDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ClientDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ClientDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ClientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sectorLabel.setBuddy(self.sectorEdit)
        self.contactsLabel.setBuddy(self.contactsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientDialog)

        QMetaObject.connectSlotsByName(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"Client", None))
        self.nameLabel.setText(QCoreApplication.translate("ClientDialog", u"&Organisation name:", None))
        self.sectorLabel.setText(QCoreApplication.translate("ClientDialog", u"&Sector:", None))
        self.contactsLabel.setText(QCoreApplication.translate("ClientDialog", u"&Contacts:", None))
        self.notesLabel.setText(QCoreApplication.translate("ClientDialog", u"N&otes:", None))
    # retranslateUi

