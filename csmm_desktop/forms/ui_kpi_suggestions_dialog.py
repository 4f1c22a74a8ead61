# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kpi_suggestions_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout)

class Ui_KpiSuggestionsDialog(object):
    def setupUi(self, KpiSuggestionsDialog):
        if not KpiSuggestionsDialog.objectName():
            KpiSuggestionsDialog.setObjectName(u"KpiSuggestionsDialog")
        KpiSuggestionsDialog.resize(620, 520)
        self.dialogLayout = QVBoxLayout(KpiSuggestionsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(KpiSuggestionsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.suggestionList = QListWidget(KpiSuggestionsDialog)
        self.suggestionList.setObjectName(u"suggestionList")
        self.suggestionList.setAlternatingRowColors(True)
        self.suggestionList.setWordWrap(True)

        self.dialogLayout.addWidget(self.suggestionList)

        self.descriptionLabel = QLabel(KpiSuggestionsDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setMinimumSize(QSize(0, 48))

        self.dialogLayout.addWidget(self.descriptionLabel)

        self.criticalCheck = QCheckBox(KpiSuggestionsDialog)
        self.criticalCheck.setObjectName(u"criticalCheck")

        self.dialogLayout.addWidget(self.criticalCheck)

        self.buttonBox = QDialogButtonBox(KpiSuggestionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(KpiSuggestionsDialog)

        QMetaObject.connectSlotsByName(KpiSuggestionsDialog)
    # setupUi

    def retranslateUi(self, KpiSuggestionsDialog):
        KpiSuggestionsDialog.setWindowTitle(QCoreApplication.translate("KpiSuggestionsDialog", u"Add suggested KPIs", None))
        self.introLabel.setText(QCoreApplication.translate("KpiSuggestionsDialog", u"Tick the KPIs to add. Their targets are starting points: agree them with the client.", None))
        self.criticalCheck.setText(QCoreApplication.translate("KpiSuggestionsDialog", u"Mark the added KPIs as c&ritical", None))
    # retranslateUi

