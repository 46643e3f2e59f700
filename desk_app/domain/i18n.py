"""Marking user-facing text below the UI layer for Qt's translation tools.

The domain and services cannot import Qt, yet their messages reach the clerk.
They keep the English source text; `pyside6-lupdate` collects every
``QT_TRANSLATE_NOOP(context, text)`` call by name, and the UI translates the text
at display time with the same context.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text


class Tr(str):
    """A parameter of a message that is itself translatable text of ``context``.

    It is still the English string, so logs and the CLI read naturally; the UI
    translates it with its context before filling the message.
    """

    context: str

    def __new__(cls, context: str, text: str) -> "Tr":
        value = super().__new__(cls, text)
        value.context = context
        return value
