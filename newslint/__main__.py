from newslint.cli import entry_point

entry_point()
