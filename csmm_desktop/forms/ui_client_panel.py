# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ClientPanel(object):
    def setupUi(self, ClientPanel):
        if not ClientPanel.objectName():
            ClientPanel.setObjectName(u"ClientPanel")
        self.panelLayout = QVBoxLayout(ClientPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.nameLabel = QLabel(ClientPanel)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.nameLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.nameLabel)

        self.detailsLabel = QLabel(ClientPanel)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.detailsLabel)

        self.tabs = QTabWidget(ClientPanel)
        self.tabs.setObjectName(u"tabs")
        self.snapshotsTab = QWidget()
        self.snapshotsTab.setObjectName(u"snapshotsTab")
        self.snapshotsLayout = QVBoxLayout(self.snapshotsTab)
        self.snapshotsLayout.setObjectName(u"snapshotsLayout")
        self.snapshotSplitter = QSplitter(self.snapshotsTab)
        self.snapshotSplitter.setObjectName(u"snapshotSplitter")
        self.snapshotSplitter.setOrientation(Qt.Orientation.Vertical)
        self.snapshotSplitter.setChildrenCollapsible(False)
        self.snapshotTop = QWidget(self.snapshotSplitter)
        self.snapshotTop.setObjectName(u"snapshotTop")
        self.snapshotTopLayout = QVBoxLayout(self.snapshotTop)
        self.snapshotTopLayout.setObjectName(u"snapshotTopLayout")
        self.snapshotTopLayout.setContentsMargins(0, 0, 0, 0)
        self.snapshotTable = QTableView(self.snapshotTop)
        self.snapshotTable.setObjectName(u"snapshotTable")
        self.snapshotTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.snapshotTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.snapshotTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.snapshotTable.setAlternatingRowColors(True)
        self.snapshotTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.snapshotTopLayout.addWidget(self.snapshotTable)

        self.snapshotButtons = QHBoxLayout()
        self.snapshotButtons.setObjectName(u"snapshotButtons")
        self.newSnapshotButton = QPushButton(self.snapshotTop)
        self.newSnapshotButton.setObjectName(u"newSnapshotButton")

        self.snapshotButtons.addWidget(self.newSnapshotButton)

        self.editSnapshotButton = QPushButton(self.snapshotTop)
        self.editSnapshotButton.setObjectName(u"editSnapshotButton")

        self.snapshotButtons.addWidget(self.editSnapshotButton)

        self.deleteSnapshotButton = QPushButton(self.snapshotTop)
        self.deleteSnapshotButton.setObjectName(u"deleteSnapshotButton")

        self.snapshotButtons.addWidget(self.deleteSnapshotButton)

        self.snapshotSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.snapshotButtons.addItem(self.snapshotSpacer)


        self.snapshotTopLayout.addLayout(self.snapshotButtons)

        self.snapshotSplitter.addWidget(self.snapshotTop)
        self.respondentsBox = QGroupBox(self.snapshotSplitter)
        self.respondentsBox.setObjectName(u"respondentsBox")
        self.respondentsLayout = QVBoxLayout(self.respondentsBox)
        self.respondentsLayout.setObjectName(u"respondentsLayout")
        self.scoreLabel = QLabel(self.respondentsBox)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setWordWrap(True)

        self.respondentsLayout.addWidget(self.scoreLabel)

        self.respondentTable = QTableView(self.respondentsBox)
        self.respondentTable.setObjectName(u"respondentTable")
        self.respondentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.respondentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.respondentTable.setAlternatingRowColors(True)

        self.respondentsLayout.addWidget(self.respondentTable)

        self.respondentButtons = QHBoxLayout()
        self.respondentButtons.setObjectName(u"respondentButtons")
        self.newRespondentButton = QPushButton(self.respondentsBox)
        self.newRespondentButton.setObjectName(u"newRespondentButton")

        self.respondentButtons.addWidget(self.newRespondentButton)

        self.openRespondentButton = QPushButton(self.respondentsBox)
        self.openRespondentButton.setObjectName(u"openRespondentButton")

        self.respondentButtons.addWidget(self.openRespondentButton)

        self.editRespondentButton = QPushButton(self.respondentsBox)
        self.editRespondentButton.setObjectName(u"editRespondentButton")

        self.respondentButtons.addWidget(self.editRespondentButton)

        self.deleteRespondentButton = QPushButton(self.respondentsBox)
        self.deleteRespondentButton.setObjectName(u"deleteRespondentButton")

        self.respondentButtons.addWidget(self.deleteRespondentButton)

        self.respondentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.respondentButtons.addItem(self.respondentSpacer)


        self.respondentsLayout.addLayout(self.respondentButtons)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.importButton = QPushButton(self.respondentsBox)
        self.importButton.setObjectName(u"importButton")

        self.fileButtons.addWidget(self.importButton)

        self.templateButton = QPushButton(self.respondentsBox)
        self.templateButton.setObjectName(u"templateButton")

        self.fileButtons.addWidget(self.templateButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.respondentsLayout.addLayout(self.fileButtons)

        self.snapshotSplitter.addWidget(self.respondentsBox)

        self.snapshotsLayout.addWidget(self.snapshotSplitter)

        self.tabs.addTab(self.snapshotsTab, "")

        self.panelLayout.addWidget(self.tabs)


        self.retranslateUi(ClientPanel)

        QMetaObject.connectSlotsByName(ClientPanel)
    # setupUi

    def retranslateUi(self, ClientPanel):
        self.newSnapshotButton.setText(QCoreApplication.translate("ClientPanel", u"New snapshot\u2026", None))
        self.editSnapshotButton.setText(QCoreApplication.translate("ClientPanel", u"Edit\u2026", None))
        self.deleteSnapshotButton.setText(QCoreApplication.translate("ClientPanel", u"Delete\u2026", None))
        self.respondentsBox.setTitle(QCoreApplication.translate("ClientPanel", u"Respondents of the selected snapshot", None))
        self.newRespondentButton.setText(QCoreApplication.translate("ClientPanel", u"New respondent\u2026", None))
        self.openRespondentButton.setText(QCoreApplication.translate("ClientPanel", u"Open answers", None))
        self.editRespondentButton.setText(QCoreApplication.translate("ClientPanel", u"Rename\u2026", None))
        self.deleteRespondentButton.setText(QCoreApplication.translate("ClientPanel", u"Delete respondent\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ClientPanel", u"Import responses\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("ClientPanel", u"Save response template\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.snapshotsTab), QCoreApplication.translate("ClientPanel", u"Snapshots", None))
        pass
    # retranslateUi

