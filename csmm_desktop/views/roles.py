"""Item data roles shared by the lists and tables.

Plain ints (Qt.ItemDataRole.UserRole is 0x0100 in every Qt): the main window's first screen
must not name `Qt` (CONTRIBUTING.md, "Start-up tricks").
"""

ID_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: the id of the row's record
SEARCH_ROLE = ID_ROLE + 1  # the folded text that the client search matches
