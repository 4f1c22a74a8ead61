# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_WorkshopDialog(object):
    def setupUi(self, WorkshopDialog):
        if not WorkshopDialog.objectName():
            WorkshopDialog.setObjectName(u"WorkshopDialog")
        WorkshopDialog.resize(620, 480)
        self.dialogLayout = QVBoxLayout(WorkshopDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(WorkshopDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(WorkshopDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.participantsLabel = QLabel(WorkshopDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QPlainTextEdit(WorkshopDialog)
        self.participantsEdit.setObjectName(u"participantsEdit")
        self.participantsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.agendaLabel = QLabel(WorkshopDialog)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(WorkshopDialog)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agendaEdit)

        self.notesLabel = QLabel(WorkshopDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(WorkshopDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(WorkshopDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.agendaLabel.setBuddy(self.agendaEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.participantsEdit)
        QWidget.setTabOrder(self.participantsEdit, self.agendaEdit)
        QWidget.setTabOrder(self.agendaEdit, self.notesEdit)

        self.retranslateUi(WorkshopDialog)

        QMetaObject.connectSlotsByName(WorkshopDialog)
    # setupUi

    def retranslateUi(self, WorkshopDialog):
        WorkshopDialog.setWindowTitle(QCoreApplication.translate("WorkshopDialog", u"Workshop", None))
        self.dateLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Date:", None))
        self.participantsLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Participants:", None))
        self.agendaLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Agenda:", None))
        self.notesLabel.setText(QCoreApplication.translate("WorkshopDialog", u"N&otes:", None))
    # retranslateUi

