# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_reasons_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox,
    QHBoxLayout, QLabel, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_CxReasonsPage(object):
    def setupUi(self, CxReasonsPage):
        if not CxReasonsPage.objectName():
            CxReasonsPage.setObjectName(u"CxReasonsPage")
        self.pageLayout = QVBoxLayout(CxReasonsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.monthLabel = QLabel(CxReasonsPage)
        self.monthLabel.setObjectName(u"monthLabel")

        self.filterLayout.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(CxReasonsPage)
        self.monthCombo.setObjectName(u"monthCombo")
        self.monthCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.monthCombo)

        self.totalLabel = QLabel(CxReasonsPage)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)
        self.totalLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.totalLabel.sizePolicy().hasHeightForWidth())
        self.totalLabel.setSizePolicy(sizePolicy)

        self.filterLayout.addWidget(self.totalLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.mainSplitter = QSplitter(CxReasonsPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.tablePart = QWidget(self.mainSplitter)
        self.tablePart.setObjectName(u"tablePart")
        self.tablePartLayout = QVBoxLayout(self.tablePart)
        self.tablePartLayout.setObjectName(u"tablePartLayout")
        self.tablePartLayout.setContentsMargins(0, 0, 0, 0)
        self.reasonTable = QTableView(self.tablePart)
        self.reasonTable.setObjectName(u"reasonTable")
        self.reasonTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reasonTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reasonTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reasonTable.setAlternatingRowColors(True)
        self.reasonTable.setWordWrap(True)
        self.reasonTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.tablePartLayout.addWidget(self.reasonTable)

        self.reasonButtons = QHBoxLayout()
        self.reasonButtons.setObjectName(u"reasonButtons")
        self.noteButton = QPushButton(self.tablePart)
        self.noteButton.setObjectName(u"noteButton")

        self.reasonButtons.addWidget(self.noteButton)

        self.nominateButton = QPushButton(self.tablePart)
        self.nominateButton.setObjectName(u"nominateButton")

        self.reasonButtons.addWidget(self.nominateButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reasonButtons.addItem(self.buttonSpacer)


        self.tablePartLayout.addLayout(self.reasonButtons)

        self.mainSplitter.addWidget(self.tablePart)
        self.bottomSplitter = QSplitter(self.mainSplitter)
        self.bottomSplitter.setObjectName(u"bottomSplitter")
        self.bottomSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.bottomSplitter.setChildrenCollapsible(False)
        self.noteBox = QGroupBox(self.bottomSplitter)
        self.noteBox.setObjectName(u"noteBox")
        self.noteLayout = QVBoxLayout(self.noteBox)
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteView = QTextBrowser(self.noteBox)
        self.noteView.setObjectName(u"noteView")
        self.noteView.setOpenLinks(False)

        self.noteLayout.addWidget(self.noteView)

        self.bottomSplitter.addWidget(self.noteBox)
        self.runUpsBox = QGroupBox(self.bottomSplitter)
        self.runUpsBox.setObjectName(u"runUpsBox")
        self.runUpsLayout = QVBoxLayout(self.runUpsBox)
        self.runUpsLayout.setObjectName(u"runUpsLayout")
        self.runUpList = QListWidget(self.runUpsBox)
        self.runUpList.setObjectName(u"runUpList")
        self.runUpList.setWordWrap(True)
        self.runUpList.setAlternatingRowColors(True)

        self.runUpsLayout.addWidget(self.runUpList)

        self.bottomSplitter.addWidget(self.runUpsBox)
        self.mainSplitter.addWidget(self.bottomSplitter)

        self.pageLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CxReasonsPage)

        QMetaObject.connectSlotsByName(CxReasonsPage)
    # setupUi

    def retranslateUi(self, CxReasonsPage):
        self.monthLabel.setText(QCoreApplication.translate("CxReasonsPage", u"&Month:", None))
        self.noteButton.setText(QCoreApplication.translate("CxReasonsPage", u"Edit &note\u2026", None))
        self.nominateButton.setText(QCoreApplication.translate("CxReasonsPage", u"&Nominate a project from this reason\u2026", None))
        self.noteBox.setTitle(QCoreApplication.translate("CxReasonsPage", u"Emotions and pain points", None))
        self.runUpsBox.setTitle(QCoreApplication.translate("CxReasonsPage", u"Run-ups: fastest growing since the month before", None))
        pass
    # retranslateUi

