# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_tab.ui'
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

class Ui_ActionsTab(object):
    def setupUi(self, ActionsTab):
        if not ActionsTab.objectName():
            ActionsTab.setObjectName(u"ActionsTab")
        self.tabLayout = QVBoxLayout(ActionsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.contextLabel = QLabel(ActionsTab)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.tabLayout.addWidget(self.contextLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.cycleLabel = QLabel(ActionsTab)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.filterLayout.addWidget(self.cycleLabel)

        self.cycleCombo = QComboBox(ActionsTab)
        self.cycleCombo.setObjectName(u"cycleCombo")
        self.cycleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.cycleCombo)

        self.statusLabel = QLabel(ActionsTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ActionsTab)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(ActionsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.countLabel)


        self.tabLayout.addLayout(self.filterLayout)

        self.mainSplitter = QSplitter(ActionsTab)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.tablePart = QWidget(self.mainSplitter)
        self.tablePart.setObjectName(u"tablePart")
        self.tablePartLayout = QVBoxLayout(self.tablePart)
        self.tablePartLayout.setObjectName(u"tablePartLayout")
        self.tablePartLayout.setContentsMargins(0, 0, 0, 0)
        self.actionTable = QTableView(self.tablePart)
        self.actionTable.setObjectName(u"actionTable")
        self.actionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionTable.setAlternatingRowColors(True)
        self.actionTable.setWordWrap(True)
        self.actionTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.tablePartLayout.addWidget(self.actionTable)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.addButton = QPushButton(self.tablePart)
        self.addButton.setObjectName(u"addButton")

        self.actionButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.tablePart)
        self.editButton.setObjectName(u"editButton")

        self.actionButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.tablePart)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionButtons.addWidget(self.deleteButton)

        self.suggestButton = QPushButton(self.tablePart)
        self.suggestButton.setObjectName(u"suggestButton")

        self.actionButtons.addWidget(self.suggestButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.buttonSpacer)


        self.tablePartLayout.addLayout(self.actionButtons)

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

        self.tabLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.cycleLabel.setBuddy(self.cycleCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionsTab)

        QMetaObject.connectSlotsByName(ActionsTab)
    # setupUi

    def retranslateUi(self, ActionsTab):
        self.cycleLabel.setText(QCoreApplication.translate("ActionsTab", u"C&ycle:", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionsTab", u"S&tatus:", None))
        self.addButton.setText(QCoreApplication.translate("ActionsTab", u"&Add action\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ActionsTab", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ActionsTab", u"&Delete\u2026", None))
        self.suggestButton.setText(QCoreApplication.translate("ActionsTab", u"Su&ggested actions\u2026", None))
        self.historyBox.setTitle(QCoreApplication.translate("ActionsTab", u"History of the selected action, newest first", None))
        pass
    # retranslateUi

