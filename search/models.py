"""The portal's search index, its vocabulary and the editors' synonym groups.

Each published object has one `Entry` per language its text is written in.
The full-text structures that make entries fast to find are not Django
fields: an FTS5 table on SQLite and tsvector columns with GIN indexes on
PostgreSQL, created by this app's migrations (see docs/adr/008).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from lib.countries import COUNTRY_CHOICES
from lib.i18n import content_languages
from search.synonyms import EVERY_LANGUAGE, group_of, parse_terms


class Entry(models.Model):
    """One object's text in one language, analysed for matching.

    Short columns come first: SQLite reads a row's leading columns without
    touching the long text after them.
    """

    key = models.CharField(max_length=100)
    kind = models.CharField(max_length=30)
    language = models.CharField(max_length=8)
    country = models.CharField(max_length=2, blank=True, choices=COUNTRY_CHOICES)
    # 0: portal content, ranked in full; 1: kinds with many rows (resources).
    tier = models.PositiveSmallIntegerField(default=0)
    # What FTS5 filters on: language, tier, kind and country as tokens.
    tags = models.CharField(max_length=100)
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    indexed_at = models.DateTimeField(auto_now=True)
    titles = models.JSONField(default=dict)
    urls = models.JSONField(default=dict)
    title = models.TextField()
    text = models.TextField(blank=True)
    title_terms = models.TextField()
    body_terms = models.TextField(blank=True)
    extra_terms = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key", "language"], name="search_entry_key_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.key} ({self.language})"


class Term(models.Model):
    """A folded word of the indexed text and the number of entries using it."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=40)
    stem = models.CharField(max_length=40)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "word"], name="search_term_language_word"
            )
        ]

    def __str__(self) -> str:
        return self.word


class IndexState(models.Model):
    """A counter bumped on every change to the index or to the synonyms.

    Each process keeps the vocabulary and the synonym groups in memory and
    reloads them when the counter moves.
    """

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.version)


class SynonymGroup(models.Model):
    """Words and phrases that name the same need, per language.

    `terms` is translated (one column per language, see translation.py);
    `names` holds names used unchanged in every language, such as acronyms.
    """

    terms = models.TextField(
        _("words and phrases"),
        blank=True,
        help_text=_(
            "One per line or separated by commas, e.g. work permit, work visa. "
            "Accents, case and plurals do not matter."
        ),
    )
    names = models.CharField(
        _("names used in every language"),
        max_length=500,
        blank=True,
        help_text=_("Acronyms and programme names, e.g. LMIA, CARICOM."),
    )
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Why these belong together, for other editors."),
    )
    active = models.BooleanField(_("in use"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["terms"]
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonyms")

    def __str__(self) -> str:
        phrases = [phrase for texts in self.phrases().values() for phrase in texts]
        return ", ".join(phrases[:4])

    def phrases(self) -> dict[str, list[str]]:
        """The group's phrases by language; "" for names in every language."""
        found = {
            language: parse_terms(getattr(self, f"terms_{language}", "") or "")
            for language in content_languages()
        }
        found[EVERY_LANGUAGE] = parse_terms(self.names)
        return found

    def clean(self) -> None:
        if group_of(self.phrases()) is None:
            raise ValidationError(
                _("Give at least two different words or phrases, in any language.")
            )
