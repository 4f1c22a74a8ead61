# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_feedback_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_CxFeedbackDialog(object):
    def setupUi(self, CxFeedbackDialog):
        if not CxFeedbackDialog.objectName():
            CxFeedbackDialog.setObjectName(u"CxFeedbackDialog")
        CxFeedbackDialog.resize(660, 520)
        self.dialogLayout = QVBoxLayout(CxFeedbackDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(CxFeedbackDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(CxFeedbackDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sourceLabel = QLabel(CxFeedbackDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(CxFeedbackDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.textLabel = QLabel(CxFeedbackDialog)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(CxFeedbackDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.textEdit)

        self.projectsLabel = QLabel(CxFeedbackDialog)
        self.projectsLabel.setObjectName(u"projectsLabel")
        self.projectsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.projectsLabel)

        self.projectList = QListWidget(CxFeedbackDialog)
        self.projectList.setObjectName(u"projectList")
        self.projectList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.projectList)

        self.errorLabel = QLabel(CxFeedbackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CxFeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.projectsLabel.setBuddy(self.projectList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CxFeedbackDialog)

        QMetaObject.connectSlotsByName(CxFeedbackDialog)
    # setupUi

    def retranslateUi(self, CxFeedbackDialog):
        CxFeedbackDialog.setWindowTitle(QCoreApplication.translate("CxFeedbackDialog", u"Feedback", None))
        self.dateLabel.setText(QCoreApplication.translate("CxFeedbackDialog", u"D&ate:", None))
        self.sourceLabel.setText(QCoreApplication.translate("CxFeedbackDialog", u"&Source:", None))
        self.textLabel.setText(QCoreApplication.translate("CxFeedbackDialog", u"&What the customer (or mystery shopper, or employee) said:", None))
        self.projectsLabel.setText(QCoreApplication.translate("CxFeedbackDialog", u"&Linked CX projects (tick the ones this feedback feeds):", None))
    # retranslateUi

