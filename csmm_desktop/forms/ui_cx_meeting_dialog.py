# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CxMeetingDialog(object):
    def setupUi(self, CxMeetingDialog):
        if not CxMeetingDialog.objectName():
            CxMeetingDialog.setObjectName(u"CxMeetingDialog")
        CxMeetingDialog.resize(1040, 660)
        self.dialogLayout = QVBoxLayout(CxMeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(CxMeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(CxMeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.kindLabel = QLabel(CxMeetingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CxMeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.durationLabel = QLabel(CxMeetingDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationLayout = QHBoxLayout()
        self.durationLayout.setObjectName(u"durationLayout")
        self.durationSpin = QSpinBox(CxMeetingDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(1)
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(5)

        self.durationLayout.addWidget(self.durationSpin)

        self.durationHint = QLabel(CxMeetingDialog)
        self.durationHint.setObjectName(u"durationHint")
        self.durationHint.setWordWrap(True)
        self.durationHint.setStyleSheet(u"color: #5a6570;")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.durationHint.sizePolicy().hasHeightForWidth())
        self.durationHint.setSizePolicy(sizePolicy)

        self.durationLayout.addWidget(self.durationHint)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.durationLayout)


        self.leftColumn.addLayout(self.formLayout)

        self.attendeesLabel = QLabel(CxMeetingDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.leftColumn.addWidget(self.attendeesLabel)

        self.attendeesEdit = QPlainTextEdit(CxMeetingDialog)
        self.attendeesEdit.setObjectName(u"attendeesEdit")
        self.attendeesEdit.setTabChangesFocus(True)

        self.leftColumn.addWidget(self.attendeesEdit)

        self.decisionsLabel = QLabel(CxMeetingDialog)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.leftColumn.addWidget(self.decisionsLabel)

        self.decisionsEdit = QPlainTextEdit(CxMeetingDialog)
        self.decisionsEdit.setObjectName(u"decisionsEdit")
        self.decisionsEdit.setTabChangesFocus(True)

        self.leftColumn.addWidget(self.decisionsEdit)

        self.minutesLabel = QLabel(CxMeetingDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.leftColumn.addWidget(self.minutesLabel)

        self.minutesEdit = QPlainTextEdit(CxMeetingDialog)
        self.minutesEdit.setObjectName(u"minutesEdit")
        self.minutesEdit.setTabChangesFocus(True)

        self.leftColumn.addWidget(self.minutesEdit)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.agendaLabel = QLabel(CxMeetingDialog)
        self.agendaLabel.setObjectName(u"agendaLabel")
        self.agendaLabel.setWordWrap(True)

        self.rightColumn.addWidget(self.agendaLabel)

        self.agendaTree = QTreeWidget(CxMeetingDialog)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.agendaTree.setHeaderItem(__qtreewidgetitem)
        self.agendaTree.setObjectName(u"agendaTree")
        self.agendaTree.setHeaderHidden(True)
        self.agendaTree.setWordWrap(True)
        self.agendaTree.setUniformRowHeights(False)
        self.agendaTree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)

        self.rightColumn.addWidget(self.agendaTree)

        self.agendaButtons = QHBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.addItemButton = QPushButton(CxMeetingDialog)
        self.addItemButton.setObjectName(u"addItemButton")

        self.agendaButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(CxMeetingDialog)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.agendaButtons.addWidget(self.removeItemButton)

        self.agendaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaButtons.addItem(self.agendaSpacer)

        self.prepareButton = QPushButton(CxMeetingDialog)
        self.prepareButton.setObjectName(u"prepareButton")

        self.agendaButtons.addWidget(self.prepareButton)


        self.rightColumn.addLayout(self.agendaButtons)


        self.columns.addLayout(self.rightColumn)


        self.dialogLayout.addLayout(self.columns)

        self.errorLabel = QLabel(CxMeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CxMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.attendeesLabel.setBuddy(self.attendeesEdit)
        self.decisionsLabel.setBuddy(self.decisionsEdit)
        self.minutesLabel.setBuddy(self.minutesEdit)
        self.agendaLabel.setBuddy(self.agendaTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.attendeesEdit)
        QWidget.setTabOrder(self.attendeesEdit, self.decisionsEdit)
        QWidget.setTabOrder(self.decisionsEdit, self.minutesEdit)
        QWidget.setTabOrder(self.minutesEdit, self.agendaTree)
        QWidget.setTabOrder(self.agendaTree, self.addItemButton)
        QWidget.setTabOrder(self.addItemButton, self.removeItemButton)
        QWidget.setTabOrder(self.removeItemButton, self.prepareButton)

        self.retranslateUi(CxMeetingDialog)

        QMetaObject.connectSlotsByName(CxMeetingDialog)
    # setupUi

    def retranslateUi(self, CxMeetingDialog):
        CxMeetingDialog.setWindowTitle(QCoreApplication.translate("CxMeetingDialog", u"Board meeting", None))
        self.dateLabel.setText(QCoreApplication.translate("CxMeetingDialog", u"D&ate:", None))
        self.kindLabel.setText(QCoreApplication.translate("CxMeetingDialog", u"&Kind:", None))
        self.durationLabel.setText(QCoreApplication.translate("CxMeetingDialog", u"D&uration:", None))
        self.attendeesLabel.setText(QCoreApplication.translate("CxMeetingDialog", u"A&ttendees (one per line):", None))
        self.decisionsLabel.setText(QCoreApplication.translate("CxMeetingDialog", u"D&ecisions (one per line):", None))
        self.minutesLabel.setText(QCoreApplication.translate("CxMeetingDialog", u"&Minutes:", None))
        self.agendaLabel.setText(QCoreApplication.translate("CxMeetingDialog", u"A&genda (double-click an item to change its text):", None))
        self.addItemButton.setText(QCoreApplication.translate("CxMeetingDialog", u"Add &item", None))
        self.removeItemButton.setText(QCoreApplication.translate("CxMeetingDialog", u"&Remove item", None))
        self.prepareButton.setText(QCoreApplication.translate("CxMeetingDialog", u"&Prepare again from the data", None))
    # retranslateUi

