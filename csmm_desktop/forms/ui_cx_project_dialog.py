# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_project_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_CxProjectDialog(object):
    def setupUi(self, CxProjectDialog):
        if not CxProjectDialog.objectName():
            CxProjectDialog.setObjectName(u"CxProjectDialog")
        CxProjectDialog.resize(980, 620)
        self.dialogLayout = QVBoxLayout(CxProjectDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CxProjectDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(CxProjectDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CxProjectDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.sourceLabel = QLabel(CxProjectDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(CxProjectDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.statusLabel = QLabel(CxProjectDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(CxProjectDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.priorityLabel = QLabel(CxProjectDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(CxProjectDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.ownerLabel = QLabel(CxProjectDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(CxProjectDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(200)

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueCheck = QCheckBox(CxProjectDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueEdit = QDateEdit(CxProjectDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.topicLabel = QLabel(CxProjectDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(CxProjectDialog)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topicCombo.setMinimumContentsLength(24)

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.kpiLabel = QLabel(CxProjectDialog)
        self.kpiLabel.setObjectName(u"kpiLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.kpiLabel)

        self.kpiCombo = QComboBox(CxProjectDialog)
        self.kpiCombo.setObjectName(u"kpiCombo")
        self.kpiCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kpiCombo.setMinimumContentsLength(24)

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.kpiCombo)

        self.meetingLabel = QLabel(CxProjectDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(CxProjectDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meetingCombo.setMinimumContentsLength(24)

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.meetingCombo)


        self.columns.addLayout(self.leftForm)

        self.textGrid = QGridLayout()
        self.textGrid.setObjectName(u"textGrid")
        self.descriptionLabel = QLabel(CxProjectDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.textGrid.addWidget(self.descriptionLabel, 0, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(CxProjectDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.textGrid.addWidget(self.descriptionEdit, 1, 0, 1, 1)

        self.scopeLabel = QLabel(CxProjectDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.textGrid.addWidget(self.scopeLabel, 0, 1, 1, 1)

        self.scopeEdit = QPlainTextEdit(CxProjectDialog)
        self.scopeEdit.setObjectName(u"scopeEdit")
        self.scopeEdit.setTabChangesFocus(True)

        self.textGrid.addWidget(self.scopeEdit, 1, 1, 1, 1)

        self.solutionLabel = QLabel(CxProjectDialog)
        self.solutionLabel.setObjectName(u"solutionLabel")

        self.textGrid.addWidget(self.solutionLabel, 2, 0, 1, 1)

        self.solutionEdit = QPlainTextEdit(CxProjectDialog)
        self.solutionEdit.setObjectName(u"solutionEdit")
        self.solutionEdit.setTabChangesFocus(True)

        self.textGrid.addWidget(self.solutionEdit, 3, 0, 1, 1)

        self.nextStepsLabel = QLabel(CxProjectDialog)
        self.nextStepsLabel.setObjectName(u"nextStepsLabel")

        self.textGrid.addWidget(self.nextStepsLabel, 2, 1, 1, 1)

        self.nextStepsEdit = QPlainTextEdit(CxProjectDialog)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)

        self.textGrid.addWidget(self.nextStepsEdit, 3, 1, 1, 1)


        self.columns.addLayout(self.textGrid)


        self.dialogLayout.addLayout(self.columns)

        self.noteLabel = QLabel(CxProjectDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(CxProjectDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.dialogLayout.addWidget(self.noteEdit)

        self.errorLabel = QLabel(CxProjectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CxProjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.topicLabel.setBuddy(self.topicCombo)
        self.kpiLabel.setBuddy(self.kpiCombo)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.scopeLabel.setBuddy(self.scopeEdit)
        self.solutionLabel.setBuddy(self.solutionEdit)
        self.nextStepsLabel.setBuddy(self.nextStepsEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.kpiCombo)
        QWidget.setTabOrder(self.kpiCombo, self.meetingCombo)
        QWidget.setTabOrder(self.meetingCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.scopeEdit)
        QWidget.setTabOrder(self.scopeEdit, self.solutionEdit)
        QWidget.setTabOrder(self.solutionEdit, self.nextStepsEdit)
        QWidget.setTabOrder(self.nextStepsEdit, self.noteEdit)

        self.retranslateUi(CxProjectDialog)

        QMetaObject.connectSlotsByName(CxProjectDialog)
    # setupUi

    def retranslateUi(self, CxProjectDialog):
        CxProjectDialog.setWindowTitle(QCoreApplication.translate("CxProjectDialog", u"CX project", None))
        self.titleLabel.setText(QCoreApplication.translate("CxProjectDialog", u"&Title:", None))
        self.sourceLabel.setText(QCoreApplication.translate("CxProjectDialog", u"&Source:", None))
        self.statusLabel.setText(QCoreApplication.translate("CxProjectDialog", u"Stat&us:", None))
        self.priorityLabel.setText(QCoreApplication.translate("CxProjectDialog", u"&Priority:", None))
        self.ownerLabel.setText(QCoreApplication.translate("CxProjectDialog", u"&Owner:", None))
        self.dueCheck.setText(QCoreApplication.translate("CxProjectDialog", u"D&ue date:", None))
        self.topicLabel.setText(QCoreApplication.translate("CxProjectDialog", u"To&pic:", None))
        self.kpiLabel.setText(QCoreApplication.translate("CxProjectDialog", u"&KPI:", None))
        self.meetingLabel.setText(QCoreApplication.translate("CxProjectDialog", u"Nominated &at:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CxProjectDialog", u"Desc&ription:", None))
        self.scopeLabel.setText(QCoreApplication.translate("CxProjectDialog", u"S&cope:", None))
        self.solutionLabel.setText(QCoreApplication.translate("CxProjectDialog", u"P&lanned solution:", None))
        self.nextStepsLabel.setText(QCoreApplication.translate("CxProjectDialog", u"&Next steps:", None))
        self.noteLabel.setText(QCoreApplication.translate("CxProjectDialog", u"No&te on this change (kept in the project's history):", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CxProjectDialog", u"Why it changes: the board's decision, a revised scope or timing\u2026", None))
    # retranslateUi

