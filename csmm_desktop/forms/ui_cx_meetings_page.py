# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cx_meetings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout)

class Ui_CxMeetingsPage(object):
    def setupUi(self, CxMeetingsPage):
        if not CxMeetingsPage.objectName():
            CxMeetingsPage.setObjectName(u"CxMeetingsPage")
        self.pageLayout = QVBoxLayout(CxMeetingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.mainSplitter = QSplitter(CxMeetingsPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.nextBox = QGroupBox(self.mainSplitter)
        self.nextBox.setObjectName(u"nextBox")
        self.nextLayout = QVBoxLayout(self.nextBox)
        self.nextLayout.setObjectName(u"nextLayout")
        self.nextLabel = QLabel(self.nextBox)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)
        self.nextLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.nextLayout.addWidget(self.nextLabel)

        self.focusLabel = QLabel(self.nextBox)
        self.focusLabel.setObjectName(u"focusLabel")
        self.focusLabel.setWordWrap(True)
        self.focusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.focusLabel.setStyleSheet(u"color: #3b4650;")

        self.nextLayout.addWidget(self.focusLabel)

        self.agendaView = QTextBrowser(self.nextBox)
        self.agendaView.setObjectName(u"agendaView")
        self.agendaView.setOpenLinks(False)

        self.nextLayout.addWidget(self.agendaView)

        self.nextButtons = QHBoxLayout()
        self.nextButtons.setObjectName(u"nextButtons")
        self.recordButton = QPushButton(self.nextBox)
        self.recordButton.setObjectName(u"recordButton")

        self.nextButtons.addWidget(self.recordButton)

        self.nextSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextButtons.addItem(self.nextSpacer)


        self.nextLayout.addLayout(self.nextButtons)

        self.mainSplitter.addWidget(self.nextBox)
        self.pastBox = QGroupBox(self.mainSplitter)
        self.pastBox.setObjectName(u"pastBox")
        self.pastLayout = QVBoxLayout(self.pastBox)
        self.pastLayout.setObjectName(u"pastLayout")
        self.pastSplitter = QSplitter(self.pastBox)
        self.pastSplitter.setObjectName(u"pastSplitter")
        self.pastSplitter.setOrientation(Qt.Orientation.Vertical)
        self.pastSplitter.setChildrenCollapsible(False)
        self.meetingTable = QTableView(self.pastSplitter)
        self.meetingTable.setObjectName(u"meetingTable")
        self.meetingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetingTable.setAlternatingRowColors(True)
        self.meetingTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.pastSplitter.addWidget(self.meetingTable)
        self.detailView = QTextBrowser(self.pastSplitter)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setOpenLinks(False)
        self.pastSplitter.addWidget(self.detailView)

        self.pastLayout.addWidget(self.pastSplitter)

        self.pastButtons = QHBoxLayout()
        self.pastButtons.setObjectName(u"pastButtons")
        self.editButton = QPushButton(self.pastBox)
        self.editButton.setObjectName(u"editButton")

        self.pastButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.pastBox)
        self.deleteButton.setObjectName(u"deleteButton")

        self.pastButtons.addWidget(self.deleteButton)

        self.handoutButton = QPushButton(self.pastBox)
        self.handoutButton.setObjectName(u"handoutButton")

        self.pastButtons.addWidget(self.handoutButton)

        self.pastSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pastButtons.addItem(self.pastSpacer)


        self.pastLayout.addLayout(self.pastButtons)

        self.handoutLabel = QLabel(self.pastBox)
        self.handoutLabel.setObjectName(u"handoutLabel")
        self.handoutLabel.setWordWrap(True)
        self.handoutLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pastLayout.addWidget(self.handoutLabel)

        self.mainSplitter.addWidget(self.pastBox)

        self.pageLayout.addWidget(self.mainSplitter)


        self.retranslateUi(CxMeetingsPage)

        QMetaObject.connectSlotsByName(CxMeetingsPage)
    # setupUi

    def retranslateUi(self, CxMeetingsPage):
        self.nextBox.setTitle(QCoreApplication.translate("CxMeetingsPage", u"Next meeting (proposed)", None))
        self.recordButton.setText(QCoreApplication.translate("CxMeetingsPage", u"&Record this meeting\u2026", None))
        self.pastBox.setTitle(QCoreApplication.translate("CxMeetingsPage", u"Past meetings, newest first", None))
        self.editButton.setText(QCoreApplication.translate("CxMeetingsPage", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("CxMeetingsPage", u"&Delete\u2026", None))
        self.handoutButton.setText(QCoreApplication.translate("CxMeetingsPage", u"Export &handout\u2026", None))
        pass
    # retranslateUi

