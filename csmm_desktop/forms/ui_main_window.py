# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QLineEdit,
    QListView, QMenu, QMenuBar,
    QPushButton, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

from csmm_desktop.views.first_screen import Splitter

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        self.actionNewClient = QAction(MainWindow)
        self.actionNewClient.setObjectName(u"actionNewClient")
        self.actionNewSnapshot = QAction(MainWindow)
        self.actionNewSnapshot.setObjectName(u"actionNewSnapshot")
        self.actionImportResponses = QAction(MainWindow)
        self.actionImportResponses.setObjectName(u"actionImportResponses")
        self.actionSaveTemplate = QAction(MainWindow)
        self.actionSaveTemplate.setObjectName(u"actionSaveTemplate")
        self.actionExportReport = QAction(MainWindow)
        self.actionExportReport.setObjectName(u"actionExportReport")
        self.actionAddDemo = QAction(MainWindow)
        self.actionAddDemo.setObjectName(u"actionAddDemo")
        self.actionBackupNow = QAction(MainWindow)
        self.actionBackupNow.setObjectName(u"actionBackupNow")
        self.actionOpenDataFolder = QAction(MainWindow)
        self.actionOpenDataFolder.setObjectName(u"actionOpenDataFolder")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionEditClient = QAction(MainWindow)
        self.actionEditClient.setObjectName(u"actionEditClient")
        self.actionDeleteClient = QAction(MainWindow)
        self.actionDeleteClient.setObjectName(u"actionDeleteClient")
        self.actionEditSnapshot = QAction(MainWindow)
        self.actionEditSnapshot.setObjectName(u"actionEditSnapshot")
        self.actionDeleteSnapshot = QAction(MainWindow)
        self.actionDeleteSnapshot.setObjectName(u"actionDeleteSnapshot")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionEnglish = QAction(MainWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setCheckable(True)
        self.actionEnglish.setText(u"English")
        self.actionTurkish = QAction(MainWindow)
        self.actionTurkish.setObjectName(u"actionTurkish")
        self.actionTurkish.setCheckable(True)
        self.actionTurkish.setText(u"T\u00fcrk\u00e7e")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = Splitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setChildrenCollapsible(False)
        self.clientSide = QWidget(self.splitter)
        self.clientSide.setObjectName(u"clientSide")
        self.clientSideLayout = QVBoxLayout(self.clientSide)
        self.clientSideLayout.setObjectName(u"clientSideLayout")
        self.clientSideLayout.setContentsMargins(0, 0, 0, 0)
        self.clientsHeading = QLabel(self.clientSide)
        self.clientsHeading.setObjectName(u"clientsHeading")

        self.clientSideLayout.addWidget(self.clientsHeading)

        self.searchEdit = QLineEdit(self.clientSide)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.clientSideLayout.addWidget(self.searchEdit)

        self.clientList = QListView(self.clientSide)
        self.clientList.setObjectName(u"clientList")
        self.clientList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clientList.setAlternatingRowColors(True)

        self.clientSideLayout.addWidget(self.clientList)

        self.clientButtons = QVBoxLayout()
        self.clientButtons.setObjectName(u"clientButtons")
        self.newClientButton = QPushButton(self.clientSide)
        self.newClientButton.setObjectName(u"newClientButton")

        self.clientButtons.addWidget(self.newClientButton)

        self.demoButton = QPushButton(self.clientSide)
        self.demoButton.setObjectName(u"demoButton")

        self.clientButtons.addWidget(self.demoButton)


        self.clientSideLayout.addLayout(self.clientButtons)

        self.splitter.addWidget(self.clientSide)
        self.rightStack = QStackedWidget(self.splitter)
        self.rightStack.setObjectName(u"rightStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"qproperty-alignment: AlignCenter;")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.rightStack.addWidget(self.emptyPage)
        self.splitter.addWidget(self.rightStack)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuLanguage = QMenu(self.menuView)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.clientsHeading.setBuddy(self.clientList)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewClient)
        self.menuFile.addAction(self.actionNewSnapshot)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImportResponses)
        self.menuFile.addAction(self.actionSaveTemplate)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionExportReport)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionAddDemo)
        self.menuFile.addAction(self.actionBackupNow)
        self.menuFile.addAction(self.actionOpenDataFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionEditClient)
        self.menuEdit.addAction(self.actionDeleteClient)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionEditSnapshot)
        self.menuEdit.addAction(self.actionDeleteSnapshot)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionFind)
        self.menuView.addAction(self.menuLanguage.menuAction())
        self.menuLanguage.addAction(self.actionEnglish)
        self.menuLanguage.addAction(self.actionTurkish)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CSMM Desktop", None))
        self.actionNewClient.setText(QCoreApplication.translate("MainWindow", u"&New Client\u2026", None))
        self.actionNewSnapshot.setText(QCoreApplication.translate("MainWindow", u"New &Snapshot\u2026", None))
        self.actionImportResponses.setText(QCoreApplication.translate("MainWindow", u"&Import Responses\u2026", None))
        self.actionSaveTemplate.setText(QCoreApplication.translate("MainWindow", u"Save Response &Template\u2026", None))
        self.actionExportReport.setText(QCoreApplication.translate("MainWindow", u"&Export PDF Report\u2026", None))
        self.actionAddDemo.setText(QCoreApplication.translate("MainWindow", u"Add &Demo Client", None))
        self.actionBackupNow.setText(QCoreApplication.translate("MainWindow", u"&Back Up Now", None))
        self.actionOpenDataFolder.setText(QCoreApplication.translate("MainWindow", u"Open Data &Folder", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionEditClient.setText(QCoreApplication.translate("MainWindow", u"&Edit Client\u2026", None))
        self.actionDeleteClient.setText(QCoreApplication.translate("MainWindow", u"&Delete Client\u2026", None))
        self.actionEditSnapshot.setText(QCoreApplication.translate("MainWindow", u"Edit S&napshot\u2026", None))
        self.actionDeleteSnapshot.setText(QCoreApplication.translate("MainWindow", u"Delete Sn&apshot\u2026", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find Client", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CSMM Desktop", None))
        self.clientsHeading.setText(QCoreApplication.translate("MainWindow", u"Clients", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search clients (Ctrl+F)", None))
        self.newClientButton.setText(QCoreApplication.translate("MainWindow", u"&New client\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("MainWindow", u"Add &demo client", None))
        self.emptyLabel.setText(QCoreApplication.translate("MainWindow", u"Select a client on the left, or add one to begin.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

