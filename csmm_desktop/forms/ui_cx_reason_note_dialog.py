# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_reason_note_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_CxReasonNoteDialog(object):
    def setupUi(self, CxReasonNoteDialog):
        if not CxReasonNoteDialog.objectName():
            CxReasonNoteDialog.setObjectName(u"CxReasonNoteDialog")
        CxReasonNoteDialog.resize(620, 420)
        self.dialogLayout = QVBoxLayout(CxReasonNoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.reasonLabel = QLabel(CxReasonNoteDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.reasonLabel)

        self.emotionsLabel = QLabel(CxReasonNoteDialog)
        self.emotionsLabel.setObjectName(u"emotionsLabel")
        self.emotionsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.emotionsLabel)

        self.emotionsEdit = QPlainTextEdit(CxReasonNoteDialog)
        self.emotionsEdit.setObjectName(u"emotionsEdit")
        self.emotionsEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.emotionsEdit)

        self.painLabel = QLabel(CxReasonNoteDialog)
        self.painLabel.setObjectName(u"painLabel")
        self.painLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.painLabel)

        self.painEdit = QPlainTextEdit(CxReasonNoteDialog)
        self.painEdit.setObjectName(u"painEdit")
        self.painEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.painEdit)

        self.hintLabel = QLabel(CxReasonNoteDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #5a6570;")

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(CxReasonNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.emotionsLabel.setBuddy(self.emotionsEdit)
        self.painLabel.setBuddy(self.painEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CxReasonNoteDialog)

        QMetaObject.connectSlotsByName(CxReasonNoteDialog)
    # setupUi

    def retranslateUi(self, CxReasonNoteDialog):
        CxReasonNoteDialog.setWindowTitle(QCoreApplication.translate("CxReasonNoteDialog", u"Note on a contact reason", None))
        self.emotionsLabel.setText(QCoreApplication.translate("CxReasonNoteDialog", u"&Emotions: what customers feel when they contact you for this:", None))
        self.painLabel.setText(QCoreApplication.translate("CxReasonNoteDialog", u"&Pain points: where the process hurts them:", None))
        self.hintLabel.setText(QCoreApplication.translate("CxReasonNoteDialog", u"Leave both empty to remove the note.", None))
    # retranslateUi

