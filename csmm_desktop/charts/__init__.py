"""matplotlib Figure builders with no Qt, shared by the windows and the PDF reports."""
