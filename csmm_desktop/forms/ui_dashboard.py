# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout,
    QLabel, QListWidget, QPushButton, QSizePolicy, QSplitter, QTreeWidget,
    QVBoxLayout, QWidget)

class Ui_Dashboard(object):
    def setupUi(self, Dashboard):
        if not Dashboard.objectName():
            Dashboard.setObjectName(u"Dashboard")
        self.dashboardLayout = QVBoxLayout(Dashboard)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.cards = QFrame(Dashboard)
        self.cards.setObjectName(u"cards")
        self.cards.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardsLayout = QGridLayout(self.cards)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.levelCaption = QLabel(self.cards)
        self.levelCaption.setObjectName(u"levelCaption")
        self.levelCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardsLayout.addWidget(self.levelCaption, 0, 0, 1, 1)

        self.levelValue = QLabel(self.cards)
        self.levelValue.setObjectName(u"levelValue")
        self.levelValue.setObjectName(u"levelValue")
        self.levelValue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.levelValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.levelValue, 1, 0, 1, 1)

        self.scoreCaption = QLabel(self.cards)
        self.scoreCaption.setObjectName(u"scoreCaption")
        self.scoreCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardsLayout.addWidget(self.scoreCaption, 0, 1, 1, 1)

        self.scoreValue = QLabel(self.cards)
        self.scoreValue.setObjectName(u"scoreValue")
        self.scoreValue.setObjectName(u"scoreValue")
        self.scoreValue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scoreValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.scoreValue, 1, 1, 1, 1)

        self.changeCaption = QLabel(self.cards)
        self.changeCaption.setObjectName(u"changeCaption")
        self.changeCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardsLayout.addWidget(self.changeCaption, 0, 2, 1, 1)

        self.changeValue = QLabel(self.cards)
        self.changeValue.setObjectName(u"changeValue")
        self.changeValue.setObjectName(u"changeValue")
        self.changeValue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.changeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.changeValue, 1, 2, 1, 1)

        self.coverageCaption = QLabel(self.cards)
        self.coverageCaption.setObjectName(u"coverageCaption")
        self.coverageCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardsLayout.addWidget(self.coverageCaption, 0, 3, 1, 1)

        self.coverageValue = QLabel(self.cards)
        self.coverageValue.setObjectName(u"coverageValue")
        self.coverageValue.setObjectName(u"coverageValue")
        self.coverageValue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.coverageValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.coverageValue, 1, 3, 1, 1)

        self.npsCaption = QLabel(self.cards)
        self.npsCaption.setObjectName(u"npsCaption")
        self.npsCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardsLayout.addWidget(self.npsCaption, 0, 4, 1, 1)

        self.npsValue = QLabel(self.cards)
        self.npsValue.setObjectName(u"npsValue")
        self.npsValue.setObjectName(u"npsValue")
        self.npsValue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.npsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.npsValue, 1, 4, 1, 1)

        self.respondentsCaption = QLabel(self.cards)
        self.respondentsCaption.setObjectName(u"respondentsCaption")
        self.respondentsCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardsLayout.addWidget(self.respondentsCaption, 0, 5, 1, 1)

        self.respondentsValue = QLabel(self.cards)
        self.respondentsValue.setObjectName(u"respondentsValue")
        self.respondentsValue.setObjectName(u"respondentsValue")
        self.respondentsValue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.respondentsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.respondentsValue, 1, 5, 1, 1)

        self.levelNote = QLabel(self.cards)
        self.levelNote.setObjectName(u"levelNote")
        self.levelNote.setObjectName(u"levelNote")
        self.levelNote.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.levelNote.setWordWrap(True)
        self.levelNote.setTextFormat(Qt.TextFormat.PlainText)
        self.levelNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.levelNote, 2, 0, 1, 1)

        self.scoreNote = QLabel(self.cards)
        self.scoreNote.setObjectName(u"scoreNote")
        self.scoreNote.setObjectName(u"scoreNote")
        self.scoreNote.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.scoreNote.setWordWrap(True)
        self.scoreNote.setTextFormat(Qt.TextFormat.PlainText)
        self.scoreNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.scoreNote, 2, 1, 1, 1)

        self.changeNote = QLabel(self.cards)
        self.changeNote.setObjectName(u"changeNote")
        self.changeNote.setObjectName(u"changeNote")
        self.changeNote.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.changeNote.setWordWrap(True)
        self.changeNote.setTextFormat(Qt.TextFormat.PlainText)
        self.changeNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.changeNote, 2, 2, 1, 1)

        self.coverageNote = QLabel(self.cards)
        self.coverageNote.setObjectName(u"coverageNote")
        self.coverageNote.setObjectName(u"coverageNote")
        self.coverageNote.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.coverageNote.setWordWrap(True)
        self.coverageNote.setTextFormat(Qt.TextFormat.PlainText)
        self.coverageNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.coverageNote, 2, 3, 1, 1)

        self.npsNote = QLabel(self.cards)
        self.npsNote.setObjectName(u"npsNote")
        self.npsNote.setObjectName(u"npsNote")
        self.npsNote.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.npsNote.setWordWrap(True)
        self.npsNote.setTextFormat(Qt.TextFormat.PlainText)
        self.npsNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.npsNote, 2, 4, 1, 1)

        self.respondentsNote = QLabel(self.cards)
        self.respondentsNote.setObjectName(u"respondentsNote")
        self.respondentsNote.setObjectName(u"respondentsNote")
        self.respondentsNote.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.respondentsNote.setWordWrap(True)
        self.respondentsNote.setTextFormat(Qt.TextFormat.PlainText)
        self.respondentsNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.respondentsNote, 2, 5, 1, 1)

        self.confidenceLabel = QLabel(self.cards)
        self.confidenceLabel.setObjectName(u"confidenceLabel")
        self.confidenceLabel.setObjectName(u"confidenceLabel")
        self.confidenceLabel.setWordWrap(True)
        self.confidenceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.confidenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardsLayout.addWidget(self.confidenceLabel, 3, 0, 1, 6)


        self.dashboardLayout.addWidget(self.cards)

        self.splitter = QSplitter(Dashboard)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.chartArea = QWidget(self.splitter)
        self.chartArea.setObjectName(u"chartArea")
        self.chartAreaLayout = QHBoxLayout(self.chartArea)
        self.chartAreaLayout.setObjectName(u"chartAreaLayout")
        self.chartAreaLayout.setContentsMargins(0, 0, 0, 0)
        self.chartListLayout = QVBoxLayout()
        self.chartListLayout.setObjectName(u"chartListLayout")
        self.chartList = QListWidget(self.chartArea)
        self.chartList.setObjectName(u"chartList")
        self.chartList.setMaximumWidth(260)

        self.chartListLayout.addWidget(self.chartList)

        self.presentButton = QPushButton(self.chartArea)
        self.presentButton.setObjectName(u"presentButton")

        self.chartListLayout.addWidget(self.presentButton)


        self.chartAreaLayout.addLayout(self.chartListLayout)

        self.chartHost = QWidget(self.chartArea)
        self.chartHost.setObjectName(u"chartHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.chartHost.sizePolicy().hasHeightForWidth())
        self.chartHost.setSizePolicy(sizePolicy)
        self.chartHostLayout = QVBoxLayout(self.chartHost)
        self.chartHostLayout.setObjectName(u"chartHostLayout")
        self.chartHostLayout.setContentsMargins(0, 0, 0, 0)

        self.chartAreaLayout.addWidget(self.chartHost)

        self.splitter.addWidget(self.chartArea)
        self.detailArea = QWidget(self.splitter)
        self.detailArea.setObjectName(u"detailArea")
        self.detailLayout = QHBoxLayout(self.detailArea)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.treeLayout = QVBoxLayout()
        self.treeLayout.setObjectName(u"treeLayout")
        self.scoreTree = QTreeWidget(self.detailArea)
        self.scoreTree.setObjectName(u"scoreTree")
        self.scoreTree.setAlternatingRowColors(True)

        self.treeLayout.addWidget(self.scoreTree)

        self.explainLabel = QLabel(self.detailArea)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explainLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.treeLayout.addWidget(self.explainLabel)


        self.detailLayout.addLayout(self.treeLayout)

        self.extremesLayout = QVBoxLayout()
        self.extremesLayout.setObjectName(u"extremesLayout")
        self.weakestLabel = QLabel(self.detailArea)
        self.weakestLabel.setObjectName(u"weakestLabel")

        self.extremesLayout.addWidget(self.weakestLabel)

        self.weakestList = QListWidget(self.detailArea)
        self.weakestList.setObjectName(u"weakestList")
        self.weakestList.setMaximumWidth(380)

        self.extremesLayout.addWidget(self.weakestList)

        self.strongestLabel = QLabel(self.detailArea)
        self.strongestLabel.setObjectName(u"strongestLabel")

        self.extremesLayout.addWidget(self.strongestLabel)

        self.strongestList = QListWidget(self.detailArea)
        self.strongestList.setObjectName(u"strongestList")
        self.strongestList.setMaximumWidth(380)

        self.extremesLayout.addWidget(self.strongestList)


        self.detailLayout.addLayout(self.extremesLayout)

        self.splitter.addWidget(self.detailArea)

        self.dashboardLayout.addWidget(self.splitter)


        self.retranslateUi(Dashboard)

        QMetaObject.connectSlotsByName(Dashboard)
    # setupUi

    def retranslateUi(self, Dashboard):
        self.levelCaption.setText(QCoreApplication.translate("Dashboard", u"Assessed level", None))
        self.scoreCaption.setText(QCoreApplication.translate("Dashboard", u"Overall score", None))
        self.changeCaption.setText(QCoreApplication.translate("Dashboard", u"Change", None))
        self.coverageCaption.setText(QCoreApplication.translate("Dashboard", u"Coverage", None))
        self.npsCaption.setText(QCoreApplication.translate("Dashboard", u"NPS", None))
        self.respondentsCaption.setText(QCoreApplication.translate("Dashboard", u"Respondents", None))
        self.presentButton.setText(QCoreApplication.translate("Dashboard", u"&Present full screen", None))
#if QT_CONFIG(tooltip)
        self.presentButton.setToolTip(QCoreApplication.translate("Dashboard", u"One chart at a time, full screen, for a workshop (F5)", None))
#endif // QT_CONFIG(tooltip)
        ___qtreewidgetitem = self.scoreTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("Dashboard", u"Made from", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("Dashboard", u"Interval", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("Dashboard", u"Score", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("Dashboard", u"Item", None))
        self.weakestLabel.setText(QCoreApplication.translate("Dashboard", u"Weakest topics", None))
        self.strongestLabel.setText(QCoreApplication.translate("Dashboard", u"Strongest topics", None))
        pass
    # retranslateUi

