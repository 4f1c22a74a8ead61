# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings_close_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_FindingsCloseDialog(object):
    def setupUi(self, FindingsCloseDialog):
        if not FindingsCloseDialog.objectName():
            FindingsCloseDialog.setObjectName(u"FindingsCloseDialog")
        FindingsCloseDialog.resize(560, 320)
        self.dialogLayout = QVBoxLayout(FindingsCloseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.findingLabel = QLabel(FindingsCloseDialog)
        self.findingLabel.setObjectName(u"findingLabel")
        self.findingLabel.setWordWrap(True)
        self.findingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.findingLabel)

        self.noteLabel = QLabel(FindingsCloseDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(FindingsCloseDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.noteEdit)

        self.buttonBox = QDialogButtonBox(FindingsCloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingsCloseDialog)

        QMetaObject.connectSlotsByName(FindingsCloseDialog)
    # setupUi

    def retranslateUi(self, FindingsCloseDialog):
        FindingsCloseDialog.setWindowTitle(QCoreApplication.translate("FindingsCloseDialog", u"Mark resolved", None))
        self.noteLabel.setText(QCoreApplication.translate("FindingsCloseDialog", u"&Note:", None))
    # retranslateUi

