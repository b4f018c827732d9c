"""Which languages a text is missing in, and when each language changed."""

from governance.languages import fingerprints, language_texts, missing_languages


def test_a_field_written_in_one_language_only_is_missing_in_the_other():
    values = {
        "summary_en": "Text",
        "summary_es": "  ",
        "title_en": "T",
        "title_es": "T",
    }

    assert missing_languages(values, ["summary", "title"], ["en", "es"]) == {
        "summary": ["es"]
    }


def test_a_field_empty_in_every_language_is_not_a_missing_translation():
    assert (
        missing_languages(
            {"who_for_en": "", "who_for_es": None}, ["who_for"], ["en", "es"]
        )
        == {}
    )


def test_texts_of_child_rows_are_collected_per_language():
    content = {
        "title_en": "Visa",
        "title_es": "Visa",
        "requirements": [{"text_en": "Passport", "text_es": "Pasaporte"}],
    }

    assert language_texts(content, "es") == [
        (".requirements[0].text_es", "Pasaporte"),
        (".title_es", "Visa"),
    ]


def test_a_change_in_english_changes_only_the_english_fingerprint():
    before = {"summary_en": "Old", "summary_es": "Viejo", "fee": 10}
    after = {"summary_en": "New", "summary_es": "Viejo", "fee": 12}

    old, new = fingerprints(before, ["en", "es"]), fingerprints(after, ["en", "es"])

    assert old["en"] != new["en"]
    assert old["es"] == new["es"]
