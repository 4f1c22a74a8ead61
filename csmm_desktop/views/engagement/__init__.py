"""The engagement workflow's screens, one tab each (checklist, findings, numbers, KPIs,
actions, workshops). Every tab shares one contract, so the client panel can hold them alike:

- ``XTab(db, parent=None)`` and ``set_context(client_id, snapshot_id)`` ("" → a hint);
- ``changed = Signal()`` after any write, ``navigate = Signal(str)`` with a screen key;
- ``tab_title()`` translated; the tab retranslates itself on ``LanguageChange``.

``base.ContextTab`` holds that contract (the dashboard uses it too); ``base.SaveDialog`` the
add/edit dialogs that save before they close.
"""
