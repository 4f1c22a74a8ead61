# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_suggestions_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit,
    QSpinBox, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout)

class Ui_ActionSuggestionsDialog(object):
    def setupUi(self, ActionSuggestionsDialog):
        if not ActionSuggestionsDialog.objectName():
            ActionSuggestionsDialog.setObjectName(u"ActionSuggestionsDialog")
        ActionSuggestionsDialog.resize(880, 560)
        self.dialogLayout = QVBoxLayout(ActionSuggestionsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ActionSuggestionsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.suggestionTree = QTreeWidget(ActionSuggestionsDialog)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.suggestionTree.setHeaderItem(__qtreewidgetitem)
        self.suggestionTree.setObjectName(u"suggestionTree")
        self.suggestionTree.setHeaderHidden(True)
        self.suggestionTree.setWordWrap(True)
        self.suggestionTree.setUniformRowHeights(False)

        self.dialogLayout.addWidget(self.suggestionTree)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.ownerLabel = QLabel(ActionSuggestionsDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.optionsLayout.addWidget(self.ownerLabel)

        self.ownerEdit = QLineEdit(ActionSuggestionsDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(200)

        self.optionsLayout.addWidget(self.ownerEdit)

        self.cycleLabel = QLabel(ActionSuggestionsDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.optionsLayout.addWidget(self.cycleLabel)

        self.cycleSpin = QSpinBox(ActionSuggestionsDialog)
        self.cycleSpin.setObjectName(u"cycleSpin")
        self.cycleSpin.setMinimum(1)
        self.cycleSpin.setMaximum(99)

        self.optionsLayout.addWidget(self.cycleSpin)


        self.dialogLayout.addLayout(self.optionsLayout)

        self.buttonBox = QDialogButtonBox(ActionSuggestionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.cycleLabel.setBuddy(self.cycleSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionSuggestionsDialog)

        QMetaObject.connectSlotsByName(ActionSuggestionsDialog)
    # setupUi

    def retranslateUi(self, ActionSuggestionsDialog):
        ActionSuggestionsDialog.setWindowTitle(QCoreApplication.translate("ActionSuggestionsDialog", u"Suggested actions", None))
        self.ownerLabel.setText(QCoreApplication.translate("ActionSuggestionsDialog", u"&Owner:", None))
        self.cycleLabel.setText(QCoreApplication.translate("ActionSuggestionsDialog", u"3-month c&ycle:", None))
    # retranslateUi

