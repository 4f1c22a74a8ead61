# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kpi_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout,
    QWidget)

class Ui_KpiDialog(object):
    def setupUi(self, KpiDialog):
        if not KpiDialog.objectName():
            KpiDialog.setObjectName(u"KpiDialog")
        KpiDialog.resize(560, 440)
        self.dialogLayout = QVBoxLayout(KpiDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(KpiDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(KpiDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitLabel = QLabel(KpiDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(KpiDialog)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.directionLabel = QLabel(KpiDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(KpiDialog)
        self.directionCombo.setObjectName(u"directionCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.targetLabel = QLabel(KpiDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetEdit = QLineEdit(KpiDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.targetEdit)

        self.criticalCheck = QCheckBox(KpiDialog)
        self.criticalCheck.setObjectName(u"criticalCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.criticalCheck)

        self.descriptionLabel = QLabel(KpiDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(KpiDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(KpiDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(KpiDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.directionLabel.setBuddy(self.directionCombo)
        self.targetLabel.setBuddy(self.targetEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.targetEdit)
        QWidget.setTabOrder(self.targetEdit, self.criticalCheck)
        QWidget.setTabOrder(self.criticalCheck, self.descriptionEdit)

        self.retranslateUi(KpiDialog)

        QMetaObject.connectSlotsByName(KpiDialog)
    # setupUi

    def retranslateUi(self, KpiDialog):
        KpiDialog.setWindowTitle(QCoreApplication.translate("KpiDialog", u"KPI", None))
        self.nameLabel.setText(QCoreApplication.translate("KpiDialog", u"&Name:", None))
        self.unitLabel.setText(QCoreApplication.translate("KpiDialog", u"&Unit:", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"for example %, min, days", None))
        self.directionLabel.setText(QCoreApplication.translate("KpiDialog", u"&Direction:", None))
        self.targetLabel.setText(QCoreApplication.translate("KpiDialog", u"&Target:", None))
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"none yet", None))
        self.criticalCheck.setText(QCoreApplication.translate("KpiDialog", u"C&ritical KPI, watched by management", None))
        self.descriptionLabel.setText(QCoreApplication.translate("KpiDialog", u"D&escription:", None))
    # retranslateUi

