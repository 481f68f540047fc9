"""The command line's exit codes, in one place (``cleaner --help`` and the README list them)."""

EXIT_OK = 0  # success
EXIT_DATA = 1  # the data failed a check
EXIT_USAGE = 2  # bad usage
EXIT_CONFIG = 3  # configuration error
EXIT_INPUT = 4  # some input files could not be used
EXIT_OUTPUT = 5  # outputs could not be written (full disk, read-only folder, another run holds --out)
