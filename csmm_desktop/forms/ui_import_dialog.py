# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QPlainTextEdit,
    QTableWidget, QVBoxLayout)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(760, 520)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.existingLabel = QLabel(ImportDialog)
        self.existingLabel.setObjectName(u"existingLabel")
        self.existingLabel.setWordWrap(True)
        self.existingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.existingLabel)

        self.previewTable = QTableWidget(ImportDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.previewTable)

        self.problemsEdit = QPlainTextEdit(ImportDialog)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setReadOnly(True)

        self.dialogLayout.addWidget(self.problemsEdit)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import responses", None))
    # retranslateUi

