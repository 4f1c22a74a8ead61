# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'snapshot_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_SnapshotDialog(object):
    def setupUi(self, SnapshotDialog):
        if not SnapshotDialog.objectName():
            SnapshotDialog.setObjectName(u"SnapshotDialog")
        SnapshotDialog.resize(480, 340)
        self.dialogLayout = QVBoxLayout(SnapshotDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.stageLabel = QLabel(SnapshotDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(SnapshotDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.dateLabel = QLabel(SnapshotDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SnapshotDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.consultantLabel = QLabel(SnapshotDialog)
        self.consultantLabel.setObjectName(u"consultantLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consultantLabel)

        self.consultantEdit = QLineEdit(SnapshotDialog)
        self.consultantEdit.setObjectName(u"consultantEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consultantEdit)

        self.notesLabel = QLabel(SnapshotDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(SnapshotDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SnapshotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.consultantLabel.setBuddy(self.consultantEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SnapshotDialog)

        QMetaObject.connectSlotsByName(SnapshotDialog)
    # setupUi

    def retranslateUi(self, SnapshotDialog):
        SnapshotDialog.setWindowTitle(QCoreApplication.translate("SnapshotDialog", u"Snapshot", None))
        self.stageLabel.setText(QCoreApplication.translate("SnapshotDialog", u"&Stage:", None))
        self.dateLabel.setText(QCoreApplication.translate("SnapshotDialog", u"&Date:", None))
        self.consultantLabel.setText(QCoreApplication.translate("SnapshotDialog", u"&Consultant:", None))
        self.notesLabel.setText(QCoreApplication.translate("SnapshotDialog", u"N&otes:", None))
    # retranslateUi

