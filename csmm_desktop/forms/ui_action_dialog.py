# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(ActionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(ActionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ActionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.ownerLabel = QLabel(ActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(ActionDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueCheck = QCheckBox(ActionDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueEdit = QDateEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.statusLabel = QLabel(ActionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ActionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.cycleLabel = QLabel(ActionDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleSpin = QSpinBox(ActionDialog)
        self.cycleSpin.setObjectName(u"cycleSpin")
        self.cycleSpin.setMinimum(1)
        self.cycleSpin.setMaximum(99)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cycleSpin)

        self.topicLabel = QLabel(ActionDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(ActionDialog)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topicCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.problemLabel = QLabel(ActionDialog)
        self.problemLabel.setObjectName(u"problemLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.problemLabel)

        self.problemCombo = QComboBox(ActionDialog)
        self.problemCombo.setObjectName(u"problemCombo")
        self.problemCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.problemCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.problemCombo)

        self.kpiLabel = QLabel(ActionDialog)
        self.kpiLabel.setObjectName(u"kpiLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.kpiLabel)

        self.kpiCombo = QComboBox(ActionDialog)
        self.kpiCombo.setObjectName(u"kpiCombo")
        self.kpiCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kpiCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.kpiCombo)

        self.feedbackLabel = QLabel(ActionDialog)
        self.feedbackLabel.setObjectName(u"feedbackLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.feedbackLabel)

        self.feedbackEdit = QPlainTextEdit(ActionDialog)
        self.feedbackEdit.setObjectName(u"feedbackEdit")
        self.feedbackEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.feedbackEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.cycleLabel.setBuddy(self.cycleSpin)
        self.topicLabel.setBuddy(self.topicCombo)
        self.problemLabel.setBuddy(self.problemCombo)
        self.kpiLabel.setBuddy(self.kpiCombo)
        self.feedbackLabel.setBuddy(self.feedbackEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.cycleSpin)
        QWidget.setTabOrder(self.cycleSpin, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.problemCombo)
        QWidget.setTabOrder(self.problemCombo, self.kpiCombo)
        QWidget.setTabOrder(self.kpiCombo, self.feedbackEdit)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Action", None))
        self.titleLabel.setText(QCoreApplication.translate("ActionDialog", u"&Title:", None))
        self.ownerLabel.setText(QCoreApplication.translate("ActionDialog", u"&Owner:", None))
        self.dueCheck.setText(QCoreApplication.translate("ActionDialog", u"D&ue date:", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionDialog", u"&Status:", None))
        self.cycleLabel.setText(QCoreApplication.translate("ActionDialog", u"3-month c&ycle:", None))
        self.topicLabel.setText(QCoreApplication.translate("ActionDialog", u"To&pic:", None))
        self.problemLabel.setText(QCoreApplication.translate("ActionDialog", u"Pro&blem:", None))
        self.kpiLabel.setText(QCoreApplication.translate("ActionDialog", u"&KPI:", None))
        self.feedbackLabel.setText(QCoreApplication.translate("ActionDialog", u"&Feedback / reason for the change:", None))
        self.feedbackEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"What the client said, or why the plan changes. Saved in the action's history.", None))
    # retranslateUi

