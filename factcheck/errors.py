"""Domain errors: raised in the core, turned into ``Error: ...`` and exit 2 at the CLI."""


class FactcheckError(Exception):
    """A problem with the user's input or configuration; the message names the file."""


class InputError(FactcheckError):
    """An input path or file cannot be read as an article."""


class ConfigError(FactcheckError):
    """A configuration value, baseline or aliases file is invalid."""
