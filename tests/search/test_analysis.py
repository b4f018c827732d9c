"""Text becomes the same terms whatever the accents, case or inflection."""

from search import analysis


def test_accents_and_case_fold_away():
    assert analysis.words("Agrícola CANADÁ Niñez") == ["agricola", "canada", "ninez"]


def test_spanish_inflections_share_a_stem():
    stems = {analysis.stem(word, "es") for word in ("trabajador", "trabajadores")}
    assert len(stems) == 1


def test_english_plurals_share_a_stem():
    assert analysis.terms("refugees", "en") == analysis.terms("refugee", "en")


def test_words_with_and_without_accents_give_the_same_terms():
    assert analysis.terms("migración agrícola", "es") == analysis.terms(
        "migracion agricola", "es"
    )


def test_stopwords_of_both_languages_are_dropped():
    assert analysis.words("permiso de trabajo for the work") == [
        "permiso",
        "trabajo",
        "work",
    ]


def test_codes_with_hyphens_or_dots_stay_whole():
    assert analysis.words("visa H-2A, EE.UU., non-agricultural") == [
        "visa",
        "h2a",
        "eeuu",
        "non",
        "agricultural",
    ]


def test_a_code_also_gives_the_plain_word_inside_it():
    assert analysis.words("COVID-19") == ["covid19", "covid"]
    assert analysis.words("H-2A") == ["h2a"]


def test_control_characters_and_markup_are_not_words():
    assert analysis.words("\x00<script>\x07alert(1)</script>") == [
        "script",
        "alert",
        "1",
        "script",
    ]


def test_terms_contain_only_letters_and_digits():
    text = "½ ﬁn “quoted” 'x' \\ %s ⁄ ≠ NEAR(a b) \"*\" 中文"
    for term in analysis.terms(text, "en") + analysis.terms(text, "es"):
        assert term.isalnum(), term


def test_tokens_keep_their_place_in_the_text():
    text = "Visa de estudiante"
    assert [text[t.start : t.end] for t in analysis.tokens(text)] == [
        "Visa",
        "de",
        "estudiante",
    ]
