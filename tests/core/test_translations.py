"""The Spanish interface catalogue is complete and compiled."""

import gettext
import re
from pathlib import Path

from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES"


def _po_entries() -> dict[str, list[str]]:
    text = (CATALOGUE / "django.po").read_text()
    entries = {}
    for block in text.split("\n\n"):
        msgid = re.search(r'^msgid ((?:".*"\n)+)', block, re.M)
        if not msgid:
            continue
        key = _unescape("".join(re.findall(r'"(.*)"', msgid.group(1))))
        if not key:
            continue
        context = re.search(r'^msgctxt "(.*)"$', block, re.M)
        if context:  # gettext stores a message with context under ctx + EOT + id
            key = f"{_unescape(context.group(1))}\x04{key}"
        strings = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', block, re.M)
        entries[key] = ["".join(re.findall(r'"(.*)"', s)) for s in strings]
        assert "#, fuzzy" not in block, f"fuzzy translation: {key}"
        assert "\n#| " not in "\n" + block, f"guessed from another string: {key}"
    return entries


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", "\n")


def test_every_interface_string_has_a_spanish_translation():
    untranslated = [key for key, values in _po_entries().items() if not all(values)]

    assert untranslated == []


def test_the_compiled_catalogue_matches_the_source():
    with (CATALOGUE / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)

    catalog = compiled._catalog  # noqa: SLF001 -- gettext offers no public listing
    compiled_ids = {key if isinstance(key, str) else key[0] for key in catalog}

    assert set(_po_entries()) <= compiled_ids, "run `make messages`"
    assert compiled.gettext("Skip to main content") == "Saltar al contenido principal"
