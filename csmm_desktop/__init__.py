"""CSMM Desktop: Customer Service Maturity Model assessments, offline."""

__version__ = "0.1.0"
APP_NAME = "CSMM Desktop"
APP_ID = "csmm-desktop"
