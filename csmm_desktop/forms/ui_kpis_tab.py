# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kpis_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from csmm_desktop.views.chart_view import ChartView

class Ui_KpisTab(object):
    def setupUi(self, KpisTab):
        if not KpisTab.objectName():
            KpisTab.setObjectName(u"KpisTab")
        self.tabLayout = QVBoxLayout(KpisTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.contextLabel = QLabel(KpisTab)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.tabLayout.addWidget(self.contextLabel)

        self.mainSplitter = QSplitter(KpisTab)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.tablePart = QWidget(self.mainSplitter)
        self.tablePart.setObjectName(u"tablePart")
        self.tablePartLayout = QVBoxLayout(self.tablePart)
        self.tablePartLayout.setObjectName(u"tablePartLayout")
        self.tablePartLayout.setContentsMargins(0, 0, 0, 0)
        self.kpiTable = QTableView(self.tablePart)
        self.kpiTable.setObjectName(u"kpiTable")
        self.kpiTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.kpiTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpiTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kpiTable.setAlternatingRowColors(True)
        self.kpiTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.tablePartLayout.addWidget(self.kpiTable)

        self.kpiButtons = QHBoxLayout()
        self.kpiButtons.setObjectName(u"kpiButtons")
        self.addButton = QPushButton(self.tablePart)
        self.addButton.setObjectName(u"addButton")

        self.kpiButtons.addWidget(self.addButton)

        self.suggestedButton = QPushButton(self.tablePart)
        self.suggestedButton.setObjectName(u"suggestedButton")

        self.kpiButtons.addWidget(self.suggestedButton)

        self.editButton = QPushButton(self.tablePart)
        self.editButton.setObjectName(u"editButton")

        self.kpiButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.tablePart)
        self.deleteButton.setObjectName(u"deleteButton")

        self.kpiButtons.addWidget(self.deleteButton)

        self.kpiSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kpiButtons.addItem(self.kpiSpacer)


        self.tablePartLayout.addLayout(self.kpiButtons)

        self.mainSplitter.addWidget(self.tablePart)
        self.trendBox = QGroupBox(self.mainSplitter)
        self.trendBox.setObjectName(u"trendBox")
        self.trendLayout = QVBoxLayout(self.trendBox)
        self.trendLayout.setObjectName(u"trendLayout")
        self.descriptionLabel = QLabel(self.trendBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.trendLayout.addWidget(self.descriptionLabel)

        self.trendChart = ChartView(self.trendBox)
        self.trendChart.setObjectName(u"trendChart")
        self.trendChart.setMinimumSize(QSize(320, 200))

        self.trendLayout.addWidget(self.trendChart)

        self.mainSplitter.addWidget(self.trendBox)

        self.tabLayout.addWidget(self.mainSplitter)


        self.retranslateUi(KpisTab)

        QMetaObject.connectSlotsByName(KpisTab)
    # setupUi

    def retranslateUi(self, KpisTab):
        self.addButton.setText(QCoreApplication.translate("KpisTab", u"&Add KPI\u2026", None))
        self.suggestedButton.setText(QCoreApplication.translate("KpisTab", u"Add &suggested KPI\u2026", None))
        self.editButton.setText(QCoreApplication.translate("KpisTab", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("KpisTab", u"&Delete\u2026", None))
        self.trendBox.setTitle(QCoreApplication.translate("KpisTab", u"Trend of the selected KPI across snapshots", None))
        pass
    # retranslateUi

