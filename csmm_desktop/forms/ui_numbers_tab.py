# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'numbers_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QVBoxLayout, QWidget)

from csmm_desktop.views.chart_view import ChartView

class Ui_NumbersTab(object):
    def setupUi(self, NumbersTab):
        if not NumbersTab.objectName():
            NumbersTab.setObjectName(u"NumbersTab")
        self.tabLayout = QVBoxLayout(NumbersTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLabel = QLabel(NumbersTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(NumbersTab)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.periodLayout.addWidget(self.periodCombo)

        self.newPeriodEdit = QDateEdit(NumbersTab)
        self.newPeriodEdit.setObjectName(u"newPeriodEdit")
        self.newPeriodEdit.setDisplayFormat(u"yyyy-MM")

        self.periodLayout.addWidget(self.newPeriodEdit)

        self.addPeriodButton = QPushButton(NumbersTab)
        self.addPeriodButton.setObjectName(u"addPeriodButton")

        self.periodLayout.addWidget(self.addPeriodButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.totalLabel = QLabel(NumbersTab)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.periodLayout.addWidget(self.totalLabel)


        self.tabLayout.addLayout(self.periodLayout)

        self.viewTabs = QTabWidget(NumbersTab)
        self.viewTabs.setObjectName(u"viewTabs")
        self.gridPage = QWidget()
        self.gridPage.setObjectName(u"gridPage")
        self.gridLayout = QVBoxLayout(self.gridPage)
        self.gridLayout.setObjectName(u"gridLayout")
        self.volumeHintLabel = QLabel(self.gridPage)
        self.volumeHintLabel.setObjectName(u"volumeHintLabel")
        self.volumeHintLabel.setWordWrap(True)
        self.volumeHintLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.gridLayout.addWidget(self.volumeHintLabel)

        self.volumeTable = QTableWidget(self.gridPage)
        self.volumeTable.setObjectName(u"volumeTable")
        self.volumeTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.volumeTable.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.volumeTable.setAlternatingRowColors(True)
        self.volumeTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.gridLayout.addWidget(self.volumeTable)

        self.reasonButtons = QHBoxLayout()
        self.reasonButtons.setObjectName(u"reasonButtons")
        self.newReasonEdit = QLineEdit(self.gridPage)
        self.newReasonEdit.setObjectName(u"newReasonEdit")
        self.newReasonEdit.setMinimumSize(QSize(180, 0))
        self.newReasonEdit.setMaxLength(200)
        self.newReasonEdit.setClearButtonEnabled(True)

        self.reasonButtons.addWidget(self.newReasonEdit)

        self.addReasonButton = QPushButton(self.gridPage)
        self.addReasonButton.setObjectName(u"addReasonButton")

        self.reasonButtons.addWidget(self.addReasonButton)

        self.renameReasonButton = QPushButton(self.gridPage)
        self.renameReasonButton.setObjectName(u"renameReasonButton")

        self.reasonButtons.addWidget(self.renameReasonButton)

        self.upButton = QPushButton(self.gridPage)
        self.upButton.setObjectName(u"upButton")

        self.reasonButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.gridPage)
        self.downButton.setObjectName(u"downButton")

        self.reasonButtons.addWidget(self.downButton)

        self.deleteReasonButton = QPushButton(self.gridPage)
        self.deleteReasonButton.setObjectName(u"deleteReasonButton")

        self.reasonButtons.addWidget(self.deleteReasonButton)


        self.gridLayout.addLayout(self.reasonButtons)

        self.reasonCountLabel = QLabel(self.gridPage)
        self.reasonCountLabel.setObjectName(u"reasonCountLabel")
        self.reasonCountLabel.setWordWrap(True)
        self.reasonCountLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.gridLayout.addWidget(self.reasonCountLabel)

        self.viewTabs.addTab(self.gridPage, "")
        self.chartPage = QWidget()
        self.chartPage.setObjectName(u"chartPage")
        self.chartLayout = QVBoxLayout(self.chartPage)
        self.chartLayout.setObjectName(u"chartLayout")
        self.paretoChart = ChartView(self.chartPage)
        self.paretoChart.setObjectName(u"paretoChart")
        self.paretoChart.setMinimumSize(QSize(320, 200))

        self.chartLayout.addWidget(self.paretoChart)

        self.viewTabs.addTab(self.chartPage, "")

        self.tabLayout.addWidget(self.viewTabs)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.newPeriodEdit)
        QWidget.setTabOrder(self.newPeriodEdit, self.addPeriodButton)
        QWidget.setTabOrder(self.addPeriodButton, self.volumeTable)
        QWidget.setTabOrder(self.volumeTable, self.newReasonEdit)
        QWidget.setTabOrder(self.newReasonEdit, self.addReasonButton)
        QWidget.setTabOrder(self.addReasonButton, self.renameReasonButton)
        QWidget.setTabOrder(self.renameReasonButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.deleteReasonButton)

        self.retranslateUi(NumbersTab)

        QMetaObject.connectSlotsByName(NumbersTab)
    # setupUi

    def retranslateUi(self, NumbersTab):
        self.periodLabel.setText(QCoreApplication.translate("NumbersTab", u"&Month:", None))
        self.addPeriodButton.setText(QCoreApplication.translate("NumbersTab", u"Add mon&th", None))
        self.newReasonEdit.setPlaceholderText(QCoreApplication.translate("NumbersTab", u"New contact reason", None))
        self.addReasonButton.setText(QCoreApplication.translate("NumbersTab", u"&Add reason", None))
        self.renameReasonButton.setText(QCoreApplication.translate("NumbersTab", u"&Rename", None))
        self.upButton.setText(QCoreApplication.translate("NumbersTab", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("NumbersTab", u"Move do&wn", None))
        self.deleteReasonButton.setText(QCoreApplication.translate("NumbersTab", u"&Delete reason\u2026", None))
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.gridPage), QCoreApplication.translate("NumbersTab", u"Contacts by channel and reason", None))
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.chartPage), QCoreApplication.translate("NumbersTab", u"Pareto chart", None))
        pass
    # retranslateUi

