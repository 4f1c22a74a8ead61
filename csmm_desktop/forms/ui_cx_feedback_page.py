# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_feedback_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout)

class Ui_CxFeedbackPage(object):
    def setupUi(self, CxFeedbackPage):
        if not CxFeedbackPage.objectName():
            CxFeedbackPage.setObjectName(u"CxFeedbackPage")
        self.pageLayout = QVBoxLayout(CxFeedbackPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.sourceLabel = QLabel(CxFeedbackPage)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.filterLayout.addWidget(self.sourceLabel)

        self.sourceCombo = QComboBox(CxFeedbackPage)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.sourceCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(CxFeedbackPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.feedbackTable = QTableView(CxFeedbackPage)
        self.feedbackTable.setObjectName(u"feedbackTable")
        self.feedbackTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feedbackTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.feedbackTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedbackTable.setAlternatingRowColors(True)
        self.feedbackTable.setWordWrap(True)
        self.feedbackTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.pageLayout.addWidget(self.feedbackTable)

        self.feedbackButtons = QHBoxLayout()
        self.feedbackButtons.setObjectName(u"feedbackButtons")
        self.addButton = QPushButton(CxFeedbackPage)
        self.addButton.setObjectName(u"addButton")

        self.feedbackButtons.addWidget(self.addButton)

        self.editButton = QPushButton(CxFeedbackPage)
        self.editButton.setObjectName(u"editButton")

        self.feedbackButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(CxFeedbackPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.feedbackButtons.addWidget(self.deleteButton)

        self.nominateButton = QPushButton(CxFeedbackPage)
        self.nominateButton.setObjectName(u"nominateButton")

        self.feedbackButtons.addWidget(self.nominateButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feedbackButtons.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.feedbackButtons)

#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CxFeedbackPage)

        QMetaObject.connectSlotsByName(CxFeedbackPage)
    # setupUi

    def retranslateUi(self, CxFeedbackPage):
        self.sourceLabel.setText(QCoreApplication.translate("CxFeedbackPage", u"S&ource:", None))
        self.addButton.setText(QCoreApplication.translate("CxFeedbackPage", u"&Add feedback\u2026", None))
        self.editButton.setText(QCoreApplication.translate("CxFeedbackPage", u"&Edit or link\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("CxFeedbackPage", u"&Delete\u2026", None))
        self.nominateButton.setText(QCoreApplication.translate("CxFeedbackPage", u"&Nominate a project from this entry\u2026", None))
        pass
    # retranslateUi

