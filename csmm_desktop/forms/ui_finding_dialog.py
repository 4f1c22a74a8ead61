# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_FindingDialog(object):
    def setupUi(self, FindingDialog):
        if not FindingDialog.objectName():
            FindingDialog.setObjectName(u"FindingDialog")
        FindingDialog.resize(640, 400)
        self.dialogLayout = QVBoxLayout(FindingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(FindingDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(FindingDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.topicLabel = QLabel(FindingDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(FindingDialog)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setEditable(True)
        self.topicCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topicCombo.setMaxVisibleItems(16)
        self.topicCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topicCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.descriptionLabel = QLabel(FindingDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(FindingDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(FindingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FindingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.topicLabel.setBuddy(self.topicCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.descriptionEdit)

        self.retranslateUi(FindingDialog)

        QMetaObject.connectSlotsByName(FindingDialog)
    # setupUi

    def retranslateUi(self, FindingDialog):
        FindingDialog.setWindowTitle(QCoreApplication.translate("FindingDialog", u"Problem", None))
        self.titleLabel.setText(QCoreApplication.translate("FindingDialog", u"&Title:", None))
        self.topicLabel.setText(QCoreApplication.translate("FindingDialog", u"T&opic:", None))
#if QT_CONFIG(tooltip)
        self.topicCombo.setToolTip(QCoreApplication.translate("FindingDialog", u"The topic of the assessment form this touches. Type a number or a word to find it.", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("FindingDialog", u"&Description:", None))
    # retranslateUi

