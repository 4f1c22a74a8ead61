"""Use cases shared by the windows and the command line. No Qt."""
