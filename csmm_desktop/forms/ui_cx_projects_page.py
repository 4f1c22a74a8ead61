# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_projects_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox,
    QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_CxProjectsPage(object):
    def setupUi(self, CxProjectsPage):
        if not CxProjectsPage.objectName():
            CxProjectsPage.setObjectName(u"CxProjectsPage")
        self.pageLayout = QVBoxLayout(CxProjectsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.showLabel = QLabel(CxProjectsPage)
        self.showLabel.setObjectName(u"showLabel")

        self.filterLayout.addWidget(self.showLabel)

        self.filterCombo = QComboBox(CxProjectsPage)
        self.filterCombo.setObjectName(u"filterCombo")
        self.filterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.filterCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(CxProjectsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.mainSplitter = QSplitter(CxProjectsPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.tablePart = QWidget(self.mainSplitter)
        self.tablePart.setObjectName(u"tablePart")
        self.tablePartLayout = QVBoxLayout(self.tablePart)
        self.tablePartLayout.setObjectName(u"tablePartLayout")
        self.tablePartLayout.setContentsMargins(0, 0, 0, 0)
        self.projectTable = QTableView(self.tablePart)
        self.projectTable.setObjectName(u"projectTable")
        self.projectTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projectTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projectTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projectTable.setAlternatingRowColors(True)
        self.projectTable.setWordWrap(True)
        self.projectTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.tablePartLayout.addWidget(self.projectTable)

        self.projectButtons = QHBoxLayout()
        self.projectButtons.setObjectName(u"projectButtons")
        self.addButton = QPushButton(self.tablePart)
        self.addButton.setObjectName(u"addButton")

        self.projectButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.tablePart)
        self.editButton.setObjectName(u"editButton")

        self.projectButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.tablePart)
        self.deleteButton.setObjectName(u"deleteButton")

        self.projectButtons.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.projectButtons.addItem(self.buttonSpacer)


        self.tablePartLayout.addLayout(self.projectButtons)

        self.mainSplitter.addWidget(self.tablePart)
        self.historyBox = QGroupBox(self.mainSplitter)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableView(self.historyBox)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setWordWrap(True)

        self.historyLayout.addWidget(self.historyTable)

        self.mainSplitter.addWidget(self.historyBox)

        self.pageLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CxProjectsPage)

        QMetaObject.connectSlotsByName(CxProjectsPage)
    # setupUi

    def retranslateUi(self, CxProjectsPage):
        self.showLabel.setText(QCoreApplication.translate("CxProjectsPage", u"S&how:", None))
        self.addButton.setText(QCoreApplication.translate("CxProjectsPage", u"&Nominate a project\u2026", None))
        self.editButton.setText(QCoreApplication.translate("CxProjectsPage", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("CxProjectsPage", u"&Delete\u2026", None))
        self.historyBox.setTitle(QCoreApplication.translate("CxProjectsPage", u"History of the selected project (scope, solution and timing revisions), newest first", None))
        pass
    # retranslateUi

