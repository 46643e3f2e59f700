"""Marking user-facing text below the UI layer for Qt's translation tools.

The domain and services cannot import Qt, yet their messages reach the clerk.
They keep the English source text; `pyside6-lupdate` collects every
``QT_TRANSLATE_NOOP(context, text)`` call by name, and the UI translates the text
at display time with the same context.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text
