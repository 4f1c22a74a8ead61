# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_nps_counts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_CxNpsCountsDialog(object):
    def setupUi(self, CxNpsCountsDialog):
        if not CxNpsCountsDialog.objectName():
            CxNpsCountsDialog.setObjectName(u"CxNpsCountsDialog")
        CxNpsCountsDialog.resize(720, 380)
        self.dialogLayout = QVBoxLayout(CxNpsCountsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.monthLabel = QLabel(CxNpsCountsDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthEdit = QDateEdit(CxNpsCountsDialog)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setCalendarPopup(False)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monthEdit)

        self.notesLabel = QLabel(CxNpsCountsDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(CxNpsCountsDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.scoresBox = QGroupBox(CxNpsCountsDialog)
        self.scoresBox.setObjectName(u"scoresBox")
        self.scoresGrid = QGridLayout(self.scoresBox)
        self.scoresGrid.setObjectName(u"scoresGrid")

        self.dialogLayout.addWidget(self.scoresBox)

        self.summaryLabel = QLabel(CxNpsCountsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(CxNpsCountsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CxNpsCountsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CxNpsCountsDialog)

        QMetaObject.connectSlotsByName(CxNpsCountsDialog)
    # setupUi

    def retranslateUi(self, CxNpsCountsDialog):
        CxNpsCountsDialog.setWindowTitle(QCoreApplication.translate("CxNpsCountsDialog", u"Survey counts", None))
        self.monthLabel.setText(QCoreApplication.translate("CxNpsCountsDialog", u"&Month:", None))
        self.notesLabel.setText(QCoreApplication.translate("CxNpsCountsDialog", u"N&otes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CxNpsCountsDialog", u"Where the answers come from, e.g. the monthly SMS survey", None))
        self.scoresBox.setTitle(QCoreApplication.translate("CxNpsCountsDialog", u"How many customers answered each score (0 = not at all likely to recommend, 10 = extremely likely)", None))
    # retranslateUi

