"""Installing the interface language and translating service messages.

Only QtCore: the command line uses the same catalogue for its error lines
(``message_catalogue``) without starting an application.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app.domain.errors import ERRORS_CONTEXT, DeskError
from desk_app.domain.i18n import Tr
from desk_app.paths import TRANSLATIONS

CHINESE = "zh_CN"
ENGLISH = "en"


def resolve_language(setting: str) -> str:
    """'auto' means Chinese, the product's language, unless the PC is set to another one."""
    if setting in (CHINESE, ENGLISH):
        return setting
    language = QLocale.system().language()
    if language in (QLocale.Language.Chinese, QLocale.Language.C, QLocale.Language.AnyLanguage):
        return CHINESE
    return ENGLISH


def install_language(app: QCoreApplication, setting: str) -> str:
    """Load our catalogue and Qt's own (standard buttons, dialogs); returns the language."""
    for old in getattr(app, "_desk_translators", []):
        app.removeTranslator(old)
    language = resolve_language(setting)
    translators = []
    catalogues = [(TRANSLATIONS, f"desk_app_{language}")]
    if language != ENGLISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues.append((qt_dir, f"qtbase_{language}"))
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    app._desk_translators = translators
    return language


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


Translate = Callable[[str, str], str]


def message_catalogue(setting: str) -> Translate:
    """A ``translate`` for the language of ``setting`` that needs no QCoreApplication
    (creating one would stand in the way of a QApplication later in the process)."""
    language = resolve_language(setting)
    translator = QTranslator()
    if language == ENGLISH or not translator.load(f"desk_app_{language}", str(TRANSLATIONS)):
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


def error_text(error: DeskError, tr: Translate = translate) -> str:
    """The error's message in the interface language."""
    params = {
        key: tr(value.context, value) if isinstance(value, Tr) else value
        for key, value in error.params.items()
    }
    return tr(ERRORS_CONTEXT, error.template).format(**params)
