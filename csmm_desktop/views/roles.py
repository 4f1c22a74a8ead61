"""Item data roles shared by the lists and tables."""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole  # the id of the row's record
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the folded text that the client search matches
