"""ReportLab builders of the PDF reports."""
