# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_nps_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from csmm_desktop.views.chart_view import ChartView

class Ui_CxNpsPage(object):
    def setupUi(self, CxNpsPage):
        if not CxNpsPage.objectName():
            CxNpsPage.setObjectName(u"CxNpsPage")
        self.pageLayout = QVBoxLayout(CxNpsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.contextLabel = QLabel(CxNpsPage)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.contextLabel)

        self.mainSplitter = QSplitter(CxNpsPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.tablePart = QWidget(self.mainSplitter)
        self.tablePart.setObjectName(u"tablePart")
        self.tablePartLayout = QVBoxLayout(self.tablePart)
        self.tablePartLayout.setObjectName(u"tablePartLayout")
        self.tablePartLayout.setContentsMargins(0, 0, 0, 0)
        self.readingTable = QTableView(self.tablePart)
        self.readingTable.setObjectName(u"readingTable")
        self.readingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.readingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.readingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.readingTable.setAlternatingRowColors(True)
        self.readingTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.tablePartLayout.addWidget(self.readingTable)

        self.readingButtons = QHBoxLayout()
        self.readingButtons.setObjectName(u"readingButtons")
        self.addButton = QPushButton(self.tablePart)
        self.addButton.setObjectName(u"addButton")

        self.readingButtons.addWidget(self.addButton)

        self.snapshotButton = QPushButton(self.tablePart)
        self.snapshotButton.setObjectName(u"snapshotButton")

        self.readingButtons.addWidget(self.snapshotButton)

        self.editButton = QPushButton(self.tablePart)
        self.editButton.setObjectName(u"editButton")

        self.readingButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.tablePart)
        self.deleteButton.setObjectName(u"deleteButton")

        self.readingButtons.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.readingButtons.addItem(self.buttonSpacer)

        self.bandsButton = QPushButton(self.tablePart)
        self.bandsButton.setObjectName(u"bandsButton")

        self.readingButtons.addWidget(self.bandsButton)


        self.tablePartLayout.addLayout(self.readingButtons)

        self.mainSplitter.addWidget(self.tablePart)
        self.trendChart = ChartView(self.mainSplitter)
        self.trendChart.setObjectName(u"trendChart")
        self.trendChart.setMinimumSize(QSize(320, 200))
        self.mainSplitter.addWidget(self.trendChart)

        self.pageLayout.addWidget(self.mainSplitter)


        self.retranslateUi(CxNpsPage)

        QMetaObject.connectSlotsByName(CxNpsPage)
    # setupUi

    def retranslateUi(self, CxNpsPage):
        self.addButton.setText(QCoreApplication.translate("CxNpsPage", u"&Add survey counts\u2026", None))
        self.snapshotButton.setText(QCoreApplication.translate("CxNpsPage", u"From &snapshot", None))
        self.editButton.setText(QCoreApplication.translate("CxNpsPage", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("CxNpsPage", u"&Delete\u2026", None))
        self.bandsButton.setText(QCoreApplication.translate("CxNpsPage", u"NPS &bands\u2026", None))
        pass
    # retranslateUi

