# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(560, 260)
        self.dialogLayout = QVBoxLayout(ReportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(ReportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.langLabel = QLabel(ReportDialog)
        self.langLabel.setObjectName(u"langLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.langLabel)

        self.langCombo = QComboBox(ReportDialog)
        self.langCombo.setObjectName(u"langCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.langCombo)

        self.pageLabel = QLabel(ReportDialog)
        self.pageLabel.setObjectName(u"pageLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pageLabel)

        self.pageCombo = QComboBox(ReportDialog)
        self.pageCombo.setObjectName(u"pageCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pageCombo)

        self.fileLabel = QLabel(ReportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ReportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ReportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(ReportDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.langLabel.setBuddy(self.langCombo)
        self.pageLabel.setBuddy(self.pageCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportDialog)

        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Export PDF report", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportDialog", u"&Report:", None))
        self.langLabel.setText(QCoreApplication.translate("ReportDialog", u"&Language of the report:", None))
        self.pageLabel.setText(QCoreApplication.translate("ReportDialog", u"&Paper:", None))
        self.fileLabel.setText(QCoreApplication.translate("ReportDialog", u"&Save as:", None))
        self.browseButton.setText(QCoreApplication.translate("ReportDialog", u"&Browse\u2026", None))
    # retranslateUi

