"""The class schedule: repository, .ics files, platform merge, printing."""
