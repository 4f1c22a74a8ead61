"""The assessment wizard: one page per section, every answer saved as it is given."""
