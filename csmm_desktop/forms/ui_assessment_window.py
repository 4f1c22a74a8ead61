# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListView,
    QListWidget, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_AssessmentWindow(object):
    def setupUi(self, AssessmentWindow):
        if not AssessmentWindow.objectName():
            AssessmentWindow.setObjectName(u"AssessmentWindow")
        AssessmentWindow.resize(1100, 760)
        self.windowLayout = QVBoxLayout(AssessmentWindow)
        self.windowLayout.setObjectName(u"windowLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.titleLabel = QLabel(AssessmentWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)

        self.topBar.addWidget(self.titleLabel)

        self.overallProgress = QProgressBar(AssessmentWindow)
        self.overallProgress.setObjectName(u"overallProgress")
        self.overallProgress.setMinimumWidth(220)

        self.topBar.addWidget(self.overallProgress)

        self.workshopButton = QPushButton(AssessmentWindow)
        self.workshopButton.setObjectName(u"workshopButton")
        self.workshopButton.setCheckable(True)

        self.topBar.addWidget(self.workshopButton)

        self.handOverButton = QPushButton(AssessmentWindow)
        self.handOverButton.setObjectName(u"handOverButton")

        self.topBar.addWidget(self.handOverButton)

        self.consultantButton = QPushButton(AssessmentWindow)
        self.consultantButton.setObjectName(u"consultantButton")

        self.topBar.addWidget(self.consultantButton)

        self.topBar.setStretch(0, 1)

        self.windowLayout.addLayout(self.topBar)

        self.saveNotice = QLabel(AssessmentWindow)
        self.saveNotice.setObjectName(u"saveNotice")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.saveNotice.sizePolicy().hasHeightForWidth())
        self.saveNotice.setSizePolicy(sizePolicy)
        self.saveNotice.setTextFormat(Qt.TextFormat.PlainText)
        self.saveNotice.setWordWrap(True)

        self.windowLayout.addWidget(self.saveNotice)

        self.screens = QStackedWidget(AssessmentWindow)
        self.screens.setObjectName(u"screens")
        self.answerScreen = QWidget()
        self.answerScreen.setObjectName(u"answerScreen")
        self.answerLayout = QVBoxLayout(self.answerScreen)
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.answerScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sectionList = QListWidget(self.splitter)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sectionList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sectionList.setResizeMode(QListView.ResizeMode.Adjust)
        self.sectionList.setWordWrap(True)
        self.splitter.addWidget(self.sectionList)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.answerLayout.addWidget(self.splitter)

        self.hintLabel = QLabel(self.answerScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        sizePolicy.setHeightForWidth(self.hintLabel.sizePolicy().hasHeightForWidth())
        self.hintLabel.setSizePolicy(sizePolicy)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.answerLayout.addWidget(self.hintLabel)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setObjectName(u"bottomBar")
        self.backButton = QPushButton(self.answerScreen)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.bottomBar.addWidget(self.backButton)

        self.bottomSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomBar.addItem(self.bottomSpace)

        self.unansweredButton = QPushButton(self.answerScreen)
        self.unansweredButton.setObjectName(u"unansweredButton")
        self.unansweredButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.bottomBar.addWidget(self.unansweredButton)

        self.nextButton = QPushButton(self.answerScreen)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.bottomBar.addWidget(self.nextButton)

        self.finishButton = QPushButton(self.answerScreen)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.bottomBar.addWidget(self.finishButton)

        self.bottomBar.setStretch(1, 1)

        self.answerLayout.addLayout(self.bottomBar)

        self.answerLayout.setStretch(0, 1)
        self.screens.addWidget(self.answerScreen)
        self.thanksScreen = QWidget()
        self.thanksScreen.setObjectName(u"thanksScreen")
        self.thanksScreen.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.thanksLayout = QVBoxLayout(self.thanksScreen)
        self.thanksLayout.setObjectName(u"thanksLayout")
        self.thanksTopSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thanksLayout.addItem(self.thanksTopSpace)

        self.thanksTitle = QLabel(self.thanksScreen)
        self.thanksTitle.setObjectName(u"thanksTitle")
        self.thanksTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanksTitle.setWordWrap(True)

        self.thanksLayout.addWidget(self.thanksTitle)

        self.thanksText = QLabel(self.thanksScreen)
        self.thanksText.setObjectName(u"thanksText")
        self.thanksText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanksText.setWordWrap(True)

        self.thanksLayout.addWidget(self.thanksText)

        self.thanksBottomSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thanksLayout.addItem(self.thanksBottomSpace)

        self.screens.addWidget(self.thanksScreen)

        self.windowLayout.addWidget(self.screens)

        self.windowLayout.setStretch(2, 1)

        self.retranslateUi(AssessmentWindow)

        QMetaObject.connectSlotsByName(AssessmentWindow)
    # setupUi

    def retranslateUi(self, AssessmentWindow):
        AssessmentWindow.setWindowTitle(QCoreApplication.translate("AssessmentWindow", u"Assessment", None))
        self.workshopButton.setText(QCoreApplication.translate("AssessmentWindow", u"Workshop mode", None))
#if QT_CONFIG(tooltip)
        self.workshopButton.setToolTip(QCoreApplication.translate("AssessmentWindow", u"Full screen with larger text, for answering together on a projector (F11)", None))
#endif // QT_CONFIG(tooltip)
        self.handOverButton.setText(QCoreApplication.translate("AssessmentWindow", u"Hand over to respondent\u2026", None))
#if QT_CONFIG(tooltip)
        self.handOverButton.setToolTip(QCoreApplication.translate("AssessmentWindow", u"Lock the laptop to this respondent's questions until the consultant's PIN is entered", None))
#endif // QT_CONFIG(tooltip)
        self.consultantButton.setText(QCoreApplication.translate("AssessmentWindow", u"Consultant\u2026", None))
#if QT_CONFIG(tooltip)
        self.consultantButton.setToolTip(QCoreApplication.translate("AssessmentWindow", u"Leave respondent mode (asks for the PIN)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("AssessmentWindow", u"< &Back", None))
        self.unansweredButton.setText(QCoreApplication.translate("AssessmentWindow", u"Next &unanswered", None))
        self.nextButton.setText(QCoreApplication.translate("AssessmentWindow", u"&Next >", None))
        self.finishButton.setText(QCoreApplication.translate("AssessmentWindow", u"&Finish", None))
        self.thanksTitle.setText(QCoreApplication.translate("AssessmentWindow", u"Thank you!", None))
        self.thanksText.setText(QCoreApplication.translate("AssessmentWindow", u"Please hand the laptop back to the consultant.", None))
    # retranslateUi

